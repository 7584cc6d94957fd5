import { isRecord } from '../internal/guards';
import type { PaginationKind } from '../operations/spec';
import type { HttpRequest } from '../transport/config';

/** How a paginated response is read: its style and the key (dotted for nested) holding the items. */
export interface PaginationSpec {
  readonly kind: PaginationKind;
  readonly items: string;
}

export function pageItems(response: unknown, key: string): unknown[] {
  let value = response;
  for (const part of key.split('.')) value = isRecord(value) ? value[part] : undefined;
  return Array.isArray(value) ? value : [];
}

type NextRequest = (request: HttpRequest, response: unknown, items: unknown[]) => HttpRequest | undefined;

/**
 * For each pagination style, the request for the page after `response`, or `undefined` at the
 * end. A cursor equal to the one just used also ends the list, so a server repeating itself
 * cannot make iteration loop forever.
 */
export const nextPageRequest: Record<PaginationKind, NextRequest> = {
  // GET /conversations, /contacts: `pages.next.starting_after` goes back as a query parameter.
  cursor(request, response) {
    const cursor = nextCursor(response);
    if (!cursor || cursor === request.query?.starting_after) return undefined;
    return { ...request, query: { ...request.query, starting_after: cursor } };
  },
  // POST /…/search: the same query again, with the cursor inside the body's `pagination`.
  'search-cursor'(request, response) {
    const cursor = nextCursor(response);
    const body = isRecord(request.body) ? request.body : {};
    const pagination = isRecord(body.pagination) ? body.pagination : {};
    if (!cursor || cursor === pagination.starting_after) return undefined;
    const next = pagesOf(response)?.next;
    const perPage = pagination.per_page ?? (isRecord(next) ? next.per_page : undefined);
    return { ...request, body: { ...body, pagination: { ...pagination, per_page: perPage, starting_after: cursor } } };
  },
  // `page`/`per_page` query parameters; `pages.total_pages` (or a `pages.next` link) says whether more follow.
  page(request, response, items) {
    const pages = pagesOf(response);
    if (!pages || items.length === 0) return undefined;
    const current = Number(pages.page ?? request.query?.page ?? 1);
    const total = Number(pages.total_pages);
    const more = Number.isFinite(total) ? current < total : pages.next !== null && pages.next !== undefined;
    if (!more || !Number.isFinite(current)) return undefined;
    return { ...request, query: { ...request.query, page: current + 1 } };
  },
  // GET /companies/scroll: pass back `scroll_param` until a page comes back empty.
  scroll(request, response, items) {
    const param = isRecord(response) ? response.scroll_param : undefined;
    if (typeof param !== 'string' || !param || items.length === 0) return undefined;
    return { ...request, query: { ...request.query, scroll_param: param } };
  },
};

function pagesOf(response: unknown): Record<string, unknown> | undefined {
  return isRecord(response) && isRecord(response.pages) ? response.pages : undefined;
}

/** `pages.next.starting_after`, or the `starting_after` of a `pages.next` link. */
function nextCursor(response: unknown): string | undefined {
  const next = pagesOf(response)?.next;
  if (isRecord(next)) return typeof next.starting_after === 'string' ? next.starting_after : undefined;
  if (typeof next !== 'string' || !next) return undefined;
  return new URL(next, 'https://api.intercom.io').searchParams.get('starting_after') ?? undefined;
}
