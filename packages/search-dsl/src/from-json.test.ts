import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { compileQuery } from './compile-query';
import { fromJSON } from './from-json';
import type { SearchQueryJSON } from './json';
import { expectSearchError } from './test-support/expect-error';
import { DESCRIPTION_PATH } from './test-support/schema';
import { sharedFile, sharedFileExists } from './test-support/shared';

const F = (field: string, operator: string, value: unknown) => ({ field, operator, value });

describe('fromJSON', () => {
  it('returns an expression bound to the resource, compiling to the canonical form', () => {
    const expression = fromJSON(
      { operator: 'OR', value: [F('state', '=', 'open'), F('state', '=', 'closed')] },
      {
        resource: 'conversations',
      },
    );
    expect(expression.resource).toBe('conversations');
    expect(expression.toJSON()).toEqual(F('state', 'IN', ['closed', 'open']));
  });

  it('returns a tree frozen all the way down', () => {
    const expression = fromJSON({ operator: 'AND', value: [F('a', 'IN', [1, 2]), F('b', '=', 1)] });
    const root = expression.node as { operands: readonly { value: unknown }[] };
    expect(Object.isFrozen(root)).toBe(true);
    expect(Object.isFrozen(root.operands)).toBe(true);
    expect(Object.isFrozen(root.operands[0])).toBe(true);
    expect(Object.isFrozen(root.operands[0]?.value)).toBe(true);
  });

  it('does not keep or change the caller’s objects', () => {
    const raw = { operator: 'OR', value: [F('a', 'IN', [2, 1])] };
    const before = JSON.stringify(raw);
    const expression = fromJSON(raw);
    raw.value.push(F('b', '=', 1));
    expect(JSON.stringify(expression)).toBe(JSON.stringify(F('a', 'IN', [1, 2])));
    raw.value.pop();
    expect(JSON.stringify(raw)).toBe(before);
  });

  it('checks shape only without a resource', () => {
    const expression = fromJSON(F('anything', '~', 'x'));
    expect(expression.resource).toBeUndefined();
    expect(expression.toJSON()).toEqual(F('anything', '~', 'x'));
  });

  it('checks against the catalog with a resource', () => {
    expectSearchError(() => fromJSON(F('email', '=', 'a@b.c'), { resource: 'tickets' }), 'unknown_field', ['field']);
    expectSearchError(
      () => fromJSON({ operator: 'AND', value: [F('role', '=', 'x')] }, { resource: 'contacts' }),
      'enum_value_not_allowed',
      [0, 'value'],
    );
  });

  it.each([null, 'state = open', 42, [F('a', '=', 1)]])('refuses %j as a query', (raw) => {
    expectSearchError(() => fromJSON(raw), 'invalid_query_shape', []);
  });

  it('names a missing or unexpected key', () => {
    expect(
      expectSearchError(() => fromJSON({ field: 'a', operator: '=' }), 'invalid_query_shape', ['value']).message,
    ).toContain('missing value');
    expect(
      expectSearchError(() => fromJSON({ ...F('a', '=', 1), extra: 1 }), 'invalid_query_shape', ['extra']).message,
    ).toContain('unexpected key "extra"');
    expectSearchError(() => fromJSON({ operator: 'AND', value: [F('a', '=', 1)], field2: 1 }), 'invalid_query_shape', [
      'field2',
    ]);
  });

  it('refuses unknown operators of filters and groups', () => {
    expectSearchError(() => fromJSON({ operator: 'AND', value: [F('a', 'LIKE', 'x')] }), 'unknown_operator', [
      0,
      'operator',
    ]);
    expectSearchError(() => fromJSON({ operator: 'XOR', value: [] }), 'unknown_operator', ['operator']);
  });

  it('refuses a group whose value is not a list, or is empty', () => {
    expectSearchError(() => fromJSON({ operator: 'OR', value: F('a', '=', 1) }), 'invalid_query_shape', ['value']);
    expectSearchError(
      () => fromJSON({ operator: 'AND', value: [F('a', '=', 1), { operator: 'OR', value: [] }] }),
      'empty_group',
      [1],
    );
  });

  it('says so when given a whole request body', () => {
    const error = expectSearchError(
      () => fromJSON({ query: F('a', '=', 1), pagination: { per_page: 5 } }),
      'invalid_query_shape',
    );
    expect(error.message).toContain('pass its `query` member');
  });

  it('refuses absurd nesting before it can exhaust the stack', () => {
    let raw: unknown = F('a', '=', 1);
    for (let level = 0; level < 10_000; level++) raw = { operator: level % 2 ? 'AND' : 'OR', value: [raw] };
    expectSearchError(() => fromJSON(raw), 'nesting_too_deep');
  });

  it('accepts members mixing filters and groups and emits them schema-valid', () => {
    const raw = {
      operator: 'AND',
      value: [F('a', '=', 1), { operator: 'OR', value: [F('b', '=', 1), F('c', '=', 1)] }],
    };
    expect(fromJSON(raw).toJSON()).toEqual({
      operator: 'AND',
      value: [
        { operator: 'AND', value: [F('a', '=', 1)] },
        { operator: 'OR', value: [F('b', '=', 1), F('c', '=', 1)] },
      ],
    });
  });

  it('applies the limits option', () => {
    const group = { operator: 'AND', value: Array.from({ length: 16 }, (_, index) => F(`id${index}`, '=', 1)) };
    expectSearchError(() => fromJSON(group, { resource: 'tickets' }), 'unknown_field');
    const valid = { operator: 'AND', value: Array.from({ length: 16 }, (_, index) => F('id', '!~', `x${index}`)) };
    expectSearchError(() => fromJSON(valid, { resource: 'tickets' }), 'too_many_filters');
    expect(fromJSON(valid, { resource: 'tickets', limits: { maxFiltersPerGroup: 16 } }).resource).toBe('tickets');
  });

  it('refuses an unknown resource', () => {
    expectSearchError(() => fromJSON(F('a', '=', 1), { resource: 'companies' as never }), 'unknown_resource');
  });
});

