import { describe, expect, it } from 'vitest';
import { and, field, not } from './builder';
import { contactsCatalog } from './catalog/contacts';
import { createContext, withAttributes } from './catalog/context';
import { compileQuery } from './compile-query';
import { contacts } from './contacts';
import { conversations } from './conversations';
import {
  formatPath,
  isSearchQueryError,
  SearchQueryError,
  type SearchQueryErrorCode,
  searchQueryErrorCodes,
} from './errors';
import { fromJSON } from './from-json';
import type { SearchQueryJSON } from './json';
import { expectSearchError } from './test-support/expect-error';
import { parseWhere } from './text/parse-where';

const raw = (query: unknown, resource: 'conversations' | 'contacts' | 'tickets' = 'conversations') =>
  compileQuery(query as SearchQueryJSON, { resource });

// One way to cause each code. Typed as a Record, so a new code fails to compile until it has a case.
const causes: Record<SearchQueryErrorCode, () => unknown> = {
  invalid_field_name: () => field(''),
  unknown_field: () => raw({ field: 'nope', operator: '=', value: 1 }),
  unknown_operator: () => raw({ field: 'id', operator: 'LIKE', value: 'x' }),
  operator_not_allowed: () => raw({ field: 'created_at', operator: '~', value: 'x' }),
  invalid_value: () => raw({ field: 'open', operator: '=', value: 'yes' }),
  invalid_date: () => raw({ field: 'created_at', operator: '>', value: 'last week' }),
  date_in_milliseconds: () => raw({ field: 'created_at', operator: '>', value: 1_735_689_600_000 }),
  empty_list: () => raw({ field: 'id', operator: 'IN', value: [] }),
  enum_value_not_allowed: () => raw({ field: 'state', operator: '=', value: 'pending' }),
  empty_group: () => raw({ operator: 'AND', value: [] }),
  invalid_query_shape: () => raw({ field: 'id', operator: '=' }),
  nesting_too_deep: () =>
    and(
      field('a').eq(1),
      field('b')
        .gt(1)
        .or(field('c').gt(1).and(field('d').gt(1))),
    ).toJSON(),
  too_many_filters: () => and(...Array.from({ length: 16 }, (_, index) => field(`f${index}`).eq(1))).toJSON(),
  negation_not_expressible: () => not(field('name').startsWith('A')).toJSON(),
  resource_mismatch: () => compileQuery(contacts.field('role').eq('user'), { resource: 'conversations' }),
  unknown_resource: () => fromJSON({ field: 'id', operator: '=', value: '1' }, { resource: 'companies' as never }),
  invalid_attribute_declaration: () => contacts.withCustomAttributes({ seats: 'integer' as never }),
  attribute_type_conflict: () => withAttributes(createContext(contactsCatalog, { plan: 'string' }), { plan: 'date' }),
  invalid_limits: () => compileQuery(field('a').eq(1), { resource: 'tickets', limits: { maxNestingDepth: 0 } }),
  syntax_error: () => parseWhere("state = 'open"),
};

describe('SearchQueryError', () => {
  it.each(searchQueryErrorCodes)('%s has a cause that produces it', (code) => {
    const error = expectSearchError(causes[code], code);
    expect(error.message.length).toBeGreaterThan(20);
  });

  it('is an Error with a name, a code, a frozen path and the path in its message', () => {
    const error = expectSearchError(
      () =>
        raw({
          operator: 'AND',
          value: [
            { field: 'id', operator: '=', value: '1' },
            { field: 'open', operator: '=', value: 'x' },
          ],
        }),
      'invalid_value',
      [1, 'value'],
    );
    expect(error).toBeInstanceOf(Error);
    expect(error.name).toBe('SearchQueryError');
    expect(Object.isFrozen(error.path)).toBe(true);
    expect(error.message).toContain(
      '`open` is a boolean field; got "x". Pass true or false. (at query.value[1].value)',
    );
    expect(isSearchQueryError(error)).toBe(true);
    expect(isSearchQueryError(new Error('x'))).toBe(false);
  });

  it('names the field, operator and value and what to do instead', () => {
    const error = expectSearchError(
      () => conversations.field('created_at').gt(1_735_689_600_000),
      'date_in_milliseconds',
    );
    expect(error.message).toContain('created_at');
    expect(error.message).toContain('1735689600000');
    expect(error.message).toContain('Math.floor(ms / 1000)');
  });

  it('has no path or location unless given', () => {
    const error = new SearchQueryError('empty_group', 'x');
    expect(error.path).toEqual([]);
    expect(error.location).toBeUndefined();
    expect(error.message).toBe('x');
  });

  it('knows each code once', () => {
    expect(new Set(searchQueryErrorCodes).size).toBe(searchQueryErrorCodes.length);
    expect(Object.keys(causes).sort()).toEqual([...searchQueryErrorCodes].sort());
  });
});

describe('formatPath', () => {
  it('renders paths the way the JSON body is navigated', () => {
    expect(formatPath([])).toBe('query');
    expect(formatPath(['operator'])).toBe('query.operator');
    expect(formatPath([1, 0, 'field'])).toBe('query.value[1].value[0].field');
    expect(formatPath([2, 'value', 3])).toBe('query.value[2].value[3]');
  });
});
