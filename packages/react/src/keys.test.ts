import { and, conversations, field, or, SearchQueryError } from '@intercom-kit/search-dsl';
import { hashKey, partialMatchKey } from '@tanstack/react-query';
import { describe, expect, it } from 'vitest';
import { intercomKeys } from './keys';

describe('intercomKeys', () => {
  it('roots every key under one serialisable prefix', () => {
    const keys = [
      intercomKeys.conversations.search(field('state').eq('open'), 20),
      intercomKeys.contacts.list(50),
      intercomKeys.tickets.detail('7'),
      intercomKeys.contacts.notes('abc'),
      intercomKeys.admins.list(),
    ];
    for (const key of keys) {
      expect(partialMatchKey(key, intercomKeys.all)).toBe(true);
      expect(JSON.parse(JSON.stringify(key))).toEqual(key);
    }
  });

  it('nests searches, lists and details under their resource', () => {
    const search = intercomKeys.conversations.search(field('state').eq('open'), 20);
    const list = intercomKeys.conversations.list(20);
    const detail = intercomKeys.conversations.detail('1');
    expect(partialMatchKey(search, intercomKeys.conversations.searches())).toBe(true);
    expect(partialMatchKey(list, intercomKeys.conversations.lists())).toBe(true);
    expect(partialMatchKey(detail, intercomKeys.conversations.details())).toBe(true);
    for (const key of [search, list, detail]) expect(partialMatchKey(key, intercomKeys.conversations.all)).toBe(true);
    expect(partialMatchKey(search, intercomKeys.conversations.lists())).toBe(false);
    expect(partialMatchKey(detail, intercomKeys.contacts.all)).toBe(false);
  });

  it('names a detail by its id as a string, whether given as a number or a string', () => {
    expect(intercomKeys.conversations.detail(42)).toEqual(intercomKeys.conversations.detail('42'));
  });

  it('keys equal queries the same whatever the operand order', () => {
    const a = field('state').eq('open');
    const b = field('open').eq(true);
    const c = field('created_at').gt(1735689600);
    const one = intercomKeys.conversations.search(and(a, or(b, c)), 20);
    const other = intercomKeys.conversations.search(or(c, b).and(a), 20);
    expect(hashKey(one)).toBe(hashKey(other));
    // Canonical forms merge too: two `=` on one field under OR are one IN.
    const merged = intercomKeys.conversations.search(or(field('state').eq('open'), field('state').eq('snoozed')));
    const inList = intercomKeys.conversations.search(field('state').in(['snoozed', 'open']));
    expect(hashKey(merged)).toBe(hashKey(inList));
  });

  it('keys a bound expression like the same query built with field()', () => {
    const bound = intercomKeys.conversations.search(conversations.field('state').eq('open'));
    const unbound = intercomKeys.conversations.search(field('state').eq('open'));
    expect(hashKey(bound)).toBe(hashKey(unbound));
  });

  it('keys different queries and page sizes apart', () => {
    const open = field('state').eq('open');
    expect(hashKey(intercomKeys.conversations.search(open, 20))).not.toBe(
      hashKey(intercomKeys.conversations.search(open, 50)),
    );
    expect(hashKey(intercomKeys.conversations.search(open))).not.toBe(
      hashKey(intercomKeys.conversations.search(field('state').eq('closed'))),
    );
  });

  it('keys a raw query object as written: object keys in any order, array order counts', () => {
    const one = intercomKeys.conversations.search({ field: 'state', operator: '=', value: 'open' });
    const reordered = intercomKeys.conversations.search({ value: 'open', operator: '=', field: 'state' });
    expect(hashKey(one)).toBe(hashKey(reordered));

    const ab = {
      operator: 'AND',
      value: [
        { field: 'open', operator: '=', value: true },
        { field: 'read', operator: '=', value: false },
      ],
    } as const;
    const ba = { operator: 'AND', value: [ab.value[1], ab.value[0]] } as const;
    expect(hashKey(intercomKeys.conversations.search(ab))).not.toBe(hashKey(intercomKeys.conversations.search(ba)));
  });

  it('refuses an expression that cannot search the resource, with the expression’s own error', () => {
    expect(() => intercomKeys.tickets.search(conversations.field('state').eq('open'))).toThrow(SearchQueryError);
  });
});
