import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { createContext } from '../catalog/context';
import { catalogFor } from '../catalog/registry';
import type { ResourceName } from '../catalog/types';
import { compileNode } from '../compile';
import { compileQuery } from '../compile-query';
import { SearchQueryError } from '../errors';
import { parseQueryJSON } from '../from-json';
import type { SearchQueryJSON } from '../json';
import { transientNodes } from '../nodes';
import { expectSearchError } from '../test-support/expect-error';
import { wildJSON } from '../test-support/wild';

const F = (field: string, operator: string, value: unknown) => ({ field, operator, value });

/** Parsing the whole tree first and normalising it after: what the one walk must match. */
const inTwoWalks = (raw: unknown, resource: ResourceName): SearchQueryJSON =>
  compileNode(parseQueryJSON(raw, transientNodes), createContext(catalogFor(resource), undefined, 'allow'));

const outcome = (compile: () => SearchQueryJSON): unknown => {
  try {
    return { json: compile() };
  } catch (error) {
    if (!(error instanceof SearchQueryError)) throw error;
    return { code: error.code, path: error.path, message: error.message };
  }
};

describe('compileQuery of raw JSON in one walk', () => {
  it('reports a shape error found after a catalog error, as parsing first would', () => {
    const raw = { operator: 'AND', value: [F('no_such_field', '=', 1), F('state', '==', 'open')] };
    expectSearchError(() => compileQuery(raw as never, { resource: 'conversations' }), 'unknown_operator', [
      1,
      'operator',
    ]);
  });

  it('reports the catalog error when the shape is sound', () => {
    const raw = { operator: 'AND', value: [F('no_such_field', '=', 1), F('state', '=', 'open')] };
    expectSearchError(() => compileQuery(raw as never, { resource: 'conversations' }), 'unknown_field', [0, 'field']);
  });

  it('flattens nested groups of the same kind', () => {
    const raw = {
      operator: 'OR',
      value: [F('state', '=', 'open'), { operator: 'OR', value: [F('state', '=', 'closed'), F('read', '=', true)] }],
    };
    expect(compileQuery(raw as never, { resource: 'conversations' })).toEqual({
      operator: 'OR',
      value: [F('read', '=', true), F('state', 'IN', ['closed', 'open'])],
    });
  });

  it('returns new lists, not the caller’s', () => {
    const raw = F('state', 'IN', ['closed', 'open']);
    const json = compileQuery(raw as never, { resource: 'conversations' });
    expect(json).toEqual(raw);
    expect(json.value).not.toBe(raw.value);
  });

  it.each(['conversations', 'contacts', 'tickets'] as const)(
    'gives the JSON or the error of parsing and normalising in turn, on %s',
    (resource) => {
      fc.assert(
        fc.property(wildJSON, (raw) => {
          expect(outcome(() => compileQuery(raw as SearchQueryJSON, { resource }))).toEqual(
            outcome(() => inTwoWalks(raw, resource)),
          );
        }),
        { numRuns: 300 },
      );
    },
  );
});
