import { SearchQueryError } from './errors';
import { describeValue } from './validate/describe';

/**
 * Intercom's structural limits on a search query. Depth counts AND/OR groups on the way from the
 * root to the deepest group, the root group being level 1; filters do not count. So with the
 * default 2, `(a OR b) AND (c OR d)` is the deepest shape accepted.
 */
export interface SearchLimits {
  readonly maxNestingDepth: number;
  /** Members of one AND/OR group (filters and sub-groups alike), counted after normalisation. */
  readonly maxFiltersPerGroup: number;
}

/**
 * Trees nested deeper than this as written (before flattening) are refused outright, so that
 * hostile input cannot exhaust the stack; no sensible query comes close.
 */
export const MAX_WRITTEN_DEPTH = 64;

export const defaultSearchLimits: SearchLimits = /* @__PURE__ */ Object.freeze({
  maxNestingDepth: 2,
  maxFiltersPerGroup: 15,
});

/** Fills unset limits with Intercom's and refuses values that are not positive integers. */
export const resolveLimits = (limits: Partial<SearchLimits> | undefined): SearchLimits => {
  if (limits === undefined) return defaultSearchLimits;
  const resolved = { ...defaultSearchLimits, ...limits };
  for (const key of ['maxNestingDepth', 'maxFiltersPerGroup'] as const) {
    const value: unknown = resolved[key];
    if (!Number.isSafeInteger(value) || (value as number) < 1) {
      throw new SearchQueryError(
        'invalid_limits',
        `limits.${key} must be a positive integer; got ${describeValue(value)}.`,
      );
    }
  }
  return Object.freeze(resolved);
};
