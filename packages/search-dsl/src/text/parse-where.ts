import { createContext, type SearchContext } from '../catalog/context';
import { catalogFor } from '../catalog/registry';
import type { ResourceName } from '../catalog/types';
import { compileNode } from '../compile';
import { SearchQueryError, type SearchQueryPath, type TextLocation } from '../errors';
import { Expression } from '../expression';
import type { ResourceOptions } from '../from-json';
import { resolveLimits, type SearchLimits } from '../limits';
import type { QueryNode } from '../nodes';
import { type ParsedText, parseText } from './parser';

/**
 * Parses a where-clause such as `state = 'open' AND (priority = 'priority' OR created_at > 2025-01-01)`.
 * With a resource, the query is checked against its catalog and limits and bound to it.
 * Errors name the line and column: of the syntax error, or of the filter that was refused.
 */
export function parseWhere<R extends ResourceName>(text: string, options: ResourceOptions<R>): Expression<R>;
export function parseWhere(text: string): Expression<undefined>;
export function parseWhere(text: string, options?: ResourceOptions): Expression {
  const parsed = parseText(text);
  const context =
    options === undefined ? undefined : createContext(catalogFor(options.resource), options.attributeTypes, 'allow');
  checkLocated(parsed, context, resolveLimits(options?.limits));
  return new Expression(parsed.node, context);
}

// Limit errors point into the canonical tree, not the text as written, so they keep their path only.
const CANONICAL_TREE_CODES: readonly string[] = ['nesting_too_deep', 'too_many_filters'];

const checkLocated = (parsed: ParsedText, context: SearchContext | undefined, limits: SearchLimits): void => {
  try {
    compileNode(parsed.node, context, limits);
  } catch (error) {
    if (!(error instanceof SearchQueryError) || CANONICAL_TREE_CODES.includes(error.code)) throw error;
    const location = locate(parsed, error.path);
    if (location === undefined) throw error;
    throw new SearchQueryError(error.code, `Line ${location.line}, column ${location.column}: ${error.message}`, {
      path: [],
      location,
    });
  }
};

/** The text location of the filter a written-tree path leads to (not() adds no step to a path). */
const locate = (parsed: ParsedText, path: SearchQueryPath): TextLocation | undefined => {
  let node: QueryNode | undefined = parsed.node;
  for (const step of path) {
    while (node?.kind === 'not') node = node.operand;
    if (typeof step !== 'number') break;
    node = node?.kind === 'and' || node?.kind === 'or' ? node.operands[step] : undefined;
  }
  while (node?.kind === 'not') node = node.operand;
  return node === undefined ? undefined : parsed.locations.get(node);
};
