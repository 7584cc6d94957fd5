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

/**
 * One bit per operator (0 for anything else), so that a set of operators is a number and checking
 * membership is one AND. A switch: it runs for every filter, and is several times faster than a
 * property lookup with a key that varies. The test beside this file checks it against filterOperators.
 */
export const operatorBit = (operator: unknown): number => {
  switch (operator) {
    case '=':
      return 0x1;
    case '!=':
      return 0x2;
    case 'IN':
      return 0x4;
    case 'NIN':
      return 0x8;
    case '<':
      return 0x10;
    case '<=':
      return 0x20;
    case '>':
      return 0x40;
    case '>=':
      return 0x80;
    case '~':
      return 0x100;
    case '!~':
      return 0x200;
    case '^':
      return 0x400;
    case '$':
      return 0x800;
    default:
      return 0;
  }
};

/** The bit set of a list of operators. */
export const operatorBits = (operators: readonly Operator[]): number => {
  let bits = 0;
  for (const operator of operators) bits |= operatorBit(operator);
  return bits;
};

export const isOperator = (value: unknown): value is Operator => operatorBit(value) !== 0;

/** Operators whose value is a list. */
export const isListOperator = (operator: Operator): operator is 'IN' | 'NIN' => operator === 'IN' || operator === 'NIN';

/** Operators that compare order and therefore need a number, a date or a string. */
export const isRangeOperator = (operator: Operator): boolean =>
  operator === '<' || operator === '>' || operator === '<=' || operator === '>=';

/** Operators that look for a substring and therefore need a string. */
export const isTextOperator = (operator: Operator): boolean =>
  operator === '~' || operator === '!~' || operator === '^' || operator === '$';
