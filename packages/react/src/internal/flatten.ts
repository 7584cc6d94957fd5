/**
 * The items of every page, in order, each id once. Lists shift while they are read (a new
 * conversation pushes one onto the next page), so the same item can arrive on two pages; the first
 * copy is kept. Items without an id are kept as they are; `null` entries carry nothing and are skipped.
 */
export function flattenPages<TPage, TItem>(
  pages: readonly TPage[],
  itemsOf: (page: TPage) => readonly (TItem | null | undefined)[] | undefined,
): TItem[] {
  const items: TItem[] = [];
  const seen = new Set<unknown>();
  for (const page of pages) {
    for (const item of itemsOf(page) ?? []) {
      if (item === null || item === undefined) continue;
      const id = (item as { id?: unknown }).id;
      if (id !== undefined && id !== null) {
        if (seen.has(id)) continue;
        seen.add(id);
      }
      items.push(item);
    }
  }
  return items;
}

/** The `total_count` of the latest page: the number of matches when it was fetched. */
export function latestTotal(pages: readonly { total_count?: number }[]): number | undefined {
  return pages[pages.length - 1]?.total_count;
}
