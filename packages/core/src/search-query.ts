import { IntercomInputError } from './errors/client-errors';
import type { SearchResource } from './operations/spec';

/** The key under which a search-dsl expression offers its JSON (same `Symbol.for` key, no import). */
const searchQueryKey = Symbol.for('intercom-kit.searchQuery');

export type SearchOperator = '=' | '!=' | 'IN' | 'NIN' | '<' | '<=' | '>' | '>=' | '~' | '!~' | '^' | '$';

export interface SearchFilter {
  field: string;
  operator: SearchOperator;
  value: string | number | boolean | null | readonly string[] | readonly number[];
}

export interface SearchGroup {
  operator: 'AND' | 'OR';
  value: readonly SearchFilter[] | readonly SearchGroup[];
}

/** Intercom's search `query` JSON: one filter, or an AND/OR group of filters or groups. */
export type SearchQueryJson = SearchFilter | SearchGroup;

/**
 * A search-dsl expression, or anything else that turns into query JSON: an object with a method
 * under `Symbol.for('intercom-kit.searchQuery')` that takes the resource searched. Typed by what
 * it is not (raw JSON keys), because a symbol declared in another package has a different type.
 */
export type SearchQueryExpression = object & {
  readonly field?: never;
  readonly operator?: never;
  readonly value?: never;
};

/** What a search operation accepts as `query`: raw JSON, sent as is, or a search-dsl expression. */
export type SearchQueryInput = SearchQueryJson | SearchQueryExpression;

/**
 * Raw JSON passes through untouched; an expression is asked for its canonical JSON for this
 * resource, and its own validation error propagates unchanged.
 */
export function resolveSearchQuery(query: unknown, resource: SearchResource): unknown {
  if (typeof query !== 'object' || query === null) return query;
  const toJson = (query as Record<symbol, unknown>)[searchQueryKey];
  if (toJson === undefined) return query;
  if (typeof toJson !== 'function') {
    throw new IntercomInputError(
      `query[Symbol.for('intercom-kit.searchQuery')] must be a function, got ${typeof toJson}.`,
    );
  }
  return toJson.call(query, resource);
}
