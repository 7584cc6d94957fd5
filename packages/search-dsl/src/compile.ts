import type { SearchContext } from './catalog/context';
import { emitQuery } from './emit';
import type { SearchQueryJSON } from './json';
import { defaultSearchLimits, type SearchLimits } from './limits';
import type { QueryNode } from './nodes';
import { normalize } from './normalize/normalize';

/**
 * The whole pipeline for one tree: check each filter (against the catalog when there is one),
 * normalise, enforce the limits and emit the canonical JSON.
 */
export const compileNode = (
  node: QueryNode,
  context: SearchContext | undefined,
  limits: SearchLimits = defaultSearchLimits,
): SearchQueryJSON => emitQuery(normalize(node, context), limits);
