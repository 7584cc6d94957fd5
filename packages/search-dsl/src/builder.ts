import type { SearchContext } from './catalog/context';
import { catalogFor } from './catalog/registry';
import {
  type Binding,
  type BindingOf,
  type CatalogLookup,
  combine,
  Expression,
  type IsUnion,
  negate,
  type OperandsBinding,
  type UnknownBindings,
  withCatalogLookup,
} from './expression';
import { filterNode } from './nodes';
import { type Operator, type OperatorMethod, operators } from './operators';
import { coerceValue } from './validate/coerce';
import { checkOperatorAllowed, type FieldRule, resolveField } from './validate/field';
import { checkFieldName, checkFilterShape } from './validate/shape';

/** What a date field takes: a Date, an ISO-8601 string or unix seconds. */
export type DateInput = Date | string | number;

/** What a field of unknown type takes. */
export type AnyValue = string | number | boolean | Date;

/** Refuses an empty list literal at compile time; lists of unknown length are checked at run time. */
export type NonEmptyList<L extends readonly unknown[]> = L & (L extends readonly [] ? never : unknown);

/** Every filter method; a field reference exposes the ones its field accepts. */
export interface FilterMethods<V, R extends Binding> {
  /** `=` */
  eq(value: V | null): Expression<R>;
  /** `!=` */
  ne(value: V | null): Expression<R>;
  /** `IN`: equals one of the values. */
  in<const L extends readonly V[]>(values: NonEmptyList<L>): Expression<R>;
  /** `NIN`: equals none of the values. */
  nin<const L extends readonly V[]>(values: NonEmptyList<L>): Expression<R>;
  /** `>` */
  gt(value: V): Expression<R>;
  /** `<` */
  lt(value: V): Expression<R>;
  /** `>=` */
  gte(value: V): Expression<R>;
  /** `<=` */
  lte(value: V): Expression<R>;
  /** `~`: contains the text. */
  contains(value: string): Expression<R>;
  /** `!~`: does not contain the text. */
  notContains(value: string): Expression<R>;
  /** `^`: starts with the text. */
  startsWith(value: string): Expression<R>;
  /** `$`: ends with the text. */
  endsWith(value: string): Expression<R>;
}

/** The methods whose operator is among `Allowed`. */
export type MethodsFor<Allowed extends Operator> = {
  [M in OperatorMethod]: (typeof operators)[M] extends Allowed ? M : never;
}[OperatorMethod];

/** A field, ready for an operator: only the operators the field accepts exist as methods. */
export type FieldRef<V, R extends Binding, Allowed extends Operator = Operator> = Pick<
  FilterMethods<V, R>,
  MethodsFor<Allowed>
>;

/** Runtime side of every field reference; bound ones check each filter against the catalog at once. */
class FieldReference {
  readonly #field: string;
  readonly #context: SearchContext | undefined;
  readonly #rule: FieldRule | undefined;
  readonly #lookup: CatalogLookup | undefined;

  constructor(field: string, context: SearchContext | undefined, lookup?: CatalogLookup) {
    checkFieldName(field, []);
    this.#field = field;
    this.#context = context;
    this.#lookup = lookup;
    this.#rule = context === undefined ? undefined : resolveField(context, field, []);
  }

  #filter(operator: Operator, value: unknown): Expression {
    const node = checkFilterShape(this.#field, operator, value, []);
    const context = this.#context;
    const rule = this.#rule;
    if (context === undefined || rule === undefined)
      return withCatalogLookup(new Expression(node, undefined), this.#lookup);
    checkOperatorAllowed(context, rule, operator, []);
    const coerced = coerceValue(context, rule, operator, node.value, []);
    return new Expression(coerced === node.value ? node : filterNode(node.field, operator, coerced), context);
  }

  eq(value: unknown): Expression {
    return this.#filter(operators.eq, value);
  }
  ne(value: unknown): Expression {
    return this.#filter(operators.ne, value);
  }
  in(values: unknown): Expression {
    return this.#filter(operators.in, values);
  }
  nin(values: unknown): Expression {
    return this.#filter(operators.nin, values);
  }
  gt(value: unknown): Expression {
    return this.#filter(operators.gt, value);
  }
  lt(value: unknown): Expression {
    return this.#filter(operators.lt, value);
  }
  gte(value: unknown): Expression {
    return this.#filter(operators.gte, value);
  }
  lte(value: unknown): Expression {
    return this.#filter(operators.lte, value);
  }
  contains(value: unknown): Expression {
    return this.#filter(operators.contains, value);
  }
  notContains(value: unknown): Expression {
    return this.#filter(operators.notContains, value);
  }
  startsWith(value: unknown): Expression {
    return this.#filter(operators.startsWith, value);
  }
  endsWith(value: unknown): Expression {
    return this.#filter(operators.endsWith, value);
  }
}

/** @internal A field reference for `field` checked against `context` (or unchecked when undefined). */
export const fieldReference = (field: string, context: SearchContext | undefined, lookup?: CatalogLookup): unknown =>
  new FieldReference(field, context, lookup);

/**
 * A field of any resource: `field('state').eq('open')`. Checked for shape when built, and against
 * the catalog of the resource it is sent to when core's `search` (or `compileQuery(expr, { resource })`)
 * compiles it; a resource builder checks it (and types it) as it is written.
 */
export const field = (name: string): FieldRef<AnyValue, undefined> =>
  fieldReference(name, undefined, catalogFor) as FieldRef<AnyValue, undefined>;

type AnyExpression = Expression<Binding>;

/**
 * Checks operands at compile time: no operands, or operands bound to two different resources,
 * make the parameter `never` (a compile error). Operands whose binding is not known statically
 * (a spread, a plain `Expression`) are left to the run-time check.
 */
type Operands<E extends readonly AnyExpression[]> = E extends readonly []
  ? never
  : UnknownBindings<E> extends true
    ? E
    : IsUnion<Exclude<BindingOf<E[number]>, undefined>> extends true
      ? never
      : E;

/** All operands must match: `and(a, b, c)`. Same-kind nesting is flattened when compiled. */
export const and = <const E extends readonly AnyExpression[]>(
  ...operands: Operands<E>
): Expression<OperandsBinding<E>> => combine('and', operands);

/** At least one operand must match: `or(a, b, c)`. */
export const or = <const E extends readonly AnyExpression[]>(
  ...operands: Operands<E>
): Expression<OperandsBinding<E>> => combine('or', operands);

/**
 * Matches what `operand` does not. Compiling pushes the negation down to the filters; a filter
 * whose complement no operator can express (`^`, `$`) is refused with `negation_not_expressible`.
 */
export const not = <R extends Binding>(operand: Expression<R>): Expression<R> => negate(operand);
