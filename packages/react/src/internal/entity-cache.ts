import type { InfiniteData, Query, QueryClient, QueryKey } from '@tanstack/react-query';
import { intercomKeys } from '../keys';

/** Where the entities of one resource are cached: its detail queries, and searches/lists of pages. */
export interface EntityCache {
  detail(id: string): QueryKey;
  /** Key prefixes of the infinite queries whose pages hold the entities. */
  readonly lists: readonly QueryKey[];
  /** The member of a page response that holds its items. */
  readonly itemsKey: string;
}

export const conversationCache: EntityCache = {
  detail: (id) => intercomKeys.conversations.detail(id),
  lists: [intercomKeys.conversations.searches(), intercomKeys.conversations.lists()],
  itemsKey: 'conversations',
};

export const contactCache: EntityCache = {
  detail: (id) => intercomKeys.contacts.detail(id),
  lists: [intercomKeys.contacts.searches(), intercomKeys.contacts.lists()],
  itemsKey: 'data',
};

/** One query's data before and after a write, so the write can be undone. */
export interface CacheWrite {
  readonly queryKey: QueryKey;
  readonly before: unknown;
  readonly after: unknown;
}

type Page = Record<string, unknown>;

/** The cached detail of `id`, and every cached search or list with a page holding `id`. */
function queriesHolding(
  queryClient: QueryClient,
  cache: EntityCache,
  id: string,
): { details: Query[]; lists: Query[] } {
  const queryCache = queryClient.getQueryCache();
  const details = queryCache
    .findAll({ queryKey: cache.detail(id), exact: true })
    .filter((query) => query.state.data !== undefined);
  const lists = cache.lists.flatMap((prefix) =>
    queryCache.findAll({ queryKey: prefix }).filter((query) => {
      const pages = (query.state.data as InfiniteData<Page> | undefined)?.pages ?? [];
      return pages.some((page) => pageHolds(page, cache, id));
    }),
  );
  return { details, lists };
}

/** Stops fetches of queries holding `id`, so that an answer already on its way cannot overwrite a write. */
export async function cancelQueriesHolding(queryClient: QueryClient, cache: EntityCache, id: string): Promise<void> {
  const { details, lists } = queriesHolding(queryClient, cache, id);
  await Promise.all(
    [...details, ...lists].map((query) => queryClient.cancelQueries({ queryKey: query.queryKey, exact: true })),
  );
}

/**
 * Applies `update` to the entity `id` wherever it is cached: its detail and every item with that id
 * in every page of every search and list. Pages without it keep their identity. Returns the writes
 * for `undoWrites`.
 */
export function updateEntity<T>(
  queryClient: QueryClient,
  cache: EntityCache,
  id: string,
  update: (entity: T) => T,
): CacheWrite[] {
  const { details, lists } = queriesHolding(queryClient, cache, id);
  // `setQueryData` returns what it stored (after structural sharing), which `undoWrites` compares against.
  const write = (query: Query, next: unknown): CacheWrite => {
    const before = query.state.data;
    return { queryKey: query.queryKey, before, after: queryClient.setQueryData(query.queryKey, next) };
  };
  return [
    ...details.map((query) => write(query, update(query.state.data as T))),
    ...lists.map((query) => write(query, mapPages(query.state.data as InfiniteData<Page>, cache, id, update))),
  ];
}

/**
 * Puts back what `updateEntity` replaced. A query that changed since (a page was added, a refetch
 * landed) is not overwritten with stale data but invalidated, so it is fetched again.
 */
export function undoWrites(queryClient: QueryClient, writes: readonly CacheWrite[]): void {
  for (const write of writes) {
    if (queryClient.getQueryData(write.queryKey) === write.after)
      queryClient.setQueryData(write.queryKey, write.before);
    else void queryClient.invalidateQueries({ queryKey: write.queryKey, exact: true });
  }
}

/** Marks every search and list of the resource stale and refetches those on screen. */
export async function invalidateLists(queryClient: QueryClient, cache: EntityCache): Promise<void> {
  await Promise.all(cache.lists.map((queryKey) => queryClient.invalidateQueries({ queryKey })));
}

function mapPages<T>(
  data: InfiniteData<Page>,
  cache: EntityCache,
  id: string,
  update: (entity: T) => T,
): InfiniteData<Page> {
  const pages = data.pages.map((page) => {
    if (!pageHolds(page, cache, id)) return page;
    const items = page[cache.itemsKey] as unknown[];
    return { ...page, [cache.itemsKey]: items.map((item) => (isEntityWithId(item, id) ? update(item as T) : item)) };
  });
  return { ...data, pages };
}

function pageHolds(page: Page, cache: EntityCache, id: string): boolean {
  const items = page[cache.itemsKey];
  return Array.isArray(items) && items.some((item) => isEntityWithId(item, id));
}

function isEntityWithId(item: unknown, id: string): boolean {
  return typeof item === 'object' && item !== null && (item as { id?: unknown }).id === id;
}
