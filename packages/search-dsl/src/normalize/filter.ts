import { SearchQueryError, type SearchQueryPath } from '../errors';
import type { WireScalar } from '../json';
import type { FilterValue, ListItem } from '../nodes';
import { isListOperator, negatedOperator, type Operator } from '../operators';
import type { FieldRule } from '../validate/field';
import { toWireScalar } from '../values';
import { buildGroup } from './group';
import { canonicalList } from './list';
import type { NormalNode } from './normal-form';

/**
 * The canonical form of one filter: lists deduplicated and sorted, a one-item IN/NIN becomes =/!=,
 * and a boolean IN/NIN (which the request schema cannot carry: its lists hold strings and
 * integers) becomes = / != filters joined by OR / AND.
 */
export const canonicalFilter = (
  field: string,
  operator: Operator,
  value: FilterValue,
  rule: FieldRule | undefined,
): NormalNode => {
  const rank = rule === undefined ? -1 : rule.rank;
  if (!isListOperator(operator)) {
    return { kind: 'filter', field, operator, value: toWireScalar(value as WireScalar), rule, rank };
  }
  const items = value as readonly ListItem[];
  const single = operator === 'IN' ? '=' : '!=';
  if (typeof items[0] === 'boolean') {
    const distinct = [...new Set(items)];
    const members = distinct.map((item) => canonicalFilter(field, single, item, rule));
    return members.length === 1 ? (members[0] as NormalNode) : buildGroup(operator === 'IN' ? 'or' : 'and', members);
  }
  const list = canonicalList(items as readonly (string | number)[]);
  if (list.length === 1) return canonicalFilter(field, single, list[0] as string | number, rule);
  return { kind: 'filter', field, operator, value: list, rule, rank };
};

// Where a field lacks the direct complement, an OR of two operators it does accept says the same
// (for any totally ordered values, and also under the contacts' day-by-day date comparison).
const complementAsOr: { readonly [operator in Operator]?: readonly [Operator, Operator] } = {
  '<=': ['<', '='],
  '>=': ['>', '='],
  '!=': ['<', '>'],
};

/** The filter matching exactly what the given one does not; refuses when no operator can say it. */
export const negatedFilter = (
  field: string,
  operator: Operator,
  value: FilterValue,
  rule: FieldRule | undefined,
  path: SearchQueryPath,
): NormalNode => {
  const complement = negatedOperator[operator];
  if (complement === undefined) {
    throw new SearchQueryError(
      'negation_not_expressible',
      `not(\`${field}\` ${operator} …) cannot be sent: the API has no "does not ${operator === '^' ? 'start' : 'end'} with" operator. ` +
        'Rewrite the condition without not().',
      { path },
    );
  }
  if (rule === undefined || rule.operators.includes(complement)) return canonicalFilter(field, complement, value, rule);
  const accepts = rule.operators;
  const pair = complementAsOr[complement];
  if (pair !== undefined && value !== null && !Array.isArray(value) && pair.every((op) => accepts.includes(op))) {
    return buildGroup('or', [
      canonicalFilter(field, pair[0], value, rule),
      canonicalFilter(field, pair[1], value, rule),
    ]);
  }
  throw new SearchQueryError(
    'negation_not_expressible',
    `not(\`${field}\` ${operator} …) needs ${complement}, which \`${field}\` does not accept (it accepts ${accepts.join(', ')}), ` +
      'and no combination of its operators says the same. Rewrite the condition without not().',
    { path },
  );
};
