import { describe, expect, it } from 'vitest';
import { flattenPages, latestTotal } from './flatten';

describe('flattenPages', () => {
  it('keeps page order and each id once (the first copy)', () => {
    const first = { id: '2', v: 'first' };
    const pages = [{ items: [{ id: '1' }, first] }, { items: [{ id: '2', v: 'again' }, { id: '3' }] }];
    const items = flattenPages(pages, (page) => page.items);
    expect(items.map((item) => item.id)).toEqual(['1', '2', '3']);
    expect(items[1]).toBe(first);
  });

  it('keeps items without an id, skips null entries and pages without items', () => {
    const pages: { items?: ({ id?: string; n: number } | null)[] }[] = [
      { items: [{ n: 1 }, null, { n: 2 }] },
      {},
      { items: [{ id: 'a', n: 3 }] },
    ];
    expect(flattenPages(pages, (page) => page.items).map((item) => item.n)).toEqual([1, 2, 3]);
  });
});

describe('latestTotal', () => {
  it('is the total of the latest page', () => {
    expect(latestTotal([{ total_count: 10 }, { total_count: 11 }])).toBe(11);
    expect(latestTotal([])).toBeUndefined();
  });
});
