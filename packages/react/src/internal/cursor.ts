/** The page parameter of a list or search: the `starting_after` cursor, `undefined` for the first page. */
export type Cursor = string | undefined;

/** The part of a list or search response that says where the next page starts. */
export interface CursorPage {
  pages?: { next?: { starting_after?: string | null } | null } | null;
}

/**
 * `pages.next.starting_after` of the latest page, or `undefined` when there is no next page. A
 * cursor equal to the one that fetched this page also ends the list, so a server that repeats
 * itself cannot make an infinite query loop.
 */
export function nextCursor(lastPage: CursorPage, _allPages: unknown, lastCursor: Cursor): Cursor {
  const cursor = lastPage.pages?.next?.starting_after;
  if (typeof cursor !== 'string' || cursor === '' || cursor === lastCursor) return undefined;
  return cursor;
}
