import type { Operator } from './operators';

/** One element of an IN/NIN list. Booleans are kept here and expanded before the JSON is emitted. */
export type ListItem = string | number | boolean;

/** A filter value after its shape was checked: dates are unix seconds by now. */
export type FilterValue = string | number | boolean | null | readonly ListItem[];

export interface FilterNode {
  readonly kind: 'filter';
  readonly field: string;
  readonly operator: Operator;
  readonly value: FilterValue;
}

export interface AndNode {
  readonly kind: 'and';
  readonly operands: readonly QueryNode[];
}

export interface OrNode {
  readonly kind: 'or';
  readonly operands: readonly QueryNode[];
}

/** Negation exists only in the tree: compiling pushes it down to the filters. */
export interface NotNode {
  readonly kind: 'not';
  readonly operand: QueryNode;
}

export type QueryNode = FilterNode | AndNode | OrNode | NotNode;
export type NodeKind = QueryNode['kind'];
export type NodeOfKind<K extends NodeKind> = Extract<QueryNode, { kind: K }>;

/** A pass over the tree. Keyed by every node kind, so a new kind fails to compile until each pass handles it. */
export type NodeVisitor<Context, Result> = {
  readonly [K in NodeKind]: (node: NodeOfKind<K>, context: Context) => Result;
};

export const visitNode = <Context, Result>(
  node: QueryNode,
  visitor: NodeVisitor<Context, Result>,
  context: Context,
): Result => (visitor[node.kind] as (node: QueryNode, context: Context) => Result)(node, context);

/* @__NO_SIDE_EFFECTS__ */
export const filterNode = (field: string, operator: Operator, value: FilterValue): FilterNode =>
  Object.freeze({ kind: 'filter', field, operator, value });

/** Takes ownership of `operands` (freezing it), so pass an array nobody else holds. */
/* @__NO_SIDE_EFFECTS__ */
export const andNode = (operands: QueryNode[]): AndNode =>
  Object.freeze({ kind: 'and', operands: Object.freeze(operands) });

/** Takes ownership of `operands` (freezing it), so pass an array nobody else holds. */
/* @__NO_SIDE_EFFECTS__ */
export const orNode = (operands: QueryNode[]): OrNode =>
  Object.freeze({ kind: 'or', operands: Object.freeze(operands) });

/* @__NO_SIDE_EFFECTS__ */
export const notNode = (operand: QueryNode): NotNode => Object.freeze({ kind: 'not', operand });

/** How a parser creates filters. */
export interface FilterFactories<Filter> {
  /** Takes ownership of a filter's new list of values. */
  readonly list: (items: ListItem[]) => readonly ListItem[];
  readonly filter: (field: string, operator: Operator, value: FilterValue) => Filter;
}

/**
 * How a parser creates nodes: frozen or plain tree nodes, or nodes normalised as they are made.
 * Lets a tree that never leaves one compilation skip freezing, or not be built at all.
 */
export interface NodeFactories<Node = QueryNode, Filter extends Node = Node> extends FilterFactories<Filter> {
  /** Takes ownership of `operands`. */
  readonly and: (operands: Node[]) => Node;
  readonly or: (operands: Node[]) => Node;
}

/** Frozen nodes, for trees that end up in an expression. */
export const frozenNodes: NodeFactories<QueryNode, FilterNode> = {
  list: Object.freeze,
  filter: filterNode,
  and: andNode,
  or: orNode,
};

/** Plain nodes for a tree compiled and dropped at once (freezing dominates the cost of parsing). */
export const transientNodes: NodeFactories<QueryNode, FilterNode> = {
  list: (items) => items,
  filter: (field, operator, value) => ({ kind: 'filter', field, operator, value }),
  and: (operands) => ({ kind: 'and', operands }),
  or: (operands) => ({ kind: 'or', operands }),
};
