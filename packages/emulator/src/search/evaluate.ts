import { ApiError } from '../errors';
import { coerceValue } from './coerce';
import { filterPredicate } from './operators';
import type { FieldResolver, FieldSpec, Predicate, Scalar } from './types';

export interface EvaluateOptions {
  /** Workspace timezone for contacts' calendar-day date matching. */
  timeZone: string;
}

const isRecord = (value: unknown): value is Record<string, unknown> =>
  typeof value === 'object' && value !== null && !Array.isArray(value);

/**
 * Compiles a raw search query (`{field, operator, value}` or `{operator: AND|OR, value: [...]}`)
 * into a predicate over stored records. Catalog rules (which operators a field accepts, nesting
 * limits) are checked beforehand by the search-dsl validation; this gives every accepted query
 * its meaning and rejects values the field's type cannot hold.
 */
export function compileSearch<R>(query: unknown, resolver: FieldResolver<R>, options: EvaluateOptions): Predicate<R> {
  return compileNode(query, resolver, options, 'query').test;
}

/** A compiled node and a rough cost per record, so cheap filters run first in a group. */
interface Compiled<R> {
  test: Predicate<R>;
  cost: number;
}

function costOf<R>(spec: FieldSpec<R>, operator: string): number {
  if (spec.words) return 8;
  if (spec.type === 'string') return operator === 'IN' || operator === 'NIN' || operator.includes('~') ? 4 : 3;
  return spec.dayGranularity ? 2 : 1;
}

function compileNode<R>(
  node: unknown,
  resolver: FieldResolver<R>,
  options: EvaluateOptions,
  path: string,
): Compiled<R> {
  if (!isRecord(node)) throw invalid(`${path} must be an object with field/operator/value or operator/value`, path);
  if ('field' in node) return compileFilter(node, resolver, options, path);
  const { operator, value } = node;
  if (operator !== 'AND' && operator !== 'OR') {
    throw invalid(`${path}.operator must be AND or OR for a group (or add 'field' for a single filter)`, path);
  }
  if (!Array.isArray(value) || value.length === 0)
    throw invalid(`${path}.value must be a non-empty array of filters`, path);
  const compiled = value.map((child, i) => compileNode(child, resolver, options, `${path}.value[${i}]`));
  if (compiled.length === 1) return compiled[0] as Compiled<R>;
  // Filters have no side effects, so evaluating the cheap ones first changes speed, not results.
  const children = compiled.sort((a, b) => a.cost - b.cost).map((c) => c.test);
  const cost = compiled.reduce((sum, c) => sum + c.cost, 0);
  const test: Predicate<R> =
    operator === 'AND'
      ? (r) => {
          for (const child of children) if (!child(r)) return false;
          return true;
        }
      : (r) => {
          for (const child of children) if (child(r)) return true;
          return false;
        };
  return { test, cost };
}

function compileFilter<R>(
  node: Record<string, unknown>,
  resolver: FieldResolver<R>,
  options: EvaluateOptions,
  path: string,
): Compiled<R> {
  const { field, operator, value } = node;
  if (typeof field !== 'string' || field === '') throw invalid(`${path}.field must be a non-empty string`, path);
  if (typeof operator !== 'string') throw invalid(`${path}.operator must be a string`, path);
  const spec = resolver.resolve(field);
  if (!spec) {
    throw new ApiError(400, 'parameter_invalid', `'${field}' is not a searchable field of ${resolver.resource}`, field);
  }
  const coerced = Array.isArray(value)
    ? value.map((item) => coerceValue(spec.type, item, field))
    : coerceValue(spec.type, value, field);
  if (Array.isArray(value) && value.length === 0 && (operator === 'IN' || operator === 'NIN')) {
    throw invalid(`${path}.value: ${operator} needs at least one value`, field);
  }
  return {
    test: filterPredicate(spec, field, operator, coerced as Scalar | null | Array<Scalar | null>, options.timeZone),
    cost: costOf(spec, operator),
  };
}

const invalid = (message: string, field?: string) => new ApiError(400, 'parameter_invalid', message, field);