describe('compileQuery', () => {
  it('validates raw JSON fully and returns the canonical JSON', () => {
    const raw = {
      operator: 'AND',
      value: [F('created_at', '>', '1306054154'), F('open', '=', true)],
    } as SearchQueryJSON;
    expect(compileQuery(raw, { resource: 'conversations' })).toEqual({
      operator: 'AND',
      value: [F('created_at', '>', 1_306_054_154), F('open', '=', true)],
    });
  });

  it('refuses an expression bound to another resource', () => {
    const bound = fromJSON(F('role', '=', 'user'), { resource: 'contacts' });
    expectSearchError(() => compileQuery(bound, { resource: 'tickets' }), 'resource_mismatch');
  });

  it('checks an unbound expression against the resource, allowing undeclared attributes', () => {
    const unbound = fromJSON(F('custom_attributes.plan', '=', 'pro'));
    expect(compileQuery(unbound, { resource: 'contacts' })).toEqual(F('custom_attributes.plan', '=', 'pro'));
    expectSearchError(() => compileQuery(unbound, { resource: 'conversations' }), 'unknown_field');
  });

  it('adds attribute declarations to a bound expression', () => {
    const parsed = fromJSON(F('custom_attributes.trial', '=', '2025-01-01'), { resource: 'contacts' });
    expect(compileQuery(parsed, { resource: 'contacts' })).toEqual(F('custom_attributes.trial', '=', '2025-01-01'));
    expect(compileQuery(parsed, { resource: 'contacts', attributeTypes: { trial: 'date' } })).toEqual(
      F('custom_attributes.trial', '=', 1_735_689_600),
    );
  });
});

describe.skipIf(!sharedFileExists(DESCRIPTION_PATH))('request examples of the API description', () => {
  const description = parse(readFileSync(sharedFile(DESCRIPTION_PATH), 'utf8')) as {
    paths: Record<
      string,
      {
        post: {
          requestBody: { content: { 'application/json': { examples: Record<string, { value: { query: unknown } }> } } };
        };
      }
    >;
  };

  it.each(['conversations', 'contacts', 'tickets'] as const)('%s search examples compile', (resource) => {
    const examples =
      description.paths[`/${resource}/search`]?.post.requestBody.content['application/json'].examples ?? {};
    expect(Object.keys(examples).length).toBeGreaterThan(0);
    for (const example of Object.values(examples)) {
      expect(() => compileQuery(example.value.query as SearchQueryJSON, { resource })).not.toThrow();
    }
  });
});
