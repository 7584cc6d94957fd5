import type {
  PagePromise,
  RequestOptions,
  SearchQueryInput,
  SearchRequestInput,
  SearchResource,
} from '@intercom-kit/core';
import { type InfiniteData, infiniteQueryOptions } from '@tanstack/react-query';
import { type Cursor, type CursorPage, nextCursor } from '../internal/cursor';
import { searchQueryJson } from '../internal/search-query';
import { sharePagesByCursor } from '../internal/share-pages';
import { intercomKeys } from '../keys';
import type { IntercomInfiniteQueryOptions, PageOptions } from './types';

/** The request of one page of a plain list (`GET /conversations`, `GET /contacts`). */
export interface ListPageRequest {
  per_page?: number;
  starting_after?: string;
}

/** How one resource's pages are fetched with the client: a search, and a plain list where the API has one. */
export interface CursorListSource<TPage extends CursorPage, TData> {
  readonly resource: SearchResource;
  search(request: SearchRequestInput, options: RequestOptions): PagePromise<unknown, TPage>;
  list?(request: ListPageRequest, options: RequestOptions): PagePromise<unknown, TPage>;
  /** Turns the cached pages into the query's `data`; a stable function, so `data` changes only with the pages. */
  select(data: InfiniteData<TPage, Cursor>): TData;
}

/**
 * Infinite query options over a search (or, without `where`, the plain list): each page is the
 * response JSON of one request, the next page starts at `pages.next.starting_after`. TanStack's
 * retry is off: the client already retries what is safe to retry.
 */
export function cursorListOptions<TPage extends CursorPage, TData>(
  source: CursorListSource<TPage, TData>,
  where: SearchQueryInput | undefined,
  { perPage, maxPages }: PageOptions,
): IntercomInfiniteQueryOptions<TPage, TData> {
  const keys = intercomKeys[source.resource];
  const page = (cursor: Cursor) => ({
    ...(perPage === undefined ? {} : { per_page: perPage }),
    ...(cursor === undefined ? {} : { starting_after: cursor }),
  });
  let queryKey: readonly unknown[];
  let fetchPage: (cursor: Cursor, signal: AbortSignal) => Promise<TPage>;
  const list = source.list;
  if (where === undefined && list) {
    queryKey = keys.list(perPage);
    fetchPage = (cursor, signal) => responseOf(list(page(cursor), { abortSignal: signal }));
  } else {
    try {
      const query = searchQueryJson(where, source.resource);
      queryKey = keys.search(query, perPage);
      fetchPage = (cursor, signal) => {
        const pagination = page(cursor);
        const request = Object.keys(pagination).length > 0 ? { query, pagination } : { query };
        return responseOf(source.search(request, { abortSignal: signal }));
      };
    } catch (error) {
      // A query that cannot be sent becomes the query's error (its own key, nothing is requested),
      // so a component shows it like any other failure instead of throwing while rendering.
      queryKey = [...keys.searches(), { invalid: error instanceof Error ? error.message : String(error), perPage }];
      fetchPage = () => Promise.reject(error);
    }
  }
  return infiniteQueryOptions({
    queryKey,
    queryFn: ({ pageParam, signal }) => fetchPage(pageParam, signal),
    initialPageParam: undefined as Cursor,
    getNextPageParam: nextCursor,
    select: source.select,
    structuralSharing: sharePagesByCursor,
    retry: false,
    ...(maxPages === undefined ? {} : { maxPages }),
  });
}

/** The JSON body of the page a paginated call resolves to (not the `Page` object, which is not serialisable). */
async function responseOf<TPage>(call: PagePromise<unknown, TPage>): Promise<TPage> {
  return (await call).response;
}
