import type { SearchContext } from '../catalog/context';
import { SearchQueryError } from '../errors';
import { MAX_WRITTEN_DEPTH } from '../limits';
import type { FilterValue, NodeFactories, QueryNode } from '../nodes';
import type { Operator } from '../operators';
import { coerceValue } from '../validate/coerce';
import {
  checkOperatorAllowed,
  type FieldRule,
  type FixedFieldRules,
  fixedRulesOf,
  resolveField,
} from '../validate/field';
import { canonicalFilter, negatedFilter } from './filter';
import { addFlattened, buildGroup, finishGroup } from './group';
import type { NormalNode } from './normal-form';

export interface NormalizeState {
  readonly context: SearchContext | undefined;
  /** Path of the node being visited, in the tree as written; pushed and popped to avoid copies. */
  readonly path: (string | number)[];
  /** Whether an odd number of not() encloses the node. */
  negated: boolean;
  /** Groups and not() enclosing the node as written. */
  depth: number;
  /** The catalog's field rules, looked up once per compilation rather than once per filter. */
  readonly rules: FixedFieldRules | undefined;
}

/**
 * Brings a tree to canonical form, checking each filter against the catalog when one is given:
 * negation is pushed to the filters (De Morgan), then groups are flattened, merged, deduplicated
 * and sorted bottom-up, so equivalent trees that differ only in operand order come out identical.
 */
export const normalize = (node: QueryNode, context: SearchContext | undefined): NormalNode =>
  normalizeNode(node, normalizeState(context));

export const normalizeState = (context: SearchContext | undefined): NormalizeState => ({
  context,
  path: [],
  negated: false,
  depth: 0,
  rules: context === undefined ? undefined : fixedRulesOf(context.catalog),
});

/**
 * Factories with which a parser of raw JSON (which has no not()) hands each node to normalisation
 * as it creates it, so no tree is built in between. The parser must share `state.path`.
 */
export const normalizingNodes = (state: NormalizeState): NodeFactories<NormalNode> => ({
  list: (items) => items,
  filter: (field, operator, value) => normalizeFilter(field, operator, value, state),
  and: (operands) => buildGroup('and', operands),
  or: (operands) => buildGroup('or', operands),
});

// A switch rather than a visitor table: it runs once per node, and a keyed call through an object
// of closures costs more than the rest of the dispatch. Without a case for a new node kind, the
// function no longer returns on every path and fails to compile.
const normalizeNode = (node: QueryNode, state: NormalizeState): NormalNode => {
  switch (node.kind) {
    case 'filter':
      return normalizeFilter(node.field, node.operator, node.value, state);
    case 'and':
    case 'or':
      return normalizeGroup(node.kind, node.operands, state);
    case 'not': {
      state.negated = !state.negated;
      enter(state);
      const result = normalizeNode(node.operand, state);
      state.depth--;
      state.negated = !state.negated;
      return result;
    }
  }
};

const normalizeFilter = (field: string, operator: Operator, value: FilterValue, state: NormalizeState): NormalNode => {
  const { context, path } = state;
  let rule: FieldRule | undefined;
  if (context !== undefined) {
    rule = resolveField(context, field, path, state.rules);
    checkOperatorAllowed(context, rule, operator, path);
    value = coerceValue(context, rule, operator, value, path);
  }
  return state.negated
    ? negatedFilter(field, operator, value, rule, path)
    : canonicalFilter(field, operator, value, rule);
};

const normalizeGroup = (kind: 'and' | 'or', operands: readonly QueryNode[], state: NormalizeState): NormalNode => {
  if (operands.length === 0) {
    throw new SearchQueryError('empty_group', `An ${kind.toUpperCase()} group needs at least one member.`, {
      path: state.path,
    });
  }
  // De Morgan: not(a AND b) = not a OR not b.
  const effective = state.negated ? (kind === 'and' ? 'or' : 'and') : kind;
  const members: NormalNode[] = [];
  enter(state);
  for (let index = 0; index < operands.length; index++) {
    state.path.push(index);
    addFlattened(effective, members, normalizeNode(operands[index] as QueryNode, state));
    state.path.pop();
  }
  state.depth--;
  return finishGroup(effective, members);
};

const enter = (state: NormalizeState): void => {
  if (++state.depth > MAX_WRITTEN_DEPTH) {
    throw new SearchQueryError(
      'nesting_too_deep',
      `The query as written nests more than ${MAX_WRITTEN_DEPTH} groups or not()s; no search needs that many.`,
      { path: state.path },
    );
  }
};
