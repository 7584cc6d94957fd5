import { ApiError } from '../errors';
import { normalizeRecordValue } from './coerce';
import { startOfDay, startOfNextDay } from './days';
import { indexText } from './text-index';
import type { FieldSpec, FieldValue, Predicate, Scalar } from './types';

/**
 * The meaning of each operator on one field. A record with no value never satisfies `=`, IN,
 * comparisons or `~ ^ $`, and always satisfies their negations: `!=`, NIN and `!~` are exact
 * complements, so pushing a NOT through a query never changes its result.
 */
export function filterPredicate<R>(
  spec: FieldSpec<R>,
  field: string,
  operator: string,
  value: Scalar | null | Array<Scalar | null>,
  timeZone: string,
): Predicate<R> {
  const negate =
    (p: Predicate<R>): Predicate<R> =>
    (r) =>
      !p(r);
  switch (operator) {
    case '=':
      return equals(spec, single(value, field, operator), timeZone);
    case '!=':
      return negate(equals(spec, single(value, field, operator), timeZone));
    case 'IN':
      return anyOf(spec, list(value, field, operator), timeZone);
    case 'NIN':
      return negate(anyOf(spec, list(value, field, operator), timeZone));
    case '>':
    case '<':
    case '>=':
    case '<=':
      return compare(spec, operator, single(value, field, operator), timeZone);
    case '~':
      return textMatch(spec, single(value, field, operator), (text, v) => text.includes(v));
    case '!~':
      return negate(textMatch(spec, single(value, field, operator), (text, v) => text.includes(v)));
    case '^':
      return textMatch(spec, single(value, field, operator), (text, v) => text.startsWith(v));
    case '$':
      return textMatch(spec, single(value, field, operator), (text, v) => text.endsWith(v));
    default:
      throw new ApiError(400, 'parameter_invalid', `Unknown operator '${operator}' on field '${field}'`, field);
  }
}

function single(value: Scalar | null | Array<Scalar | null>, field: string, operator: string): Scalar | null {
  if (Array.isArray(value)) {
    throw new ApiError(
      400,
      'parameter_invalid',
      `Operator '${operator}' on '${field}' takes a single value, not an array; use IN or NIN for lists`,
      field,
    );
  }
  return value;
}

function list(value: Scalar | null | Array<Scalar | null>, field: string, operator: string): Array<Scalar | null> {
  if (!Array.isArray(value)) {
    throw new ApiError(400, 'parameter_invalid', `Operator '${operator}' on '${field}' takes an array value`, field);
  }
  return value;
}

const isEmpty = (raw: FieldValue) => raw === null || raw === undefined || (Array.isArray(raw) && raw.length === 0);

function equals<R>(spec: FieldSpec<R>, value: Scalar | null, timeZone: string): Predicate<R> {
  if (value === null) return (r) => isEmpty(spec.get(r));
  if (spec.words) {
    const word = String(value).trim();
    // A phrase never equals a single word: '=' on source.body matches words, not phrases.
    if (/\s/.test(word)) return () => false;
    return matchEach(spec, (v) => indexText(String(v)).words.has(word));
  }
  if (spec.dayGranularity && typeof value === 'number') {
    const from = startOfDay(value, timeZone);
    const to = startOfNextDay(value, timeZone);
    return matchEach(spec, (v) => Number(v) >= from && Number(v) < to);
  }
  return matchEach(spec, sameAs(spec.type, value));
}

/** Equality against one coerced value; strings compare case-insensitively. */
function sameAs(type: FieldSpec<unknown>['type'], value: Scalar): (v: Scalar) => boolean {
  if (type === 'string' && typeof value === 'string') {
    // Values without cased letters (ids, numbers) need no case folding: plain equality decides.
    if (value.toUpperCase() === value) return (v) => v === value || (typeof v !== 'string' && String(v) === value);
    return (v) =>
      v === value ||
      (typeof v === 'string'
        ? v.length === value.length && v.toLowerCase() === value
        : String(v).toLowerCase() === value);
  }
  return (v) => v === value || normalizeRecordValue(type, v) === value;
}

/** Applies `test` to a scalar record value directly, or to each element of a list value. */
function matchEach<R>(spec: FieldSpec<R>, test: (v: Scalar) => boolean): Predicate<R> {
  const get = spec.get;
  return (r) => {
    const raw = get(r);
    if (raw === null || raw === undefined) return false;
    if (typeof raw !== 'object') return test(raw);
    // Lists (ids, applied tags): inlined here because this loop runs for every record searched.
    const list = raw as readonly unknown[];
    for (let i = 0; i < list.length; i++) {
      const element = list[i];
      const item =
        typeof element === 'object' && element !== null
          ? (element as { id: string }).id
          : (element as Scalar | null | undefined);
      if (item !== null && item !== undefined && test(item)) return true;
    }
    return false;
  };
}

function anyOf<R>(spec: FieldSpec<R>, values: Array<Scalar | null>, timeZone: string): Predicate<R> {
  const plain = !spec.words && !spec.dayGranularity && !values.includes(null);
  if (plain) {
    // Coerced values are lowercased strings or numbers/booleans: a Set lookup per record value.
    const wanted = new Set<Scalar>(values as Scalar[]);
    const normalize =
      spec.type === 'string'
        ? (v: Scalar) => (typeof v === 'string' ? v.toLowerCase() : String(v).toLowerCase())
        : (v: Scalar) => normalizeRecordValue(spec.type, v);
    return matchEach(spec, (v) => wanted.has(v) || wanted.has(normalize(v)));
  }
  const parts = values.map((v) => equals(spec, v, timeZone));
  return (r) => {
    for (const p of parts) if (p(r)) return true;
    return false;
  };
}

function compare<R>(
  spec: FieldSpec<R>,
  operator: '>' | '<' | '>=' | '<=',
  value: Scalar | null,
  timeZone: string,
): Predicate<R> {
  if (value === null) return () => false;
  let bound = value;
  let op = operator;
  if (spec.dayGranularity && typeof value === 'number') {
    // Contacts: '>' starts at the next midnight, '<' ends at this day's midnight.
    const dayStart = startOfDay(value, timeZone);
    const nextDay = startOfNextDay(value, timeZone);
    if (op === '>') [bound, op] = [nextDay, '>='];
    else if (op === '<=') [bound, op] = [nextDay, '<'];
    else bound = dayStart;
  }
  const b = bound;
  // Record values of date/number fields are numbers; anything else is converted like the query value.
  const num = (v: Scalar) => (typeof v === 'number' ? v : normalizeRecordValue(spec.type, v));
  const test: (v: Scalar) => boolean =
    op === '>'
      ? (v) => (typeof v === 'number' ? v : num(v)) > b
      : op === '<'
        ? (v) => (typeof v === 'number' ? v : num(v)) < b
        : op === '>='
          ? (v) => (typeof v === 'number' ? v : num(v)) >= b
          : (v) => (typeof v === 'number' ? v : num(v)) <= b;
  return matchEach(spec, test);
}

function textMatch<R>(
  spec: FieldSpec<R>,
  value: Scalar | null,
  test: (text: string, v: string) => boolean,
): Predicate<R> {
  if (value === null) return () => false;
  const needle = String(value);
  if (spec.words) return matchEach(spec, (v) => test(indexText(String(v)).text, needle));
  return matchEach(spec, (v) => test(String(v).toLowerCase(), needle));
}
