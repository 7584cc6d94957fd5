import { describe, expect, it } from 'vitest';
import { and, field, not, or } from '../builder';
import { compileQuery } from '../compile-query';
import { contacts } from '../contacts';
import { conversations } from '../conversations';
import { expectSearchError } from '../test-support/expect-error';
import { tickets } from '../tickets';

const x = (value: unknown) => field('x').eq(value as string);
const y = (value: unknown) => field('y').eq(value as string);
const F = (name: string, operator: string, value: unknown) => ({ field: name, operator, value });

describe('flattening', () => {
  it('joins nested groups of the same kind', () => {
    expect(and(x(1), and(y(2), and(field('z').eq(3)))).toJSON()).toEqual({
      operator: 'AND',
      value: [F('x', '=', 1), F('y', '=', 2), F('z', '=', 3)],
    });
    expect(or(x(1), or(y(2), field('z').eq(3))).toJSON()).toEqual({
      operator: 'OR',
      value: [F('x', '=', 1), F('y', '=', 2), F('z', '=', 3)],
    });
  });

  it('keeps groups of the other kind', () => {
    expect(and(x(1), or(y(2), field('z').gt(3))).toJSON()).toEqual({
      operator: 'AND',
      value: [
        { operator: 'AND', value: [F('x', '=', 1)] },
        { operator: 'OR', value: [F('y', '=', 2), F('z', '>', 3)] },
      ],
    });
  });

  it('unwraps a group left with one member and flattens it into its parent', () => {
    expect(and(or(x(1), x(1)), y(2)).toJSON()).toEqual({ operator: 'AND', value: [F('x', '=', 1), F('y', '=', 2)] });
    expect(compileQuery({ operator: 'AND', value: [F('id', '=', '1')] } as never, { resource: 'tickets' })).toEqual(
      F('id', '=', '1'),
    );
  });
});

describe('merging', () => {
  it('turns an OR of = on one field into IN, with sorted distinct values', () => {
    expect(or(x('b'), x('a'), x('b'), y(1)).toJSON()).toEqual({
      operator: 'OR',
      value: [F('x', 'IN', ['a', 'b']), F('y', '=', 1)],
    });
  });

  it('merges = with an existing IN on the same field', () => {
    expect(or(field('x').in([3, 1]), x(2)).toJSON()).toEqual(F('x', 'IN', [1, 2, 3]));
  });

  it('turns an AND of != on one field into NIN', () => {
    expect(and(field('x').ne('a'), field('x').nin(['c', 'b']), y(1)).toJSON()).toEqual({
      operator: 'AND',
      value: [F('x', 'NIN', ['a', 'b', 'c']), F('y', '=', 1)],
    });
  });

  it('merges after flattening, across the levels the user wrote', () => {
    expect(or(x(1), or(x(2), and(x(3)))).toJSON()).toEqual(F('x', 'IN', [1, 2, 3]));
  });

  it('leaves = under AND and != under OR alone', () => {
    expect(and(x(1), x(2)).toJSON()).toEqual({ operator: 'AND', value: [F('x', '=', 1), F('x', '=', 2)] });
    expect(or(field('x').ne(1), field('x').ne(2)).toJSON()).toEqual({
      operator: 'OR',
      value: [F('x', '!=', 1), F('x', '!=', 2)],
    });
  });

  it('does not merge where the field does not take IN/NIN', () => {
    const tag = (id: string) => contacts.field('tag_id').eq(id);
    expect(or(tag('1'), tag('2')).toJSON()).toEqual({
      operator: 'OR',
      value: [F('tag_id', '=', '1'), F('tag_id', '=', '2')],
    });
    const tagIds = (id: string) => conversations.field('tag_ids').ne(id);
    expect(and(tagIds('1'), tagIds('2')).toJSON()).toEqual({
      operator: 'AND',
      value: [F('tag_ids', '!=', '1'), F('tag_ids', '!=', '2')],
    });
  });

  it('does not merge null or boolean values (IN lists carry neither)', () => {
    expect(or(x(null), x('a')).toJSON()).toEqual({ operator: 'OR', value: [F('x', '=', null), F('x', '=', 'a')] });
    expect(or(field('b').eq(true), field('b').eq(false)).toJSON()).toEqual({
      operator: 'OR',
      value: [F('b', '=', false), F('b', '=', true)],
    });
  });
});

describe('canonical lists', () => {
  it('sorts numbers before strings and drops repeats', () => {
    expect(field('x').in(['b', 2, 'a', 1, 2]).toJSON()).toEqual(F('x', 'IN', [1, 2, 'a', 'b']));
  });

  it('sorts and deduplicates long lists as well as short ones', () => {
    // 0…49 out of order, most of them twice.
    const shuffled = Array.from({ length: 80 }, (_, index) => (index * 37) % 50);
    const sorted = Array.from({ length: 50 }, (_, index) => index);
    const long = field('x').in([...shuffled, 'b', 'a', 'b']);
    expect(long.toJSON()).toEqual(F('x', 'IN', [...sorted, 'a', 'b']));
    const short = field('x').nin([3, 1, 2, 1, 3]);
    expect(short.toJSON()).toEqual(F('x', 'NIN', [1, 2, 3]));
  });

  it('writes a one-value IN as = and a one-value NIN as !=', () => {
    expect(field('x').in(['a', 'a']).toJSON()).toEqual(F('x', '=', 'a'));
    expect(field('x').nin([5]).toJSON()).toEqual(F('x', '!=', 5));
  });

  it('expands boolean lists, which the request schema cannot carry', () => {
    expect(field('b').in([true]).toJSON()).toEqual(F('b', '=', true));
    expect(field('b').nin([false, false]).toJSON()).toEqual(F('b', '!=', false));
    expect(field('b').in([true, false]).toJSON()).toEqual({
      operator: 'OR',
      value: [F('b', '=', false), F('b', '=', true)],
    });
    expect(field('b').nin([true, false]).toJSON()).toEqual({
      operator: 'AND',
      value: [F('b', '!=', false), F('b', '!=', true)],
    });
  });
});

