import type { Ordered, SortKey } from '../store/ordered';
import { encodeCursor } from './cursor';
import type { Predicate } from './types';

export interface CursorPage<T> {
  items: T[];
  totalCount: number;
  pages: {
    type: 'pages';
    page: number;
    per_page: number;
    total_pages: number;
    next?: { per_page: number; starting_after: string };
  };
}

/**
 * One page of `records` (ascending by sort key) in newest-first order, with Intercom's
 * `total_count` and `pages`. One pass counts every match and keeps only this page's items;
 * `page` is the number of matches newer than the cursor divided by `perPage`, plus one.
 */
export function cursorPage<T extends Ordered>(
  records: readonly T[],
  matches: Predicate<T>,
  perPage: number,
  after: SortKey | null,
): CursorPage<T> {
  const items: T[] = [];
  let total = 0;
  let newer = 0;
  let more = false;
  for (let i = records.length - 1; i >= 0; i--) {
    const record = records[i] as T;
    if (!matches(record)) continue;
    total++;
    if (
      after &&
      !(record.created_at < after.created_at || (record.created_at === after.created_at && record.seq < after.seq))
    ) {
      newer++;
      continue;
    }
    if (items.length < perPage) items.push(record);
    else more = true;
  }
  const last = items[items.length - 1];
  return {
    items,
    totalCount: total,
    pages: {
      type: 'pages',
      page: Math.floor(newer / perPage) + 1,
      per_page: perPage,
      total_pages: Math.ceil(total / perPage),
      ...(more && last ? { next: { per_page: perPage, starting_after: encodeCursor(last) } } : {}),
    },
  };
}
