import type { SearchQueryJSON, SingleFilterJSON } from '../json';
import type { FilterValue, QueryNode } from '../nodes';
import type { Operator } from '../operators';

/** A record to match: field name → value (every field the query names is present). */
export type TestRecord = Readonly<Record<string, string | number | boolean>>;

/**
 * A deliberately plain reference semantics for queries, independent of the compiler: used to
 * show that normalisation keeps the meaning. Dates are compared as the unix seconds they are.
 */
export const evaluateTree = (node: QueryNode, record: TestRecord): boolean => {
  switch (node.kind) {
    case 'filter':
      return matches(record[node.field], node.operator, node.value);
    case 'and':
      return node.operands.every((operand) => evaluateTree(operand, record));
    case 'or':
      return node.operands.some((operand) => evaluateTree(operand, record));
    case 'not':
      return !evaluateTree(node.operand, record);
  }
};

export const evaluateJSON = (query: SearchQueryJSON, record: TestRecord): boolean => {
  if ('field' in query) return matchesFilter(query, record);
  const members = query.value as readonly SearchQueryJSON[];
  return query.operator === 'AND'
    ? members.every((member) => evaluateJSON(member, record))
    : members.some((member) => evaluateJSON(member, record));
};

const matchesFilter = (filter: SingleFilterJSON, record: TestRecord): boolean =>
  matches(record[filter.field], filter.operator, filter.value as FilterValue);

/** Wire values may carry a fractional number as its decimal string; compare such pairs as numbers. */
const same = (actual: unknown, expected: unknown): boolean => {
  if (typeof actual === 'number' && typeof expected === 'string') return Number(expected) === actual;
  return actual === expected;
};

const compare = (actual: unknown, expected: unknown): number => {
  const right = typeof actual === 'number' && typeof expected === 'string' ? Number(expected) : expected;
  if (typeof actual === 'number' && typeof right === 'number') return actual - right;
  if (typeof actual === 'string' && typeof right === 'string') return actual < right ? -1 : actual > right ? 1 : 0;
  return Number.NaN;
};

const matches = (actual: unknown, operator: Operator, expected: FilterValue): boolean => {
  const list = Array.isArray(expected) ? (expected as readonly unknown[]) : [];
  switch (operator) {
    case '=':
      return same(actual, expected);
    case '!=':
      return !same(actual, expected);
    case 'IN':
      return list.some((item) => same(actual, item));
    case 'NIN':
      return !list.some((item) => same(actual, item));
    case '<':
      return compare(actual, expected) < 0;
    case '<=':
      return compare(actual, expected) <= 0;
    case '>':
      return compare(actual, expected) > 0;
    case '>=':
      return compare(actual, expected) >= 0;
    case '~':
      return typeof actual === 'string' && actual.includes(expected as string);
    case '!~':
      return typeof actual === 'string' && !actual.includes(expected as string);
    case '^':
      return typeof actual === 'string' && actual.startsWith(expected as string);
    case '$':
      return typeof actual === 'string' && actual.endsWith(expected as string);
  }
};
