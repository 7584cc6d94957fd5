import { describe, expect, it } from 'vitest';
import { IntercomInputError } from './errors/client-errors';
import { resolveSearchQuery } from './search-query';

const key = Symbol.for('intercom-kit.searchQuery');

describe('resolveSearchQuery', () => {
  it('returns raw JSON as the very same object', () => {
    const raw = { field: 'email', operator: '~', value: 'example.com' };
    expect(resolveSearchQuery(raw, 'contacts')).toBe(raw);
    expect(resolveSearchQuery(undefined, 'contacts')).toBeUndefined();
  });

  it('calls the expression with the resource and `this` bound to it', () => {
    const expression = {
      field: 'kept',
      [key](this: { field: string }, resource: string) {
        return { field: this.field, operator: '=', value: resource };
      },
    };
    expect(resolveSearchQuery(expression, 'tickets')).toEqual({ field: 'kept', operator: '=', value: 'tickets' });
  });

  it('rejects a protocol key that is not a function', () => {
    expect(() => resolveSearchQuery({ [key]: 'oops' }, 'contacts')).toThrow(IntercomInputError);
  });
});
