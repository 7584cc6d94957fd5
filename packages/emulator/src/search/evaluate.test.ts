import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { ApiError } from '../errors';
import { compileSearch } from './evaluate';
import type { FieldResolver, FieldSpec, FieldValue } from './types';

/** A record with one field of each type, plus a list, a body and a day-granular date. */
interface Row {
  name: string | null;
  at: number | null;
  day: number | null;
  count: number | null;
  ratio: number | null;
  flag: boolean | null;
  tags: string[];
  body: string;
}

const specs: Record<string, FieldSpec<Row>> = {
  name: { type: 'string', get: (r) => r.name },
  at: { type: 'date', get: (r) => r.at },
  day: { type: 'date', get: (r) => r.day, dayGranularity: true },
  count: { type: 'integer', get: (r) => r.count },
  ratio: { type: 'float', get: (r) => r.ratio },
  flag: { type: 'boolean', get: (r) => r.flag },
  tags: { type: 'string', get: (r) => r.tags as FieldValue },
  body: { type: 'string', get: (r) => r.body, words: true },
};
const resolver: FieldResolver<Row> = { resource: 'conversations', resolve: (f) => specs[f] };
const row = (overrides: Partial<Row> = {}): Row => ({
  name: 'Alice',
  at: 1000,
  day: null,
  count: 5,
  ratio: 1.5,
  flag: true,
  tags: [],
  body: '',
  ...overrides,
});
const matches = (query: unknown, r: Row, timeZone = 'UTC') => compileSearch(query, resolver, { timeZone })(r);
const f = (field: string, operator: string, value: unknown) => ({ field, operator, value });

describe('string operators', () => {
  it('= and != compare whole values, ignoring case', () => {
    expect(matches(f('name', '=', 'alice'), row())).toBe(true);
    expect(matches(f('name', '=', 'Ali'), row())).toBe(false);
    expect(matches(f('name', '!=', 'ALICE'), row())).toBe(false);
    expect(matches(f('name', '!=', 'bob'), row())).toBe(true);
  });

  it('IN / NIN test membership', () => {
    expect(matches(f('name', 'IN', ['bob', 'ALICE']), row())).toBe(true);
    expect(matches(f('name', 'IN', ['bob']), row())).toBe(false);
    expect(matches(f('name', 'NIN', ['bob']), row())).toBe(true);
    expect(matches(f('name', 'NIN', ['alice', 'bob']), row())).toBe(false);
  });

  it('~ !~ ^ $ match substrings, prefixes and suffixes', () => {
    expect(matches(f('name', '~', 'LIC'), row())).toBe(true);
    expect(matches(f('name', '!~', 'lic'), row())).toBe(false);
    expect(matches(f('name', '!~', 'zz'), row())).toBe(true);
    expect(matches(f('name', '^', 'al'), row())).toBe(true);
    expect(matches(f('name', '^', 'ce'), row())).toBe(false);
    expect(matches(f('name', '$', 'CE'), row())).toBe(true);
    expect(matches(f('name', '$', 'al'), row())).toBe(false);
  });

  it('treats a list field as matching when any element matches', () => {
    const r = row({ tags: ['7', '9'] });
    expect(matches(f('tags', '=', '9'), r)).toBe(true);
    expect(matches(f('tags', '!=', '9'), r)).toBe(false);
    expect(matches(f('tags', '!=', '8'), r)).toBe(true);
    expect(matches(f('tags', 'IN', ['1', '7']), r)).toBe(true);
    expect(matches(f('tags', 'NIN', ['1', '7']), r)).toBe(false);
    expect(matches(f('tags', '=', '9'), row({ tags: [] }))).toBe(false);
  });
});