describe('duplicates and order', () => {
  it('removes duplicate filters and duplicate groups', () => {
    expect(and(x(1), y(2), x(1)).toJSON()).toEqual({ operator: 'AND', value: [F('x', '=', 1), F('y', '=', 2)] });
    const left = or(x(1), field('z').gt(2));
    const right = or(field('z').gt(2), x(1));
    expect(and(left, right).toJSON()).toEqual({ operator: 'OR', value: [F('x', '=', 1), F('z', '>', 2)] });
  });

  it('serialises operand order away', () => {
    const a = and(or(x(1), field('z').lt(3)), y('b'), field('w').contains('q'));
    const b = and(field('w').contains('q'), y('b'), or(field('z').lt(3), x(1)));
    expect(JSON.stringify(b)).toBe(JSON.stringify(a));
  });

  it('puts filters before groups, fields in code-unit order', () => {
    const json = or(and(x(1), y(2)), field('B').eq(1), field('a').eq(1)).toJSON();
    expect(json).toEqual({
      operator: 'OR',
      value: [
        { operator: 'AND', value: [F('B', '=', 1)] },
        { operator: 'AND', value: [F('a', '=', 1)] },
        { operator: 'AND', value: [F('x', '=', 1), F('y', '=', 2)] },
      ],
    });
  });
});

describe('negation', () => {
  it.each([
    ['eq', '!='],
    ['ne', '='],
    ['gt', '<='],
    ['gte', '<'],
    ['lt', '>='],
    ['lte', '>'],
    ['contains', '!~'],
    ['notContains', '~'],
  ] as const)('not(%s) becomes %s', (method, operator) => {
    expect(not(field('x')[method]('v')).toJSON()).toEqual(F('x', operator, 'v'));
  });

  it('swaps IN and NIN', () => {
    expect(not(field('x').in(['a', 'b'])).toJSON()).toEqual(F('x', 'NIN', ['a', 'b']));
    expect(not(field('x').nin(['a', 'b'])).toJSON()).toEqual(F('x', 'IN', ['a', 'b']));
  });

  it('applies De Morgan to groups and cancels double negation', () => {
    expect(not(and(x(1), field('y').gt(2))).toJSON()).toEqual({
      operator: 'OR',
      value: [F('x', '!=', 1), F('y', '<=', 2)],
    });
    expect(not(or(x(1), x(2))).toJSON()).toEqual(F('x', 'NIN', [1, 2]));
    expect(not(not(x(1))).toJSON()).toEqual(F('x', '=', 1));
    expect(not(and(x(1), not(or(y(2), field('z').lt(3))))).toJSON()).toEqual({
      operator: 'OR',
      value: [F('x', '!=', 1), F('y', '=', 2), F('z', '<', 3)],
    });
  });

  it('refuses starts-with and ends-with under not(), pointing at the filter', () => {
    const error = expectSearchError(
      () => and(x(1), not(field('s').startsWith('a'))).toJSON(),
      'negation_not_expressible',
      [1],
    );
    expect(error.message).toContain('does not start with');
    expectSearchError(() => not(field('s').endsWith('a')).toJSON(), 'negation_not_expressible', []);
  });

  it('allows starts-with under an even number of not()', () => {
    expect(not(not(field('s').startsWith('a'))).toJSON()).toEqual(F('s', '^', 'a'));
  });

  describe('when the field lacks the complement operator', () => {
    const day = 1_735_689_600;

    it('conversations dates: not(>) becomes < OR =, not(<) becomes > OR =', () => {
      expect(not(conversations.field('created_at').gt(day)).toJSON()).toEqual({
        operator: 'OR',
        value: [F('created_at', '<', day), F('created_at', '=', day)],
      });
      expect(not(conversations.field('admin_assignee_id').lt(3)).toJSON()).toEqual({
        operator: 'OR',
        value: [F('admin_assignee_id', '=', 3), F('admin_assignee_id', '>', 3)],
      });
    });

    it('contacts dates: not(=) becomes < OR >, not(>) becomes < OR =', () => {
      expect(not(contacts.field('created_at').eq(day)).toJSON()).toEqual({
        operator: 'OR',
        value: [F('created_at', '<', day), F('created_at', '>', day)],
      });
      expect(not(contacts.field('last_seen_at').gt(day)).toJSON()).toEqual({
        operator: 'OR',
        value: [F('last_seen_at', '<', day), F('last_seen_at', '=', day)],
      });
    });

    it('tickets created_at keeps its own <= and >=', () => {
      expect(not(tickets.field('created_at').gt(day)).toJSON()).toEqual(F('created_at', '<=', day));
      expect(not(tickets.field('updated_at').gt(day)).toJSON()).toEqual({
        operator: 'OR',
        value: [F('updated_at', '<', day), F('updated_at', '=', day)],
      });
    });

    it('uses the catalog of compileQuery for unbound expressions', () => {
      expect(compileQuery(not(field('created_at').lt(day)), { resource: 'conversations' })).toEqual({
        operator: 'OR',
        value: [F('created_at', '=', day), F('created_at', '>', day)],
      });
    });

    it('refuses what no operator combination can say', () => {
      const error = expectSearchError(
        () => not(contacts.field('created_at').eq(null)).toJSON(),
        'negation_not_expressible',
      );
      expect(error.message).toContain('needs !=');
    });
  });
});
