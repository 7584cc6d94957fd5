import { describe, expect, it } from 'vitest';
import { filterOperators } from '../operators';
import { expectSearchError } from '../test-support/expect-error';
import { checkFilterShape } from './shape';

const check = (operator: unknown, value: unknown, field: unknown = 'x') => checkFilterShape(field, operator, value, []);

describe('checkFilterShape', () => {
  it('returns a frozen filter node', () => {
    const node = check('=', 'open', 'state');
    expect(node).toEqual({ kind: 'filter', field: 'state', operator: '=', value: 'open' });
    expect(Object.isFrozen(node)).toBe(true);
  });

  it('refuses an empty or non-string field name', () => {
    expectSearchError(() => check('=', 1, ''), 'invalid_field_name', ['field']);
    expectSearchError(() => check('=', 1, '  '), 'invalid_field_name');
    expectSearchError(() => check('=', 1, 7), 'invalid_field_name');
  });

  it('refuses unknown operators and suggests the API spelling', () => {
    expect(expectSearchError(() => check('==', 1), 'unknown_operator', ['operator']).message).toContain("use '='");
    expect(expectSearchError(() => check('in', [1]), 'unknown_operator').message).toContain("use 'IN'");
    expectSearchError(() => check('AND', 1), 'unknown_operator');
    expectSearchError(() => check(undefined, 1), 'unknown_operator');
  });

  it('accepts every operator with a value of the right shape', () => {
    for (const operator of filterOperators) {
      const value = operator === 'IN' || operator === 'NIN' ? ['a'] : 'a';
      expect(check(operator, value).operator).toBe(operator);
    }
  });

  it('turns Dates into whole unix seconds, also inside lists', () => {
    expect(check('>', new Date('2025-01-01T00:00:00.900Z')).value).toBe(1_735_689_600);
    expect(check('IN', [new Date('2025-01-01T00:00:00Z'), 5]).value).toEqual([1_735_689_600, 5]);
  });

  it('refuses an invalid Date', () => {
    expectSearchError(() => check('=', new Date('nope')), 'invalid_date', ['value']);
    expectSearchError(() => check('IN', [1, new Date('nope')]), 'invalid_date', ['value', 1]);
  });

  describe('IN and NIN', () => {
    it('need a list', () => {
      expect(expectSearchError(() => check('IN', 'a'), 'invalid_value', ['value']).message).toContain('use =');
      expect(expectSearchError(() => check('NIN', 'a'), 'invalid_value').message).toContain('use !=');
    });

    it('refuse an empty list', () => {
      expectSearchError(() => check('IN', []), 'empty_list', ['value']);
      expectSearchError(() => check('NIN', []), 'empty_list', ['value']);
    });

    it('refuse null items, nested lists and objects, naming the item', () => {
      expectSearchError(() => check('IN', ['a', null]), 'invalid_value', ['value', 1]);
      expectSearchError(() => check('IN', [['a']]), 'invalid_value', ['value', 0]);
      expectSearchError(() => check('NIN', [{}]), 'invalid_value', ['value', 0]);
    });

    it('refuse booleans mixed with other values', () => {
      expectSearchError(() => check('IN', [true, 'a']), 'invalid_value', ['value']);
      expect(check('IN', [true, false]).value).toEqual([true, false]);
    });

    it('copy and freeze the list so later changes to the caller’s array do not leak in', () => {
      const list = ['a', 'b'];
      const node = check('IN', list);
      list.push('c');
      expect(node.value).toEqual(['a', 'b']);
      expect(Object.isFrozen(node.value)).toBe(true);
    });
  });

  describe('single-value operators', () => {
    it('refuse a list', () => {
      expect(expectSearchError(() => check('=', ['a']), 'invalid_value', ['value']).message).toContain('IN or NIN');
    });

    it('take null and booleans only with = and !=', () => {
      expect(check('=', null).value).toBeNull();
      expect(check('!=', false).value).toBe(false);
      for (const operator of ['<', '>', '<=', '>=', '~', '!~', '^', '$']) {
        expectSearchError(() => check(operator, null), 'invalid_value', ['value']);
        expectSearchError(() => check(operator, true), 'invalid_value', ['value']);
      }
    });

    it('compare order only with numbers, dates and strings', () => {
      expect(check('<', 3).value).toBe(3);
      expect(check('>=', 'b').value).toBe('b');
    });

    it('look for text only with a non-empty string', () => {
      expectSearchError(() => check('~', 3), 'invalid_value', ['value']);
      expectSearchError(() => check('^', ''), 'invalid_value', ['value']);
      expect(check('$', 'z').value).toBe('z');
    });

    it('refuse numbers the API cannot carry', () => {
      for (const number of [Number.NaN, Number.POSITIVE_INFINITY, 2 ** 53 + 2]) {
        expectSearchError(() => check('=', number), 'invalid_value', ['value']);
      }
    });

    it('refuse values of no query type', () => {
      for (const value of [undefined, {}, () => 1, Symbol('x'), 1n]) {
        expectSearchError(() => check('=', value), 'invalid_value', ['value']);
      }
    });
  });

  it('prefixes error paths with the path of the filter', () => {
    expectSearchError(() => checkFilterShape('x', 'IN', [], [2, 0]), 'empty_list', [2, 0, 'value']);
  });
});

describe('negative zero', () => {
  it('is sent as 0, so it prints, parses and compares like 0', () => {
    expect(Object.is(checkFilterShape('n', '=', -0, []).value, 0)).toBe(true);
    expect(Object.is((checkFilterShape('n', 'IN', [-0, 1], []).value as number[])[0], 0)).toBe(true);
  });
});
