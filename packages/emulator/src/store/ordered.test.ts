import { describe, expect, it } from 'vitest';
import { OrderedCollection } from './ordered';

const record = (id: string, created_at: number, seq: number) => ({ id, created_at, seq });

describe('OrderedCollection', () => {
  it('keeps records sorted by (created_at, seq) whatever the insertion order', () => {
    const c = new OrderedCollection<ReturnType<typeof record>>();
    c.insert(record('b', 20, 2));
    c.insert(record('a', 10, 1));
    c.insert(record('d', 20, 4));
    c.insert(record('c', 20, 3));
    expect(c.ascending().map((r) => r.id)).toEqual(['a', 'b', 'c', 'd']);
    expect([...c.newestFirst()].map((r) => r.id)).toEqual(['d', 'c', 'b', 'a']);
  });

  it('removes by id and finds the first record after a key', () => {
    const c = new OrderedCollection<ReturnType<typeof record>>();
    for (const [id, t, s] of [
      ['a', 1, 1],
      ['b', 2, 2],
      ['c', 2, 3],
      ['d', 5, 4],
    ] as const)
      c.insert(record(id, t, s));
    expect(c.remove('c')?.id).toBe('c');
    expect(c.remove('zz')).toBeUndefined();
    expect(c.ascending().map((r) => r.id)).toEqual(['a', 'b', 'd']);
    expect(c.firstAfter({ created_at: 2, seq: 2 })).toBe(2);
    expect(c.firstAfter({ created_at: 0, seq: 0 })).toBe(0);
    expect(c.get('b')?.id).toBe('b');
    expect(c.size).toBe(3);
  });

  it('refuses a duplicate id', () => {
    const c = new OrderedCollection<ReturnType<typeof record>>();
    c.insert(record('a', 1, 1));
    expect(() => c.insert(record('a', 2, 2))).toThrow(/Duplicate/);
  });
});
