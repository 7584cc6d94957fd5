import { describe, expect, it } from 'vitest';
import { and, field, or } from './builder';
import { compileNode } from './compile';
import { defaultSearchLimits, resolveLimits, type SearchLimits } from './limits';
import { expectSearchError } from './test-support/expect-error';

const f = (name: string) => field(name).eq(1);
const filters = (count: number, prefix = 'f') =>
  Array.from({ length: count }, (_, index) => f(`${prefix}${String(index).padStart(2, '0')}`));
const compileWith = (expression: ReturnType<typeof f>, limits: Partial<SearchLimits>) =>
  compileNode(expression.node, undefined, resolveLimits(limits));

describe('nesting depth', () => {
  it('accepts (a OR b) AND (c OR d), the deepest default shape', () => {
    expect(and(or(f('a'), f('b')), or(f('c'), f('d'))).toJSON()).toEqual({
      operator: 'AND',
      value: [
        {
          operator: 'OR',
          value: [
            { field: 'a', operator: '=', value: 1 },
            { field: 'b', operator: '=', value: 1 },
          ],
        },
        {
          operator: 'OR',
          value: [
            { field: 'c', operator: '=', value: 1 },
            { field: 'd', operator: '=', value: 1 },
          ],
        },
      ],
    });
  });

  it('accepts a single filter as the whole query', () => {
    expect(f('a').toJSON()).toEqual({ field: 'a', operator: '=', value: 1 });
  });

  it('refuses a third level, with the path to the offending group', () => {
    const query = and(f('d'), or(f('c'), and(f('a'), f('b'))));
    const error = expectSearchError(() => query.toJSON(), 'nesting_too_deep', [1, 1]);
    expect(error.message).toContain('nested 3 levels deep; the limit is 2');
    expect(error.message).toContain('query.value[1].value[1]');
  });

  it('counts depth after flattening, so same-kind nesting costs nothing', () => {
    expect(() => and(f('a'), and(f('b'), and(f('c'), or(f('d'), f('e'))))).toJSON()).not.toThrow();
  });

  it('is configurable', () => {
    const deep = and(f('d'), or(f('c'), and(f('a'), f('b'))));
    expect(() => compileWith(deep, { maxNestingDepth: 3 })).not.toThrow();
    expectSearchError(
      () => compileWith(and(f('a'), or(f('b'), f('c'))), { maxNestingDepth: 1 }),
      'nesting_too_deep',
      [1],
    );
    expect(() => compileWith(and(f('a'), f('b')), { maxNestingDepth: 1 })).not.toThrow();
  });
});

describe('filters per group', () => {
  it('accepts 15 members and refuses 16, at the group’s path', () => {
    expect(() => and(...filters(15)).toJSON()).not.toThrow();
    const error = expectSearchError(() => and(...filters(16)).toJSON(), 'too_many_filters', []);
    expect(error.message).toContain('16 members after normalisation; the limit is 15');
    expectSearchError(() => and(f('a'), or(...filters(16))).toJSON(), 'too_many_filters', [1]);
  });

  it('counts after merging and deduplication', () => {
    const sameField = Array.from({ length: 30 }, (_, index) => field('id').eq(String(index)));
    expect(or(...sameField).toJSON()).toMatchObject({ field: 'id', operator: 'IN' });
    expect(() => and(...filters(15), ...filters(15)).toJSON()).not.toThrow();
  });

  it('accepts the 45-filter shape: an AND of three OR groups of 15', () => {
    const json = and(or(...filters(15, 'a')), or(...filters(15, 'b')), or(...filters(15, 'c'))).toJSON();
    expect(json.value).toHaveLength(3);
  });

  it('is configurable', () => {
    expect(() => compileWith(and(...filters(20)), { maxFiltersPerGroup: 20 })).not.toThrow();
    expectSearchError(() => compileWith(and(...filters(3)), { maxFiltersPerGroup: 2 }), 'too_many_filters');
  });
});

describe('mixed groups', () => {
  it('wrap each filter in a one-member AND group beside sibling groups, keeping the depth', () => {
    expect(and(f('a'), or(f('b'), f('c')), f('z')).toJSON()).toEqual({
      operator: 'AND',
      value: [
        { operator: 'AND', value: [{ field: 'a', operator: '=', value: 1 }] },
        { operator: 'AND', value: [{ field: 'z', operator: '=', value: 1 }] },
        {
          operator: 'OR',
          value: [
            { field: 'b', operator: '=', value: 1 },
            { field: 'c', operator: '=', value: 1 },
          ],
        },
      ],
    });
  });

  it('leave groups of only filters or only groups as they are', () => {
    expect(or(f('a'), f('b')).toJSON()).toEqual({
      operator: 'OR',
      value: [
        { field: 'a', operator: '=', value: 1 },
        { field: 'b', operator: '=', value: 1 },
      ],
    });
  });
});

describe('resolveLimits', () => {
  it('defaults to Intercom’s limits', () => {
    expect(resolveLimits(undefined)).toBe(defaultSearchLimits);
    expect(resolveLimits({})).toEqual({ maxNestingDepth: 2, maxFiltersPerGroup: 15 });
    expect(resolveLimits({ maxFiltersPerGroup: 30 })).toEqual({ maxNestingDepth: 2, maxFiltersPerGroup: 30 });
  });

  it.each([0, -1, 1.5, Number.NaN, '3', null])('refuses %j', (value) => {
    expectSearchError(() => resolveLimits({ maxNestingDepth: value as number }), 'invalid_limits');
    expectSearchError(() => resolveLimits({ maxFiltersPerGroup: value as number }), 'invalid_limits');
  });
});
