import type { SearchContext } from '../catalog/context';
import { SearchQueryError } from '../errors';
import { MAX_WRITTEN_DEPTH } from '../limits';
import { type FilterValue, type ListItem, type NodeVisitor, type QueryNode, visitNode } from '../nodes';
import { formatIsoDate } from '../values';
import { isKeyword } from './lexer';

interface PrintState {
  readonly context: SearchContext | undefined;
  depth: number;
}

const PLAIN_FIELD = /^[A-Za-z_][A-Za-z0-9_.-]*$/;

/** Prints a tree in the text syntax, with only the parentheses precedence needs (NOT > AND > OR). */
export const printText = (node: QueryNode, context: SearchContext | undefined): string =>
  visitNode(node, printer, { context, depth: 0 });

const printer: NodeVisitor<PrintState, string> = {
  filter: (node, state) => {
    const isDate = state.context !== undefined && fieldIsDate(state.context, node.field);
    return `${printField(node.field)} ${node.operator} ${printValue(node.value, isDate)}`;
  },
  and: (node, state) =>
    node.operands.map((operand) => printOperand(operand, state, operand.kind === 'or')).join(' AND '),
  or: (node, state) => node.operands.map((operand) => printOperand(operand, state, false)).join(' OR '),
  not: (node, state) => {
    const operand = node.operand;
    return `NOT ${printOperand(operand, state, operand.kind === 'and' || operand.kind === 'or')}`;
  },
};

const printOperand = (node: QueryNode, state: PrintState, parenthesise: boolean): string => {
  if (++state.depth > MAX_WRITTEN_DEPTH) {
    throw new SearchQueryError('nesting_too_deep', `The query nests more than ${MAX_WRITTEN_DEPTH} groups or not()s.`);
  }
  const text = visitNode(node, printer, state);
  state.depth--;
  return parenthesise ? `(${text})` : text;
};

const printField = (field: string): string =>
  PLAIN_FIELD.test(field) && !isKeyword(field) ? field : `"${field.replaceAll('"', '""')}"`;

const printValue = (value: FilterValue, isDate: boolean): string => {
  if (Array.isArray(value)) return `(${value.map((item: ListItem) => printScalar(item, isDate)).join(', ')})`;
  return printScalar(value as ListItem | null, isDate);
};

const printScalar = (value: ListItem | null, isDate: boolean): string => {
  if (value === null) return 'NULL';
  if (typeof value === 'boolean') return value ? 'TRUE' : 'FALSE';
  if (typeof value === 'number')
    return isDate && Number.isInteger(value) && value >= 0 ? formatIsoDate(value) : String(value);
  return `'${value.replaceAll("'", "''")}'`;
};

/** Dates of a bound field print as ISO dates, which read better and parse back to the same seconds. */
const fieldIsDate = (context: SearchContext, field: string): boolean => {
  const { catalog } = context;
  if (Object.hasOwn(catalog.fields, field)) return catalog.fields[field] === 'date';
  const prefix = catalog.attributes?.prefix;
  if (prefix === undefined || !field.startsWith(prefix)) return false;
  const name = field.slice(prefix.length);
  return Object.hasOwn(context.attributes, name) && context.attributes[name] === 'date';
};
