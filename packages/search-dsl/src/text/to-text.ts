import { SearchQueryError } from '../errors';
import { type Expression, isExpression } from '../expression';
import { printText } from './printer';

/** Prints an expression in the text syntax; `parseWhere(toText(e))` compiles to the same JSON as `e`. */
export const toText = (expression: Expression): string => {
  if (!isExpression(expression)) {
    throw new SearchQueryError(
      'invalid_query_shape',
      'toText() takes an expression; use fromJSON() first for raw JSON.',
    );
  }
  return printText(expression.node, expression.context);
};
