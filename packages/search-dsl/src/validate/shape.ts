import { SearchQueryError, type SearchQueryPath } from '../errors';
import { type FilterFactories, type FilterNode, type FilterValue, frozenNodes, type ListItem } from '../nodes';
import {
  filterOperators,
  isListOperator,
  isOperator,
  isRangeOperator,
  isTextOperator,
  type Operator,
} from '../operators';
import { unixSecondsOfDate } from '../values';
import { describeValue } from './describe';

// Frequent spellings from other query languages, mapped to the API's operator.
const operatorHints: { readonly [spelling: string]: Operator } = {
  '==': '=',
  '===': '=',
  '<>': '!=',
  '!==': '!=',
  in: 'IN',
  nin: 'NIN',
  'not in': 'NIN',
  contains: '~',
};

/**
 * Checks what can be checked without knowing the resource: a field name, a known operator and a
 * value whose shape fits the operator. Dates become unix seconds here. Returns a frozen filter node,
 * or what the given factories make of the checked filter.
 */
export function checkFilterShape(field: unknown, operator: unknown, value: unknown, path: SearchQueryPath): FilterNode;
export function checkFilterShape<Filter>(
  field: unknown,
  operator: unknown,
  value: unknown,
  path: SearchQueryPath,
  nodes: FilterFactories<Filter>,
): Filter;
export function checkFilterShape(
  field: unknown,
  operator: unknown,
  value: unknown,
  path: SearchQueryPath,
  nodes: FilterFactories<unknown> = frozenNodes,
): unknown {
  checkFieldName(field, path);
  if (!isOperator(operator)) {
    const hint = typeof operator === 'string' ? operatorHints[operator.toLowerCase()] : undefined;
    throw new SearchQueryError(
      'unknown_operator',
      `\`${field}\`: ${describeValue(operator)} is not a search operator${hint ? `; use '${hint}'` : ''}. ` +
        `Operators are ${filterOperators.join(' ')}.`,
      { path: [...path, 'operator'] },
    );
  }
  const checked = isListOperator(operator)
    ? nodes.list(checkList(field, operator, value, path))
    : checkScalar(field, operator, value, path);
  return nodes.filter(field, operator, checked);
}

export function checkFieldName(field: unknown, path: SearchQueryPath): asserts field is string {
  if (typeof field !== 'string' || (!startsVisible(field) && field.trim().length === 0)) {
    throw new SearchQueryError(
      'invalid_field_name',
      `A filter's field must be a non-empty string such as 'state'; got ${describeValue(field)}.`,
      { path: [...path, 'field'] },
    );
  }
}

/** A first character in printable ASCII: the name is not blank, known without trimming a copy. */
const startsVisible = (text: string): boolean => {
  const code = text.charCodeAt(0);
  return code > 0x20 && code < 0x7f;
};

const checkList = (field: string, operator: Operator, value: unknown, path: SearchQueryPath): ListItem[] => {
  if (!Array.isArray(value)) {
    throw new SearchQueryError(
      'invalid_value',
      `\`${field}\` ${operator} needs a list of values; got ${describeValue(value)}. For a single value use ${operator === 'IN' ? '=' : '!='}.`,
      { path: [...path, 'value'] },
    );
  }
  if (value.length === 0) {
    throw new SearchQueryError(
      'empty_list',
      `\`${field}\` ${operator} got an empty list, which the API refuses; pass at least one value or drop the filter.`,
      { path: [...path, 'value'] },
    );
  }
  const items: ListItem[] = [];
  let booleans = 0;
  for (let index = 0; index < value.length; index++) {
    const item = scalarInput(field, operator, value[index], path, index);
    if (item === null) {
      throw new SearchQueryError(
        'invalid_value',
        `\`${field}\` ${operator} lists cannot contain null; use ${operator === 'IN' ? '=' : '!='} null as a separate filter.`,
        { path: [...path, 'value', index] },
      );
    }
    if (typeof item === 'boolean') booleans++;
    items.push(item);
  }
  if (booleans > 0 && booleans < items.length) {
    throw new SearchQueryError(
      'invalid_value',
      `\`${field}\` ${operator} mixes booleans with other values; a field has one type, so use one kind of value.`,
      { path: [...path, 'value'] },
    );
  }
  return items;
};

const checkScalar = (field: string, operator: Operator, value: unknown, path: SearchQueryPath): FilterValue => {
  if (Array.isArray(value)) {
    throw new SearchQueryError(
      'invalid_value',
      `\`${field}\` ${operator} takes a single value, not a list; for several values use IN or NIN.`,
      { path: [...path, 'value'] },
    );
  }
  const scalar = scalarInput(field, operator, value, path, undefined);
  // Every operator that takes a single value takes a non-empty string: the usual case, settled at once.
  if (typeof scalar === 'string' && scalar.length > 0) return scalar;
  let problem: string | undefined;
  if ((scalar === null || typeof scalar === 'boolean') && operator !== '=' && operator !== '!=') {
    problem = `cannot compare with ${String(scalar)}; only = and != take ${scalar === null ? 'null' : 'a boolean'}`;
  } else if (isRangeOperator(operator) && typeof scalar !== 'number' && typeof scalar !== 'string') {
    problem = 'needs a number, a date or a string';
  } else if (isTextOperator(operator) && (typeof scalar !== 'string' || scalar.length === 0)) {
    problem = `looks for text and needs a non-empty string; got ${describeValue(value)}`;
  }
  if (problem !== undefined) {
    throw new SearchQueryError('invalid_value', `\`${field}\` ${operator} ${problem}.`, { path: [...path, 'value'] });
  }
  return scalar;
};

/** One scalar as the API can carry it: Date becomes unix seconds, numbers must be finite and safe. */
const scalarInput = (
  field: string,
  operator: Operator,
  value: unknown,
  filterPath: SearchQueryPath,
  index: number | undefined,
): ListItem | null => {
  if (typeof value === 'string' || typeof value === 'boolean' || value === null) return value;
  // Built only for an error, so checking a valid filter allocates nothing.
  const path = () => (index === undefined ? [...filterPath, 'value'] : [...filterPath, 'value', index]);
  if (value instanceof Date) {
    const seconds = unixSecondsOfDate(value);
    if (Number.isNaN(seconds)) {
      throw new SearchQueryError('invalid_date', `\`${field}\` ${operator} got an invalid Date.`, { path: path() });
    }
    return seconds;
  }
  if (typeof value === 'number') {
    if (!Number.isFinite(value) || (Number.isInteger(value) && !Number.isSafeInteger(value))) {
      throw new SearchQueryError(
        'invalid_value',
        `\`${field}\` ${operator} got ${describeValue(value)}; numbers must be finite and integers within ±2^53.`,
        { path: path() },
      );
    }
    // -0 is sent and printed as 0; keeping it would make equal queries compare unequal.
    return value === 0 ? 0 : value;
  }
  throw new SearchQueryError(
    'invalid_value',
    `\`${field}\` ${operator} got ${describeValue(value)}; a value is a string, number, boolean, Date or null.`,
    { path: path() },
  );
};
