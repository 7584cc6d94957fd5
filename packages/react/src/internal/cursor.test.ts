import { describe, expect, it } from 'vitest';
import { nextCursor } from './cursor';

describe('nextCursor', () => {
  it('reads pages.next.starting_after', () => {
    expect(nextCursor({ pages: { next: { starting_after: 'abc' } } }, [], undefined)).toBe('abc');
  });

  it('ends the list without a next cursor', () => {
    expect(nextCursor({}, [], undefined)).toBeUndefined();
    expect(nextCursor({ pages: null }, [], 'x')).toBeUndefined();
    expect(nextCursor({ pages: { next: null } }, [], 'x')).toBeUndefined();
    expect(nextCursor({ pages: { next: { starting_after: null } } }, [], 'x')).toBeUndefined();
    expect(nextCursor({ pages: { next: { starting_after: '' } } }, [], 'x')).toBeUndefined();
  });

  it('ends the list when the server repeats the cursor that fetched this page', () => {
    expect(nextCursor({ pages: { next: { starting_after: 'same' } } }, [], 'same')).toBeUndefined();
  });
});
