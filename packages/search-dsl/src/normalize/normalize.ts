import type { SearchContext } from '../catalog/context';
import { SearchQueryError } from '../errors';
import { MAX_WRITTEN_DEPTH } from '../limits';
import { type NodeVisitor, type QueryNode, visitNode } from '../nodes';
import { coerceValue } from '../validate/coerce';
import { checkOperatorAllowed, type FixedFieldRules, fixedRulesOf, resolveField } from '../validate/field';
import { canonicalFilter, negatedFilter } from './filter';
import { addFlattened, finishGroup } from './group';
import type { NormalNode } from './normal-form';

interface NormalizeState {
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
  visitNode(node, normalizer, {
    context,
    path: [],
    negated: false,
    depth: 0,
    rules: context === undefined ? undefined : fixedRulesOf(context.catalog),
  });

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
    addFlattened(effective, members, visitNode(operands[index] as QueryNode, normalizer, state));
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

const normalizer: NodeVisitor<NormalizeState, NormalNode> = {
  filter: (node, state) => {
    const { context, path } = state;
    let value = node.value;
    let accepts: ReturnType<typeof resolveField>['operators'] | undefined;
    if (context !== undefined) {
      const rule = resolveField(context, node.field, path, state.rules);
      checkOperatorAllowed(context, rule, node.operator, path);
      value = coerceValue(context, rule, node.operator, value, path);
      accepts = rule.operators;
    }
    return state.negated
      ? negatedFilter(node.field, node.operator, value, accepts, path)
      : canonicalFilter(node.field, node.operator, value, accepts);
  },
  and: (node, state) => normalizeGroup('and', node.operands, state),
  or: (node, state) => normalizeGroup('or', node.operands, state),
  not: (node, state) => {
    state.negated = !state.negated;
    enter(state);
    const result = visitNode(node.operand, normalizer, state);
    state.depth--;
    state.negated = !state.negated;
    return result;
  },
};
