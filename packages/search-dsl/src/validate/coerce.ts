import type { SearchContext } from '../catalog/context';
import type { FieldType } from '../catalog/types';
import { SearchQueryError, type SearchQueryPath } from '../errors';
import type { FilterValue, ListItem } from '../nodes';
import { type Operator, operatorBits } from '../operators';
import { MAX_UNIX_SECONDS, parseIsoDate } from '../values';
import { describeList, describeValue } from './describe';
import { checkOperatorAllowed, type FieldRule } from './field';

const INTEGER_TEXT = /^-?\d+$/;
const DECIMAL_TEXT = /^-?\d+(?:\.\d+)?$/;

/**
 * Checks a filter's value against its field's type and returns it in the form the API expects
 * (dates and numeric strings become numbers). Returns the same reference when nothing changed.
 */
export const coerceValue = (
  context: SearchContext,
  rule: FieldRule,
  operator: Operator,
  value: FilterValue,
  path: SearchQueryPath,
): FilterValue => {
  if (rule.types.length !== 1) return checkUndeclaredAttribute(context, rule, operator, value, path);
  const type = rule.types[0] as FieldType;
  if (value === null) return value;
  if (!Array.isArray(value)) return coerceItem(type, rule, operator, value as ListItem, path, undefined);
  let coerced: ListItem[] | undefined;
  for (let index = 0; index < value.length; index++) {
    const item = value[index] as ListItem;
    const result = coerceItem(type, rule, operator, item, path, index);
    if (result !== item && coerced === undefined) coerced = value.slice(0, index);
    coerced?.push(result);
  }
  return coerced === undefined ? value : Object.freeze(coerced);
};

const coerceItem = (
  type: FieldType,
  rule: FieldRule,
  operator: Operator,
  item: ListItem,
  path: SearchQueryPath,
  index: number | undefined,
): ListItem => {
  switch (type) {
    case 'string':
      if (typeof item !== 'string') break;
      if (rule.enumValues !== undefined && isEqualityOperator(operator) && !rule.enumValues.includes(item)) {
        throw new SearchQueryError(
          'enum_value_not_allowed',
          `\`${rule.field}\` is one of ${describeList(rule.enumValues)}; got ${describeValue(item)}.`,
          { path: valuePath(path, index) },
        );
      }
      return item;
    case 'boolean':
      if (typeof item === 'boolean') return item;
      break;
    case 'integer':
      if (typeof item === 'number' && Number.isInteger(item)) return item;
      if (typeof item === 'string' && INTEGER_TEXT.test(item) && Number.isSafeInteger(Number(item)))
        return Number(item);
      break;
    case 'float':
      if (typeof item === 'number') return item;
      if (typeof item === 'string' && DECIMAL_TEXT.test(item)) return Number(item);
      break;
    case 'date':
      return coerceDate(rule, item, path, index);
  }
  throw new SearchQueryError(
    'invalid_value',
    `\`${rule.field}\` is a ${type} field; got ${describeValue(item)}. Pass ${expectedValue[type]}.`,
    { path: valuePath(path, index) },
  );
};

const expectedValue: { readonly [T in FieldType]: string } = {
  string: 'a string',
  boolean: 'true or false',
  integer: 'a whole number',
  float: 'a number',
  date: 'a Date, an ISO-8601 string or unix seconds',
};

const coerceDate = (rule: FieldRule, item: ListItem, path: SearchQueryPath, index: number | undefined): number => {
  let seconds: number | undefined;
  if (typeof item === 'number') seconds = item;
  else if (typeof item === 'string') seconds = INTEGER_TEXT.test(item) ? Number(item) : parseIsoDate(item);
  if (seconds === undefined) {
    throw new SearchQueryError(
      typeof item === 'string' ? 'invalid_date' : 'invalid_value',
      `\`${rule.field}\` is a date field; ${describeValue(item)} is not a date. ` +
        `Pass a Date, unix seconds, or ISO-8601 like '2025-01-01' or '2025-01-01T10:00:00Z' (a time needs a zone).`,
      { path: valuePath(path, index) },
    );
  }
  if (!Number.isInteger(seconds)) {
    throw new SearchQueryError(
      'invalid_value',
      `\`${rule.field}\` takes whole unix seconds; got ${seconds}. Round it, e.g. Math.floor(value).`,
      { path: valuePath(path, index) },
    );
  }
  if (seconds > MAX_UNIX_SECONDS) {
    throw new SearchQueryError(
      'date_in_milliseconds',
      `\`${rule.field}\` got ${seconds}, which as unix seconds is after the year 5000: it looks like milliseconds. ` +
        'Pass seconds (Math.floor(ms / 1000)) or a Date.',
      { path: valuePath(path, index) },
    );
  }
  if (seconds < 0) {
    throw new SearchQueryError(
      'invalid_date',
      `\`${rule.field}\` got ${describeValue(item)}, a date before 1970; Intercom timestamps are unix seconds from 1970.`,
      { path: valuePath(path, index) },
    );
  }
  return seconds;
};

/**
 * An undeclared attribute takes the first type, among those its pattern allows, that both fits
 * the value and accepts the operator (a string compared with > is read as a date).
 */
const checkUndeclaredAttribute = (
  context: SearchContext,
  rule: FieldRule,
  operator: Operator,
  value: FilterValue,
  path: SearchQueryPath,
): FilterValue => {
  const sample = Array.isArray(value) ? value[0] : value;
  if (sample === null || sample === undefined) return value;
  const fitting = candidateTypes(sample).filter((type) => rule.types.includes(type));
  if (fitting.length === 0) {
    throw new SearchQueryError(
      'invalid_value',
      `\`${rule.field}\` can be ${rule.types.join(', ')}; ${describeValue(sample)} is none of these.`,
      { path: [...path, 'value'] },
    );
  }
  const type = fitting.find((candidate) => context.catalog.operators[candidate].includes(operator)) ?? fitting[0];
  const operators = context.catalog.operators[type as FieldType];
  const typed: FieldRule = { ...rule, types: [type as FieldType], operators, operatorBits: operatorBits(operators) };
  checkOperatorAllowed(context, typed, operator, path);
  return coerceValue(context, typed, operator, value, path);
};

const candidateTypes = (item: ListItem): readonly FieldType[] => {
  if (typeof item === 'string') return ['string', 'date'];
  if (typeof item === 'boolean') return ['boolean'];
  return Number.isInteger(item) ? ['integer', 'date', 'float'] : ['float'];
};

const isEqualityOperator = (operator: Operator): boolean =>
  operator === '=' || operator === '!=' || operator === 'IN' || operator === 'NIN';

const valuePath = (path: SearchQueryPath, index: number | undefined): SearchQueryPath =>
  index === undefined ? [...path, 'value'] : [...path, 'value', index];
