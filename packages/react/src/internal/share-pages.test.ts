import { describe, expect, it } from 'vitest';
import { sharePagesByCursor } from './share-pages';

const page = (cursor: string, ids: string[]) => ({ cursor, conversations: ids.map((id) => ({ id, state: 'open' })) });

describe('sharePagesByCursor', () => {
  it('keeps the objects of pages that only moved, as maxPages shifts them', () => {
    const [a, b, c] = [page('a', ['1', '2']), page('b', ['3', '4']), page('c', ['5', '6'])];
    const previous = { pages: [a, b], pageParams: [undefined, 'a'] };
    // What TanStack builds when maxPages is 2: the first page dropped, a fresh copy of the kept one.
    const next = { pages: [structuredClone(b), c], pageParams: ['a', 'b'] };
    const shared = sharePagesByCursor(previous, next) as typeof next;
    expect(shared.pages[0]).toBe(b);
    expect(shared.pages[1]).toBe(c);
    expect(shared.pageParams).toEqual(['a', 'b']);
  });

  it('returns the previous data itself when a refetch brought nothing new', () => {
    const previous = { pages: [page('a', ['1']), page('b', ['2'])], pageParams: [undefined, 'a'] };
    expect(sharePagesByCursor(previous, structuredClone(previous))).toBe(previous);
  });

  it('takes a changed page, sharing its unchanged items', () => {
    const previous = { pages: [page('a', ['1', '2'])], pageParams: [undefined] };
    const changed = structuredClone(previous);
    changed.pages[0]!.conversations[1]!.state = 'closed';
    const shared = sharePagesByCursor(previous, changed) as typeof previous;
    expect(shared).not.toBe(previous);
    expect(shared.pages[0]!.conversations[0]).toBe(previous.pages[0]!.conversations[0]);
    expect(shared.pages[0]!.conversations[1]!.state).toBe('closed');
  });

  it('falls back to deep sharing for anything that is not a page list', () => {
    const previous = { id: '1', tags: ['a'] };
    expect(sharePagesByCursor(previous, { id: '1', tags: ['a'] })).toBe(previous);
  });
});
