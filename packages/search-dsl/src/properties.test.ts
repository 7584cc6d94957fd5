import type { ValidateFunction } from 'ajv';
import fc from 'fast-check';
import { beforeAll, describe, expect, it } from 'vitest';
import { field as unboundField } from './builder';
import type { ResourceName } from './catalog/types';
import { compileQuery } from './compile-query';
import { contacts } from './contacts';
import { conversations } from './conversations';
import { SearchQueryError } from './errors';
import type { Expression } from './expression';
import { fromJSON } from './from-json';
import type { SearchQueryJSON } from './json';
import {
  buildExpression,
  contactFields,
  conversationFields,
  type FieldFactory,
  plainFields,
  type QuerySpec,
  recordOf,
  shuffledSpec,
  type TypedField,
  ticketFields,
  typedQuerySpec,
} from './test-support/arbitraries';
import { evaluateJSON, evaluateTree } from './test-support/evaluate';
import { DESCRIPTION_PATH, loadSearchRequestValidator } from './test-support/schema';
import { sharedFileExists } from './test-support/shared';
import { wildJSON, wildSpec } from './test-support/wild';
import { parseWhere } from './text/parse-where';
import { toText } from './text/to-text';
import { tickets } from './tickets';

const RUNS = 400;

interface Setup {
  readonly resource: ResourceName | undefined;
  readonly fields: readonly TypedField[];
  readonly fieldOf: FieldFactory;
  readonly attributeTypes?: Readonly<Record<string, 'string' | 'float'>>;
}

const setups: readonly Setup[] = [
  { resource: undefined, fields: plainFields, fieldOf: (name) => buildField(undefined, name) },
  { resource: 'conversations', fields: conversationFields, fieldOf: (name) => buildField('conversations', name) },
  {
    resource: 'contacts',
    fields: contactFields,
    fieldOf: (name) => contacts.withCustomAttributes({ plan: 'string' }).field(name as 'name'),
    attributeTypes: { plan: 'string' },
  },
  {
    resource: 'tickets',
    fields: ticketFields,
    fieldOf: (name) => tickets.withTicketAttributes({ '7': 'float' }).field(name as 'title'),
    attributeTypes: { '7': 'float' },
  },
];

const buildField = (resource: ResourceName | undefined, name: string): unknown => {
  if (resource === 'conversations') return conversations.field(name as 'id');
  if (resource === 'contacts') return contacts.field(name as 'id');
  if (resource === 'tickets') return tickets.field(name as 'id');
  return unboundField(name);
};

const compileFor = (expression: Expression, setup: Setup): SearchQueryJSON =>
  setup.resource === undefined
    ? expression.toJSON()
    : compileQuery(expression, { resource: setup.resource, attributeTypes: setup.attributeTypes });

/** Builds and compiles; undefined when the query is refused (with a SearchQueryError and nothing else). */
const tryCompile = (spec: QuerySpec, setup: Setup): { expression: Expression; json: SearchQueryJSON } | undefined => {
  try {
    const expression = buildExpression(spec, setup.fieldOf);
    return { expression, json: compileFor(expression, setup) };
  } catch (error) {
    if (error instanceof SearchQueryError) return undefined;
    throw error;
  }
};

const refusesOnlyWithSearchQueryError = (run: () => unknown): SearchQueryJSON | undefined => {
  try {
    return run() as SearchQueryJSON;
  } catch (error) {
    expect(error).toBeInstanceOf(SearchQueryError);
    return undefined;
  }
};

const resources = fc.constantFrom<ResourceName | undefined>(undefined, 'conversations', 'contacts', 'tickets');

describe('compiling never fails with anything but SearchQueryError', () => {
  it('for expressions built from any field, operator and value', () => {
    fc.assert(
      fc.property(wildSpec, resources, (spec, resource) => {
        refusesOnlyWithSearchQueryError(() => {
          const expression = buildExpression(spec, (name) => buildField(resource, name));
          return resource === undefined ? expression.toJSON() : compileQuery(expression, { resource });
        });
      }),
      { numRuns: RUNS },
    );
  });

  it('for raw JSON of any shape', () => {
    fc.assert(
      fc.property(wildJSON, resources, (raw, resource) => {
        refusesOnlyWithSearchQueryError(() =>
          resource === undefined ? fromJSON(raw).toJSON() : compileQuery(raw as SearchQueryJSON, { resource }),
        );
      }),
      { numRuns: RUNS },
    );
  });

  it('for any text', () => {
    const fragments = fc.constantFrom(
      '(',
      ')',
      ' AND ',
      ' OR ',
      'NOT ',
      'state',
      ' = ',
      ' IN ',
      "'x'",
      '2025-01-01',
      '1',
      ',',
      '"',
      "'",
    );
    const text = fc.oneof(
      fc.string(),
      fc.array(fragments, { maxLength: 12 }).map((parts) => parts.join('')),
    );
    fc.assert(
      fc.property(text, resources, (source, resource) => {
        refusesOnlyWithSearchQueryError(() =>
          resource === undefined ? parseWhere(source).toJSON() : parseWhere(source, { resource }).toJSON(),
        );
      }),
      { numRuns: RUNS },
    );
  });
});

