import { describe, expect, it } from 'vitest';
import { and, field, not, or } from './builder';
import { contacts } from './contacts';
import { conversations } from './conversations';
import { searchQuerySymbol } from './protocol';
import { expectSearchError } from './test-support/expect-error';

// How @intercom-kit/core sees an expression: only through the well-known symbol.
const PROTOCOL = Symbol.for('intercom-kit.searchQuery');
type Protocol = { [PROTOCOL]: (resource: string) => unknown };
const viaProtocol = (query: unknown, resource: string) => (query as Protocol)[PROTOCOL](resource);

describe('the search query protocol', () => {
  it('uses the well-known registered symbol', () => {
    expect(searchQuerySymbol).toBe(PROTOCOL);
    expect(typeof (field('x').eq(1) as unknown as Protocol)[PROTOCOL]).toBe('function');
  });

  it('returns the canonical JSON, equal to toJSON()', () => {
    const query = and(conversations.field('state').eq('open'), conversations.field('open').eq(true));
    expect(viaProtocol(query, 'conversations')).toEqual(query.toJSON());
    expect(viaProtocol(query, 'conversations')).toEqual({
      operator: 'AND',
      value: [
        { field: 'open', operator: '=', value: true },
        { field: 'state', operator: '=', value: 'open' },
      ],
    });
  });

  it('refuses an expression bound to another resource', () => {
    const error = expectSearchError(
      () => viaProtocol(contacts.field('role').eq('user'), 'tickets'),
      'resource_mismatch',
    );
    expect(error.message).toContain('built for contacts and cannot search tickets');
  });

  it('refuses an unknown resource name', () => {
    expectSearchError(() => viaProtocol(field('x').eq(1), 'companies'), 'unknown_resource');
  });

  it('checks an unbound expression against the catalog of the resource it is sent to', () => {
    expectSearchError(() => viaProtocol(field('anything').eq(1), 'tickets'), 'unknown_field');
    expectSearchError(() => viaProtocol(field('created_at').gte(1_735_689_600), 'contacts'), 'operator_not_allowed');
    expect(viaProtocol(field('created_at').gte(1_735_689_600), 'tickets')).toEqual({
      field: 'created_at',
      operator: '>=',
      value: 1_735_689_600,
    });
    // Catalog coercions apply too: an ISO date becomes unix seconds, a one-field OR of = becomes IN.
    const query = or(field('state').eq('open'), field('state').eq('snoozed')).and(
      field('created_at').gt('2025-01-01T00:00:00Z'),
    );
    expect(viaProtocol(query, 'conversations')).toEqual({
      operator: 'AND',
      value: [
        { field: 'created_at', operator: '>', value: 1_735_689_600 },
        { field: 'state', operator: 'IN', value: ['open', 'snoozed'] },
      ],
    });
    expectSearchError(() => viaProtocol(field('state').eq('archived'), 'conversations'), 'enum_value_not_allowed');
  });

  it('keeps the catalog-free checks of an unbound expression', () => {
    expectSearchError(
      () => viaProtocol(not(field('source.body').startsWith('a')), 'conversations'),
      'negation_not_expressible',
    );
    const tooMany = and(
      ...Array.from({ length: 16 }, (_, index) =>
        field('email')
          .eq(`u${index}@example.com`)
          .and(field('name').eq(`n${index}`)),
      ),
    );
    expectSearchError(() => viaProtocol(tooMany, 'contacts'), 'too_many_filters');
  });

  it('checks a bound expression against its catalog, including unbound parts', () => {
    const query = contacts.field('role').eq('user').and(field('created_at').gte(1_735_689_600));
    expectSearchError(() => viaProtocol(query, 'contacts'), 'operator_not_allowed', [1, 'operator']);
  });
});

describe('toJSON', () => {
  it('makes JSON.stringify({ query }) send the canonical query', () => {
    const query = field('b').eq(1).and(field('a').eq(2));
    expect(JSON.parse(JSON.stringify({ query, pagination: { per_page: 5 } }))).toEqual({
      query: {
        operator: 'AND',
        value: [
          { field: 'a', operator: '=', value: 2 },
          { field: 'b', operator: '=', value: 1 },
        ],
      },
      pagination: { per_page: 5 },
    });
  });

  it('returns fresh objects, so callers cannot corrupt later results', () => {
    const query = field('a').in([1, 2]);
    const first = query.toJSON() as unknown as { value: number[] };
    first.value.push(3);
    expect(query.toJSON()).toEqual({ field: 'a', operator: 'IN', value: [1, 2] });
  });
});
