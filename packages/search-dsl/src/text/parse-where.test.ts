import { describe, expect, it } from 'vitest';
import { expectSearchError } from '../test-support/expect-error';
import { parseWhere } from './parse-where';

const F = (field: string, operator: string, value: unknown) => ({ field, operator, value });

describe('parseWhere', () => {
  it('parses the documented example against a resource', () => {
    const expression = parseWhere("state = 'open' AND (priority = 'priority' OR created_at > 2025-01-01)", {
      resource: 'conversations',
    });
    expect(expression.resource).toBe('conversations');
    expect(expression.toJSON()).toEqual({
      operator: 'AND',
      value: [
        { operator: 'AND', value: [F('state', '=', 'open')] },
        { operator: 'OR', value: [F('created_at', '>', 1_735_689_600), F('priority', '=', 'priority')] },
      ],
    });
  });

  it('binds NOT tighter than AND, and AND tighter than OR', () => {
    expect(parseWhere('a = 1 OR b = 2 AND NOT c = 3').toJSON()).toEqual({
      operator: 'OR',
      value: [
        { operator: 'AND', value: [F('a', '=', 1)] },
        { operator: 'AND', value: [F('b', '=', 2), F('c', '!=', 3)] },
      ],
    });
    expect(parseWhere('NOT (a = 1 OR b = 2)').toJSON()).toEqual({
      operator: 'AND',
      value: [F('a', '!=', 1), F('b', '!=', 2)],
    });
  });

  it('reads lists in parentheses or brackets, and every kind of value', () => {
    expect(parseWhere("x IN ('a', 2) AND y NIN [3] AND z = TRUE AND w != NULL AND v ~ 'it''s'").toJSON()).toEqual({
      operator: 'AND',
      value: [F('v', '~', "it's"), F('w', '!=', null), F('x', 'IN', [2, 'a']), F('y', '!=', 3), F('z', '=', true)],
    });
  });

  it('checks against the catalog and names the line and column of the refused filter', () => {
    const error = expectSearchError(
      () =>
        parseWhere("state = 'open'\n  AND NOT (open = true OR craeted_at > 2025-01-01)", { resource: 'conversations' }),
      'unknown_field',
    );
    expect(error.message).toMatch(/^Line 2, column 27: .*Did you mean `created_at`\?/);
    expect(error.location).toMatchObject({ line: 2, column: 27 });
    expectSearchError(() => parseWhere('created_at >= 2025-01-01', { resource: 'contacts' }), 'operator_not_allowed');
  });

  it('names the line and column of value-shape errors', () => {
    const error = expectSearchError(() => parseWhere('a = 1 AND\nb IN ()'), 'empty_list');
    expect(error.message).toMatch(/^Line 2, column 1: /);
  });

  it.each([
    ["state = 'open' AND", 'Line 1, column 19: expected a field name, NOT or `(`, found the end of the query.'],
    ["state 'open'", "Line 1, column 7: expected an operator after `state`, found `'open'`."],
    ['state = open', 'Line 1, column 9: expected a value'],
    [
      "(state = 'open'",
      'Line 1, column 16: expected `)` to close the `(` at line 1, column 1, found the end of the query.',
    ],
    ["state = 'open')", 'Line 1, column 15: expected the end of the query, found `)`.'],
    ['x IN (1, NULL)', 'Line 1, column 10: a list cannot contain NULL.'],
    ['x IN (1 2)', 'Line 1, column 9: expected `,` or `)` in the list, found `2`.'],
    ['', 'Line 1, column 1: expected a field name'],
  ])('reports %j as a syntax error', (text, message) => {
    const error = expectSearchError(() => parseWhere(text), 'syntax_error');
    expect(error.message.startsWith(message)).toBe(true);
  });

  it('refuses absurd nesting before it can exhaust the stack', () => {
    expectSearchError(() => parseWhere(`${'('.repeat(5000)}a = 1${')'.repeat(5000)}`), 'syntax_error');
    expectSearchError(() => parseWhere(`${'NOT '.repeat(5000)}a = 1`), 'syntax_error');
  });

  it('keeps limit errors, whose paths point into the canonical tree', () => {
    const text = Array.from({ length: 16 }, (_, index) => `f${index} = 1`).join(' AND ');
    expect(expectSearchError(() => parseWhere(text), 'too_many_filters').location).toBeUndefined();
    expect(() => parseWhere(text, { resource: 'tickets', limits: { maxFiltersPerGroup: 16 } })).toThrow(
      /no field `f0`/,
    );
  });

  it('refuses a non-string', () => {
    expectSearchError(() => parseWhere(42 as unknown as string), 'syntax_error');
  });
});