describe.skipIf(!sharedFileExists(DESCRIPTION_PATH))('accepted queries are valid search_request bodies', () => {
  let validate: ValidateFunction;
  beforeAll(() => {
    validate = loadSearchRequestValidator();
  });

  const expectValid = (json: SearchQueryJSON) => {
    const valid = validate({ query: json });
    expect(valid, `${JSON.stringify(json)}\n${JSON.stringify(validate.errors)}`).toBe(true);
  };

  it.each(setups.map((setup) => [setup.resource ?? 'unbound', setup] as const))('for %s queries', (_, setup) => {
    let accepted = 0;
    fc.assert(
      fc.property(typedQuerySpec(setup.fields), (spec) => {
        const result = tryCompile(spec, setup);
        if (result === undefined) return;
        accepted++;
        expectValid(result.json);
      }),
      { numRuns: RUNS },
    );
    expect(accepted).toBeGreaterThan(RUNS / 4);
  });

  it('for raw JSON that compiles', () => {
    let accepted = 0;
    fc.assert(
      fc.property(wildJSON, resources, (raw, resource) => {
        const json = refusesOnlyWithSearchQueryError(() =>
          resource === undefined ? fromJSON(raw).toJSON() : compileQuery(raw as SearchQueryJSON, { resource }),
        );
        if (json === undefined) return;
        accepted++;
        expectValid(json);
      }),
      { numRuns: RUNS },
    );
    expect(accepted).toBeGreaterThan(0);
  });
});

describe.each(setups.map((setup) => [setup.resource ?? 'unbound', setup] as const))('%s queries', (_, setup) => {
  it('keep their meaning through normalisation (reference evaluator on random records)', () => {
    let accepted = 0;
    fc.assert(
      fc.property(
        typedQuerySpec(setup.fields),
        fc.array(recordOf(setup.fields), { minLength: 8, maxLength: 8 }),
        (spec, records) => {
          const result = tryCompile(spec, setup);
          if (result === undefined) return;
          accepted++;
          for (const record of records) {
            expect(evaluateJSON(result.json, record)).toBe(evaluateTree(result.expression.node, record));
          }
        },
      ),
      { numRuns: RUNS },
    );
    expect(accepted).toBeGreaterThan(RUNS / 4);
  });

  it('serialise the same whatever the operand order', () => {
    fc.assert(
      fc.property(typedQuerySpec(setup.fields), fc.integer(), (spec, seed) => {
        const result = tryCompile(spec, setup);
        if (result === undefined) return;
        const random = mulberry32(seed);
        const shuffled = buildExpression(shuffledSpec(spec, random), setup.fieldOf);
        expect(compileFor(shuffled, setup)).toEqual(result.json);
      }),
      { numRuns: RUNS },
    );
  });

  it('round-trip through the text syntax', () => {
    fc.assert(
      fc.property(typedQuerySpec(setup.fields), (spec) => {
        const result = tryCompile(spec, setup);
        if (result === undefined) return;
        const text = toText(result.expression);
        const parsed =
          setup.resource === undefined
            ? parseWhere(text)
            : parseWhere(text, { resource: setup.resource, attributeTypes: setup.attributeTypes });
        expect(compileFor(parsed, setup), text).toEqual(result.json);
      }),
      { numRuns: RUNS },
    );
  });

  it('compile to a fixed point: the canonical JSON compiles to itself', () => {
    fc.assert(
      fc.property(typedQuerySpec(setup.fields), (spec) => {
        const result = tryCompile(spec, setup);
        if (result === undefined) return;
        const again =
          setup.resource === undefined
            ? fromJSON(result.json).toJSON()
            : compileQuery(result.json, { resource: setup.resource, attributeTypes: setup.attributeTypes });
        expect(again).toEqual(result.json);
      }),
      { numRuns: RUNS },
    );
  });
});

describe('text round-trip with exotic names and values', () => {
  const exoticFields: readonly TypedField[] = [
    { name: 'with space', type: 'string', values: fc.string() },
    { name: 'and', type: 'string', values: fc.string({ unit: 'grapheme' }) },
    { name: 'say "hi"', type: 'integer', values: fc.integer({ min: -1_000_000, max: 1_000_000 }) },
    {
      name: 'ünïcödé.field',
      type: 'float',
      values: fc.double({ noNaN: true, noDefaultInfinity: true, min: -1e12, max: 1e12 }),
    },
    { name: 'x-y.z_1', type: 'string', values: fc.constantFrom("'", "''", '\n', ' ', 'AND', '(', '2025-01-01') },
    { name: 'NULL', type: 'boolean', values: fc.boolean() },
  ];

  it('parseWhere(toText(e)) compiles to the JSON of e', () => {
    fc.assert(
      fc.property(typedQuerySpec(exoticFields), (spec) => {
        const result = tryCompile(spec, { resource: undefined, fields: exoticFields, fieldOf: unboundField });
        if (result === undefined) return;
        const text = toText(result.expression);
        expect(parseWhere(text).toJSON(), text).toEqual(result.json);
      }),
      { numRuns: RUNS },
    );
  });
});

/** A small seeded generator, so a failing shuffle can be replayed from fast-check's seed. */
const mulberry32 = (seed: number) => () => {
  seed = (seed + 0x6d2b79f5) | 0;
  let t = Math.imul(seed ^ (seed >>> 15), 1 | seed);
  t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
  return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
};
