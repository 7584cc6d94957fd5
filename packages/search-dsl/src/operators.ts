/** The filter operators of Intercom's search API, keyed by the builder method that emits each. */
export const operators = {
  eq: '=',
  ne: '!=',
  in: 'IN',
  nin: 'NIN',
  gt: '>',
  lt: '<',
  gte: '>=',
  lte: '<=',
  contains: '~',
  notContains: '!~',
  startsWith: '^',
  endsWith: '$',
} as const;

export type OperatorMethod = keyof typeof operators;
export type Operator = (typeof operators)[OperatorMethod];
export type GroupOperator = 'AND' | 'OR';

/** Every filter operator, in the order of the `single_filter_search_request` enum. */
export const filterOperators: readonly Operator[] = ['=', '!=', 'IN', 'NIN', '<', '<=', '>', '>=', '~', '!~', '^', '$'];

/**
 * The operator matching exactly the values the given one does not (for non-null field values).
 * `^` and `$` have no complement in the API, hence `undefined`.
 */
export const negatedOperator: Readonly<Record<Operator, Operator | undefined>> = {
  '=': '!=',
  '!=': '=',
  IN: 'NIN',
  NIN: 'IN',
  '<': '>=',
  '>=': '<',
  '>': '<=',
  '<=': '>',
  '~': '!~',
  '!~': '~',
  '^': undefined,
  $: undefined,
};

export const isOperator = (value: unknown): value is Operator =>
  typeof value === 'string' && Object.hasOwn(negatedOperator, value);

/** Operators whose value is a list. */
export const isListOperator = (operator: Operator): operator is 'IN' | 'NIN' => operator === 'IN' || operator === 'NIN';

/** Operators that compare order and therefore need a number, a date or a string. */
export const isRangeOperator = (operator: Operator): boolean =>
  operator === '<' || operator === '>' || operator === '<=' || operator === '>=';

/** Operators that look for a substring and therefore need a string. */
export const isTextOperator = (operator: Operator): boolean =>
  operator === '~' || operator === '!~' || operator === '^' || operator === '$';
