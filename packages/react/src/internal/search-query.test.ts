import { IntercomInputError } from '@intercom-kit/core';
import { conversations, field } from '@intercom-kit/search-dsl';
import { describe, expect, it } from 'vitest';
import { searchQueryJson } from './search-query';

describe('searchQueryJson', () => {
  it('asks an expression for its canonical JSON for the resource', () => {
    expect(searchQueryJson(field('state').eq('open'), 'conversations')).toEqual({
      field: 'state',
      operator: '=',
      value: 'open',
    });
  });

  it('returns a raw query object as written', () => {
    const raw = { value: 'open', field: 'state', operator: '=' } as const;
    expect(searchQueryJson(raw, 'conversations')).toBe(raw);
  });

  it('refuses what is not a query, saying what is expected', () => {
    expect(() => searchQueryJson(undefined, 'tickets')).toThrow(IntercomInputError);
    expect(() => searchQueryJson(undefined, 'tickets')).toThrow(
      /A tickets search takes a search-dsl expression or a query object.*got undefined/,
    );
    expect(() => searchQueryJson('state = open' as never, 'tickets')).toThrow(/got string/);
    expect(() => searchQueryJson([] as never, 'tickets')).toThrow(/got an array/);
  });

  it("passes on the expression's own error", () => {
    expect(() => searchQueryJson(conversations.field('state').eq('open'), 'contacts')).toThrow(
      /cannot search contacts/,
    );
  });

  it('refuses a protocol entry that is not a function', () => {
    const odd = { [Symbol.for('intercom-kit.searchQuery')]: 'nope' };
    expect(() => searchQueryJson(odd as never, 'contacts')).toThrow(/must be a function, got string/);
  });
});
