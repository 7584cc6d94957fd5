import { createContext } from './catalog/context';
import { catalogFor } from './catalog/registry';
import type { AttributeTypes, ResourceName } from './catalog/types';
import { compileNode } from './compile';
import { SearchQueryError, type SearchQueryPath } from './errors';
import { Expression, withCatalogLookup } from './expression';
import { MAX_WRITTEN_DEPTH, resolveLimits, type SearchLimits } from './limits';
import { frozenNodes, type NodeFactories } from './nodes';
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

// What shapeKeysOf reports: a bit per key of the two shapes, or NOT_SHAPE.
const FIELD = 1;
const OPERATOR = 2;
const VALUE = 4;
const EXACT_FILTER = FIELD | OPERATOR | VALUE;
const EXACT_GROUP = OPERATOR | VALUE;
const NOT_SHAPE = -1;

/** Turns a raw `query` object into a tree, checking its structure and each filter's shape. */
export const parseQueryJSON = <Node>(
  raw: unknown,
  nodes: NodeFactories<Node>,
  path: (string | number)[] = [],
): Node => {
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
  // Exact key sets (the usual case) skip checkKeys; anything else gets its precise verdict there.
  const keys = shapeKeysOf(object);
  if (keys === EXACT_FILTER || Object.hasOwn(object, 'field')) {
    if (keys !== EXACT_FILTER) {
      checkKeys(object, FILTER_KEYS, 'A filter has exactly field, operator and value', path);
    }
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
  if (keys !== EXACT_GROUP) {
    checkKeys(object, GROUP_KEYS, "A group has exactly operator ('AND' or 'OR') and value (a list)", path);
  }
  if (!Array.isArray(value)) {
    throw shapeError(`A group's value is a list of members; got ${describeValue(value)}.`, [...path, 'value']);
  }
  if (value.length === 0) {
    throw new SearchQueryError('empty_group', `An ${operator} group needs at least one member.`, { path });
  }
  const operands: Node[] = new Array(value.length);
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
  rule: string,
  path: SearchQueryPath,
): void => {
  const present = Object.keys(object);
  for (const key of present) {
    if (!keys.includes(key)) throw shapeError(`${rule}: unexpected key ${JSON.stringify(key)}.`, [...path, key]);
  }
  if (present.length === keys.length) return;
  const missing = keys.find((key) => !Object.hasOwn(object, key)) as string;
  throw shapeError(`${rule}: missing ${missing}.`, [...path, missing]);
};

/**
 * Which of field, operator and value the object has, when those are all its enumerable keys and
 * all its own; NOT_SHAPE when it has any other. One pass and no key list: V8 compiles
 * hasOwnProperty.call inside for-in to a check of the enum cache, which Object.hasOwn does not get.
 */
const shapeKeysOf = (object: object): number => {
  let keys = 0;
  for (const key in object) {
    // biome-ignore lint/suspicious/noPrototypeBuiltins: the form V8 optimises inside for-in (see above).
    if (!Object.prototype.hasOwnProperty.call(object, key)) return NOT_SHAPE;
    if (key === 'field') keys |= FIELD;
    else if (key === 'operator') keys |= OPERATOR;
    else if (key === 'value') keys |= VALUE;
    else return NOT_SHAPE;
  }
  return keys;
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
  const node = parseQueryJSON(query, frozenNodes);
  if (options === undefined) {
    compileNode(node, undefined);
    return withCatalogLookup(new Expression(node, undefined), catalogFor);
  }
  const context = createContext(catalogFor(options.resource), options.attributeTypes, 'allow');
  compileNode(node, context, resolveLimits(options.limits));
  return new Expression(node, context);
}
