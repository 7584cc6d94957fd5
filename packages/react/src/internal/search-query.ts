import {
  IntercomInputError,
  resolveSearchQuery,
  type SearchQueryInput,
  type SearchQueryJson,
  type SearchResource,
} from '@intercom-kit/core';

/**
 * The query JSON a search sends for `where`. An expression is asked for its canonical JSON for this
 * resource (validated against the resource's fields, operands sorted), so equal queries written in
 * a different order give the same JSON; a raw query object is returned as written. An invalid
 * expression throws its own error (search-dsl's `SearchQueryError`).
 */
export function searchQueryJson(where: SearchQueryInput | undefined, resource: SearchResource): SearchQueryJson {
  if (typeof where !== 'object' || where === null || Array.isArray(where)) {
    throw new IntercomInputError(
      `A ${resource} search takes a search-dsl expression or a query object ({ field, operator, value } or { operator, value: [...] }), got ${describe(where)}.`,
    );
  }
  return resolveSearchQuery(where, resource) as SearchQueryJson;
}

function describe(value: unknown): string {
  if (value === null) return 'null';
  if (Array.isArray(value)) return 'an array';
  return typeof value;
}
