import { describe, expect, it } from 'vitest';
import { operators } from './operators';

describe('operators', () => {
  it('covers the twelve operators of the search API exactly once', () => {
    const values = Object.values(operators);
    expect(new Set(values).size).toBe(values.length);
    expect([...values].sort()).toEqual(['!=', '!~', '$', '<', '<=', '=', '>', '>=', 'IN', 'NIN', '^', '~'].sort());
  });
});
