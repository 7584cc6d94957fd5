import { describe, expect, it } from 'vitest';
import {
  andNode,
  filterNode,
  frozenNodes,
  type NodeVisitor,
  notNode,
  orNode,
  type QueryNode,
  transientNodes,
  visitNode,
} from './nodes';

describe('node factories', () => {
  it('create frozen nodes and freeze the operand list they take over', () => {
    const operands: QueryNode[] = [filterNode('a', '=', 1), filterNode('b', '=', 2)];
    const group = andNode(operands);
    expect(Object.isFrozen(group)).toBe(true);
    expect(group.operands).toBe(operands);
    expect(Object.isFrozen(operands)).toBe(true);
    expect(Object.isFrozen(orNode([filterNode('a', '=', 1)]))).toBe(true);
    expect(Object.isFrozen(notNode(filterNode('a', '=', 1)))).toBe(true);
  });

  it('offer frozen and transient sets with the same shapes', () => {
    const frozen = frozenNodes.and([frozenNodes.filter('a', '=', 1)]);
    const transient = transientNodes.and([transientNodes.filter('a', '=', 1)]);
    expect(transient).toEqual(frozen);
    expect(Object.isFrozen(frozen)).toBe(true);
    expect(Object.isFrozen(transient)).toBe(false);
    expect(transientNodes.or([])).toEqual({ kind: 'or', operands: [] });
  });
});

describe('visitNode', () => {
  it('dispatches on the node kind', () => {
    const count: NodeVisitor<void, number> = {
      filter: () => 1,
      and: (node) => node.operands.reduce((sum, operand) => sum + visitNode(operand, count, undefined), 0),
      or: (node) => node.operands.reduce((sum, operand) => sum + visitNode(operand, count, undefined), 0),
      not: (node) => visitNode(node.operand, count, undefined),
    };
    const tree = andNode([
      filterNode('a', '=', 1),
      notNode(orNode([filterNode('b', '=', 2), filterNode('c', '=', 3)])),
    ]);
    expect(visitNode(tree, count, undefined)).toBe(3);
  });
});
