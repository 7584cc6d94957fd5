import type { RouteContext } from '../http/context';
import { intParam } from '../http/validate';
import { decodeCursor } from '../search/cursor';
import { type CursorPage, cursorPage } from '../search/paginate';
import { MAX_PER_PAGE } from '../search/request';
import type { Predicate } from '../search/types';
import type { Ordered } from '../store/ordered';

/** A `GET` list with `per_page` and `starting_after` query parameters, newest first. */
export function listPage<R extends Ordered>(
  ctx: RouteContext,
  records: readonly R[],
  perPageDefault: number,
  visible: Predicate<R> = () => true,
): CursorPage<R> {
  const perPage = intParam(ctx.query, 'per_page', { default: perPageDefault, min: 1, max: MAX_PER_PAGE });
  const cursor = ctx.query.get('starting_after');
  return cursorPage(records, visible, perPage, cursor ? decodeCursor(cursor) : null);
}

/** Page-number pagination (`page`, `per_page`) over an already ordered array. */
export function numberedPage<T>(
  ctx: RouteContext,
  items: readonly T[],
  perPageDefault: number,
  maxPerPage = MAX_PER_PAGE,
) {
  const perPage = intParam(ctx.query, 'per_page', { default: perPageDefault, min: 1, max: maxPerPage });
  const page = intParam(ctx.query, 'page', { default: 1, min: 1 });
  const totalPages = Math.ceil(items.length / perPage);
  return {
    items: items.slice((page - 1) * perPage, page * perPage),
    totalCount: items.length,
    page,
    perPage,
    totalPages,
    hasNext: page < totalPages,
  };
}

/** The `pages` member of a page-number list. */
export function numberedPages(page: { page: number; perPage: number; totalPages: number }) {
  return { type: 'pages', page: page.page, per_page: page.perPage, total_pages: page.totalPages };
}

/** One page-number page of `items` in the API's `list` envelope, each item shown by `view`. */
export function numberedList<T>(
  ctx: RouteContext,
  items: readonly T[],
  perPageDefault: number,
  view: (item: T) => unknown,
) {
  const page = numberedPage(ctx, items, perPageDefault);
  return { type: 'list', data: page.items.map(view), total_count: page.totalCount, pages: numberedPages(page) };
}
