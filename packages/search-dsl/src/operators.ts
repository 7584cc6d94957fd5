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
