import { createContext } from './catalog/context';
import { catalogFor } from './catalog/registry';
import type { AttributeTypes, ResourceName } from './catalog/types';
import { compileNode } from './compile';
import { SearchQueryError, type SearchQueryPath } from './errors';
import { Expression, withCatalogLookup } from './expression';
import { MAX_WRITTEN_DEPTH, resolveLimits, type SearchLimits } from './limits';
import { frozenNodes, type NodeFactories, type QueryNode } from './nodes';
import { describeValue } from './validate/describe';
import { checkFilterShape } from './validate/shape';

/** Options of the functions that take a query from outside and check it against a resource. */
export interface ResourceOptions<R extends ResourceName = ResourceName> {
  readonly resource: R;
  /**
   * Types of `custom_attributes.<name>` (contacts) or `ticket_attribute.<id>` (tickets), keyed by
   * name/id. An attribute not declared here is accepted with any type its pattern allows, judged
   * by its value.
   */
  readonly attributeTypes?: AttributeTypes;
  readonly limits?: Partial<SearchLimits>;
}

const FILTER_KEYS: readonly string[] = ['field', 'operator', 'value'];
const GROUP_KEYS: readonly string[] = ['operator', 'value'];
const isFilterKey = (key: string): boolean => key === 'field' || key === 'operator' || key === 'value';
const isGroupKey = (key: string): boolean => key === 'operator' || key === 'value';

/** Turns a raw `query` object into a tree, checking its structure and each filter's shape. */
export const parseQueryJSON = (
  raw: unknown,
  nodes: NodeFactories = frozenNodes,
  path: (string | number)[] = [],
): QueryNode => {
  if (path.length > MAX_WRITTEN_DEPTH) {
    throw new SearchQueryError('nesting_too_deep', `The query nests more than ${MAX_WRITTEN_DEPTH} groups.`, { path });
  }
  if (typeof raw !== 'object' || raw === null || Array.isArray(raw)) {
    throw shapeError(
      `Expected a filter { field, operator, value } or a group { operator, value: [...] }; got ${describeValue(raw)}.`,
      path,
    );
  }
  const object = raw as Record<string, unknown>;
  if (Object.hasOwn(object, 'field')) {
    checkKeys(object, FILTER_KEYS, isFilterKey, 'A filter has exactly field, operator and value', path);
    // Field, operator and value get the detailed checks, whose messages say what to use instead.
    return checkFilterShape(object.field, object.operator, object.value, path, nodes);
  }
  if (Object.hasOwn(object, 'query'))
    throw shapeError('Got a whole request body; pass its `query` member instead.', path);
  const { operator, value } = object;
  if (operator !== 'AND' && operator !== 'OR') {
    throw new SearchQueryError(
      'unknown_operator',
      `A group's operator is AND or OR; got ${describeValue(operator)}. A filter also needs a field.`,
      { path: [...path, 'operator'] },
    );
  }
  checkKeys(object, GROUP_KEYS, isGroupKey, "A group has exactly operator ('AND' or 'OR') and value (a list)", path);
  if (!Array.isArray(value)) {
    throw shapeError(`A group's value is a list of members; got ${describeValue(value)}.`, [...path, 'value']);
  }
  if (value.length === 0) {
    throw new SearchQueryError('empty_group', `An ${operator} group needs at least one member.`, { path });
  }
  const operands: QueryNode[] = new Array(value.length);
  for (let index = 0; index < value.length; index++) {
    path.push(index);
    operands[index] = parseQueryJSON(value[index], nodes, path);
    path.pop();
  }
  return operator === 'AND' ? nodes.and(operands) : nodes.or(operands);
};

/** Exactly these keys: a missing one or an unknown one (nothing is silently ignored) is refused. */
const checkKeys = (
  object: Record<string, unknown>,
  keys: readonly string[],
  isKey: (key: string) => boolean,
  rule: string,
  path: SearchQueryPath,
): void => {
  const present = Object.keys(object);
  for (const key of present) {
    if (!isKey(key)) throw shapeError(`${rule}: unexpected key ${JSON.stringify(key)}.`, [...path, key]);
  }
  if (present.length === keys.length) return;
  const missing = keys.find((key) => !Object.hasOwn(object, key)) as string;
  throw shapeError(`${rule}: missing ${missing}.`, [...path, missing]);
};

const shapeError = (message: string, path: SearchQueryPath) =>
  new SearchQueryError('invalid_query_shape', message, { path });

/**
 * Checks a raw query (e.g. from a request body) and returns it as an expression. With a resource,
 * it is checked against that resource's catalog and the limits, and the expression is bound to it.
 */
export function fromJSON<R extends ResourceName>(query: unknown, options: ResourceOptions<R>): Expression<R>;
export function fromJSON(query: unknown): Expression<undefined>;
export function fromJSON(query: unknown, options?: ResourceOptions): Expression {
  const node = parseQueryJSON(query);
  if (options === undefined) {
    compileNode(node, undefined);
    return withCatalogLookup(new Expression(node, undefined), catalogFor);
  }
  const context = createContext(catalogFor(options.resource), options.attributeTypes, 'allow');
  compileNode(node, context, resolveLimits(options.limits));
  return new Expression(node, context);
}
