import { createContext, type SearchContext, withAttributes } from './catalog/context';
import { catalogFor } from './catalog/registry';
import { compileNode } from './compile';
import { emitQuery } from './emit';
import { SearchQueryError } from './errors';
import { type Expression, isExpression } from './expression';
import type { ResourceOptions } from './from-json';
import type { SearchQueryJSON } from './json';
import { resolveLimits } from './limits';
import { normalizeQueryJSON } from './normalize/raw';

/**
 * Full validation against one resource's catalog, returning the canonical JSON to send. Takes an
 * expression or raw query JSON (for a proxy or an emulator checking incoming bodies).
 */
export const compileQuery = (input: Expression | SearchQueryJSON, options: ResourceOptions): SearchQueryJSON => {
  const catalog = catalogFor(options.resource);
  const limits = resolveLimits(options.limits);
  if (!isExpression(input)) {
    const context = createContext(catalog, options.attributeTypes, 'allow');
    return emitQuery(normalizeQueryJSON(input, context), limits);
  }
  let context: SearchContext | undefined = input.context;
  if (context !== undefined && context.catalog.resource !== catalog.resource) {
    throw new SearchQueryError(
      'resource_mismatch',
      `This query was built for ${context.catalog.resource} and cannot search ${catalog.resource}.`,
    );
  }
  if (context === undefined) context = createContext(catalog, options.attributeTypes, 'allow');
  else if (options.attributeTypes !== undefined) context = withAttributes(context, options.attributeTypes);
  return compileNode(input.node, context, limits);
};
