import { type InfiniteData, replaceEqualDeep } from '@tanstack/react-query';

const isInfiniteData = (value: unknown): value is InfiniteData<unknown, unknown> =>
  typeof value === 'object' &&
  value !== null &&
  Array.isArray((value as InfiniteData<unknown>).pages) &&
  Array.isArray((value as InfiniteData<unknown>).pageParams);

/**
 * Structural sharing for cursor lists that pairs each page with its previous version by cursor,
 * not by position. With `maxPages`, every fetch drops the first page and shifts the rest: compared
 * by position (TanStack's default), each page meets a different one and every item of every page
 * is walked again. Paired by cursor, an unchanged page keeps its object and costs one comparison.
 */
export function sharePagesByCursor(previous: unknown, next: unknown): unknown {
  if (!isInfiniteData(previous) || !isInfiniteData(next)) return replaceEqualDeep(previous, next);
  const earlier = new Map(previous.pageParams.map((param, index) => [param, previous.pages[index]]));
  let unchanged = previous.pages.length === next.pages.length;
  const pages = next.pages.map((page, index) => {
    const param = next.pageParams[index];
    const shared = earlier.has(param) ? replaceEqualDeep(earlier.get(param), page) : page;
    if (shared !== previous.pages[index] || param !== previous.pageParams[index]) unchanged = false;
    return shared;
  });
  return unchanged ? previous : { pages, pageParams: next.pageParams };
}
