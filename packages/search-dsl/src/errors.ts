/** Every reason a query can be refused. Each code is produced by exactly one kind of check. */
export const searchQueryErrorCodes = [
  'invalid_field_name',
  'unknown_field',
  'unknown_operator',
  'operator_not_allowed',
  'invalid_value',
  'invalid_date',
  'date_in_milliseconds',
  'empty_list',
  'enum_value_not_allowed',
  'empty_group',
  'invalid_query_shape',
  'nesting_too_deep',
  'too_many_filters',
  'negation_not_expressible',
  'resource_mismatch',
  'unknown_resource',
  'invalid_attribute_declaration',
  'attribute_type_conflict',
  'invalid_limits',
  'syntax_error',
] as const;

export type SearchQueryErrorCode = (typeof searchQueryErrorCodes)[number];

/**
 * One step from the root of a query to the node at fault: a number is an index into a group's
 * members, a string names a filter's property (`field`, `operator`, `value`), and a number after
 * `value` is an index into an IN/NIN list. `not(…)` adds no step.
 */
export type SearchQueryPath = readonly (string | number)[];

/** Where in a text query a syntax error was found (1-based line and column, 0-based offset). */
export interface TextLocation {
  readonly line: number;
  readonly column: number;
  readonly offset: number;
}

export interface SearchQueryErrorDetails {
  readonly path?: SearchQueryPath;
  readonly location?: TextLocation;
}

/** The single error type of this package: a query, or part of one, that the API would refuse. */
export class SearchQueryError extends Error {
  override readonly name = 'SearchQueryError';
  readonly code: SearchQueryErrorCode;
  readonly path: SearchQueryPath;
  readonly location: TextLocation | undefined;

  constructor(code: SearchQueryErrorCode, message: string, details: SearchQueryErrorDetails = {}) {
    const path = details.path ?? [];
    super(path.length > 0 ? `${message} (at ${formatPath(path)})` : message);
    this.code = code;
    this.path = Object.freeze([...path]);
    this.location = details.location;
  }
}

/** Renders a path like `query.value[1].value[0].operator`, the way the JSON body would be navigated. */
export const formatPath = (path: SearchQueryPath): string => {
  let text = 'query';
  let inList = false;
  for (const step of path) {
    if (typeof step === 'string') {
      text += `.${step}`;
      inList = step === 'value';
    } else {
      text += inList ? `[${step}]` : `.value[${step}]`;
      inList = false;
    }
  }
  return text;
};

export const isSearchQueryError = (error: unknown): error is SearchQueryError => error instanceof SearchQueryError;