describe('source.body word matching', () => {
  const r = row({ body: '<p>Hi there, I need a <b>refund</b> for my invoice.</p>' });

  it('= matches one whole word of the plain text, not part of one and not a phrase', () => {
    expect(matches(f('body', '=', 'refund'), r)).toBe(true);
    expect(matches(f('body', '=', 'Invoice'), r)).toBe(true);
    expect(matches(f('body', '=', 'refu'), r)).toBe(false);
    expect(matches(f('body', '=', 'need a refund'), r)).toBe(false);
    expect(matches(f('body', '=', 'b'), r)).toBe(false);
  });

  it('!=, IN and NIN follow the word set; ~ ^ $ use the plain text', () => {
    expect(matches(f('body', '!=', 'refund'), r)).toBe(false);
    expect(matches(f('body', 'IN', ['cancel', 'refund']), r)).toBe(true);
    expect(matches(f('body', 'NIN', ['cancel', 'refund']), r)).toBe(false);
    expect(matches(f('body', '~', 'need a refund'), r)).toBe(true);
    expect(matches(f('body', '^', 'hi there'), r)).toBe(true);
    expect(matches(f('body', '$', 'invoice.'), r)).toBe(true);
  });
});

describe('dates, integers, floats and booleans', () => {
  it('compares dates as unix seconds, from integers or numeric strings', () => {
    const r = row({ at: 1000 });
    expect(matches(f('at', '=', '1000'), r)).toBe(true);
    expect(matches(f('at', '!=', 1000), r)).toBe(false);
    expect(matches(f('at', '>', 999), r)).toBe(true);
    expect(matches(f('at', '>', 1000), r)).toBe(false);
    expect(matches(f('at', '<', '1001'), r)).toBe(true);
    expect(matches(f('at', '<', 1000), r)).toBe(false);
    expect(matches(f('at', '>=', 1000), r)).toBe(true);
    expect(matches(f('at', '<=', 999), r)).toBe(false);
    expect(matches(f('at', 'IN', [5, '1000']), r)).toBe(true);
    expect(matches(f('at', 'NIN', [5, 1000]), r)).toBe(false);
  });

  it('compares day-granular dates by calendar day in the workspace timezone', () => {
    const noon = Date.parse('2025-03-10T12:00:00Z') / 1000;
    const r = row({ day: noon });
    const sameDayEarly = Date.parse('2025-03-10T00:00:01Z') / 1000;
    const dayBefore = Date.parse('2025-03-09T23:00:00Z') / 1000;
    expect(matches(f('day', '=', sameDayEarly), r)).toBe(true);
    expect(matches(f('day', '=', dayBefore), r)).toBe(false);
    expect(matches(f('day', '>', sameDayEarly), r)).toBe(false);
    expect(matches(f('day', '>', dayBefore), r)).toBe(true);
    expect(matches(f('day', '<', sameDayEarly), r)).toBe(false);
    expect(matches(f('day', '<', noon + 86_400), r)).toBe(true);
    // In Los Angeles 2025-03-10T05:00Z is still the 9th, like 2025-03-09T23:00Z.
    expect(
      matches(f('day', '=', dayBefore), row({ day: Date.parse('2025-03-10T05:00:00Z') / 1000 }), 'America/Los_Angeles'),
    ).toBe(true);
  });

  it('compares integers and floats numerically', () => {
    expect(matches(f('count', '>', 4), row())).toBe(true);
    expect(matches(f('count', '<', '5'), row())).toBe(false);
    expect(matches(f('count', 'IN', [1, 5]), row())).toBe(true);
    expect(matches(f('ratio', '=', 1.5), row())).toBe(true);
    expect(matches(f('ratio', '!=', 1.5), row())).toBe(false);
  });

  it('compares booleans from true/false or their strings', () => {
    expect(matches(f('flag', '=', true), row())).toBe(true);
    expect(matches(f('flag', '=', 'false'), row())).toBe(false);
    expect(matches(f('flag', 'NIN', [false]), row())).toBe(true);
  });

  it('rejects values the field type cannot hold, with a 400 naming the field', () => {
    for (const [field, value] of [
      ['at', 'yesterday'],
      ['count', 1.5],
      ['flag', 'yes'],
      ['count', {}],
    ] as const) {
      expect(() => matches(f(field, '=', value), row())).toThrow(ApiError);
      expect(() => matches(f(field, '=', value), row())).toThrow(new RegExp(`field '${field}'`));
    }
  });
});

describe('missing values and null', () => {
  it('a missing value never satisfies a comparison and always satisfies a negation', () => {
    const r = row({ name: null, at: null });
    expect(matches(f('name', '=', 'x'), r)).toBe(false);
    expect(matches(f('name', '~', 'x'), r)).toBe(false);
    expect(matches(f('at', '>', 0), r)).toBe(false);
    expect(matches(f('name', '!=', 'x'), r)).toBe(true);
    expect(matches(f('name', 'NIN', ['x']), r)).toBe(true);
    expect(matches(f('name', '!~', 'x'), r)).toBe(true);
  });

  it('= null matches missing values, != null present ones', () => {
    expect(matches(f('name', '=', null), row({ name: null }))).toBe(true);
    expect(matches(f('name', '=', null), row())).toBe(false);
    expect(matches(f('name', '!=', null), row())).toBe(true);
  });
});

describe('groups', () => {
  it('combines nested AND and OR', () => {
    const query = {
      operator: 'AND',
      value: [
        { operator: 'OR', value: [f('name', '=', 'bob'), f('count', '>', 3)] },
        { operator: 'OR', value: [f('flag', '=', true), f('at', '<', 0)] },
      ],
    };
    expect(matches(query, row())).toBe(true);
    expect(matches(query, row({ count: 1 }))).toBe(false);
    expect(matches(query, row({ count: 1, name: 'Bob' }))).toBe(true);
  });

  it('explains malformed nodes and unknown fields', () => {
    expect(() => matches({ operator: 'XOR', value: [] }, row())).toThrow(/AND or OR/);
    expect(() => matches({ operator: 'AND', value: [] }, row())).toThrow(/non-empty array/);
    expect(() => matches(f('nope', '=', 1), row())).toThrow(/'nope' is not a searchable field/);
    expect(() => matches(f('name', 'IN', 'x'), row())).toThrow(/array value/);
    expect(() => matches(f('name', '=', ['x']), row())).toThrow(/single value/);
  });
});

describe('negations are exact complements (so pushing NOT through a query keeps its meaning)', () => {
  const rows = fc.record({
    name: fc.option(fc.constantFrom('Alice', 'bob', 'CAROL', 'al'), { nil: null }),
    at: fc.option(fc.integer({ min: 0, max: 20 }), { nil: null }),
    day: fc.constant(null),
    count: fc.option(fc.integer({ min: 0, max: 5 }), { nil: null }),
    ratio: fc.constant(null),
    flag: fc.option(fc.boolean(), { nil: null }),
    tags: fc.array(fc.constantFrom('1', '2', '3'), { maxLength: 3 }),
    body: fc.constantFrom('', '<p>refund now</p>', '<p>Login issue</p>'),
  });
  const pairs = [
    ['=', '!='],
    ['IN', 'NIN'],
    ['~', '!~'],
  ] as const;

  it('holds for every field, operator pair and value', () => {
    fc.assert(
      fc.property(
        rows,
        fc.constantFrom('name', 'tags', 'body'),
        fc.constantFrom('al', 'bob', '2', 'refund'),
        (r, field, value) => {
          for (const [positive, negative] of pairs) {
            const v = positive === 'IN' ? [value] : value;
            expect(matches(f(field, negative, v), r)).toBe(!matches(f(field, positive, v), r));
          }
        },
      ),
    );
    fc.assert(
      fc.property(rows, fc.constantFrom('at', 'count'), fc.integer({ min: 0, max: 20 }), (r, field, value) => {
        expect(matches(f(field, '!=', value), r)).toBe(!matches(f(field, '=', value), r));
        expect(matches(f(field, 'NIN', [value]), r)).toBe(!matches(f(field, 'IN', [value]), r));
      }),
    );
  });
});
