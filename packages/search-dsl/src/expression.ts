import { combineContexts, createContext, type SearchContext } from './catalog/context';
import { checkResourceName } from './catalog/resource-names';
import type { ResourceName, SearchCatalog } from './catalog/types';
import { compileNode } from './compile';
import { SearchQueryError } from './errors';
import type { SearchQueryJSON } from './json';
import { andNode, notNode, orNode, type QueryNode } from './nodes';
import { searchQuerySymbol } from './protocol';

/** A resource an expression is bound to, or `undefined` for an expression built with plain `field()`. */
export type Binding = ResourceName | undefined;

/** Bound operands may be combined with unbound ones and with ones bound to the same resource. */
export type CompatibleWith<R extends Binding> = R extends ResourceName ? R | undefined : Binding;

/** The binding of a combination: the one resource among the operands, or undefined if none is bound. */
export type CombinedBinding<R extends Binding> = [Exclude<R, undefined>] extends [never]
  ? undefined
  : Exclude<R, undefined>;

export type BindingOf<E> = E extends Expression<infer R> ? R : never;

type UnionToIntersection<U> = (U extends unknown ? (arg: U) => void : never) extends (arg: infer I) => void ? I : never;
export type IsUnion<T> = [T] extends [UnionToIntersection<T>] ? false : true;

/**
 * Whether the operands' bindings are not all known statically: a spread of unknown length, or an
 * operand typed as a plain `Expression` (which may be bound to any resource, or to none).
 */
export type UnknownBindings<O extends readonly Expression[]> = number extends O['length']
  ? true
  : true extends { [K in keyof O]: IsUnion<Exclude<BindingOf<O[K]>, undefined>> }[number]
    ? true
    : false;

/** The binding the operands give a combination. */
export type OperandsBinding<O extends readonly Expression[]> =
  UnknownBindings<O> extends true ? BindingOf<O[number]> : CombinedBinding<BindingOf<O[number]>>;

/** A bound expression keeps its resource; an unbound one takes the operands'. */
export type Joined<R extends Binding, O extends Binding> = R extends undefined ? O : R;

/** Finds a resource's catalog; given to unbound expressions by the entry points that import every catalog. */
export type CatalogLookup = (resource: ResourceName) => SearchCatalog;

// Kept outside the frozen instances so only `field()`/`fromJSON()` reference the catalogs: code that
// imports just one resource builder never bundles the other catalogs.
const lookups = new WeakMap<Expression, CatalogLookup>();

/** Lets an unbound expression be checked against the catalog of the resource it is sent to (if given a lookup). */
export const withCatalogLookup = <E extends Expression>(expression: E, lookup: CatalogLookup | undefined): E => {
  if (lookup !== undefined) lookups.set(expression, lookup);
  return expression;
};

/**
 * An immutable search query. Build it with `field()`/`and()`/`or()`/`not()` or a resource builder;
 * `toJSON()` gives the canonical query JSON, so `JSON.stringify({ query })` sends it as is.
 */
export class Expression<R extends Binding = Binding> {
  /** The resource whose catalog checks this expression, if any. */
  readonly resource: R;
  /** The tree as written (with not() still in it). */
  readonly node: QueryNode;
  /** Catalog and attribute declarations of a bound expression; internal to this package. */
  readonly context: SearchContext | undefined;

  constructor(node: QueryNode, context: SearchContext | undefined) {
    this.node = node;
    this.context = context;
    this.resource = context?.catalog.resource as R;
    Object.freeze(this);
  }

  and<const O extends readonly Expression<CompatibleWith<R>>[]>(
    ...others: O
  ): Expression<Joined<R, OperandsBinding<O>>> {
    return combine('and', [this, ...others]);
  }

  or<const O extends readonly Expression<CompatibleWith<R>>[]>(
    ...others: O
  ): Expression<Joined<R, OperandsBinding<O>>> {
    return combine('or', [this, ...others]);
  }

  /** The canonical query JSON, checked against the bound catalog (or for shape and limits if unbound). */
  toJSON(): SearchQueryJSON {
    return compileNode(this.node, this.context);
  }

  /** The protocol `@intercom-kit/core` calls before sending a search to `resource`. */
  [searchQuerySymbol](resource: ResourceName): SearchQueryJSON {
    checkResourceName(resource);
    if (this.context !== undefined && this.context.catalog.resource !== resource) {
      throw new SearchQueryError(
        'resource_mismatch',
        `This query was built for ${this.context.catalog.resource} and cannot search ${resource}; ` +
          `build it with the ${resource} builder or plain field().`,
      );
    }
    const lookup = this.context === undefined ? lookups.get(this) : undefined;
    // An unbound expression is checked against the endpoint's catalog, so an unknown field or a
    // misfit operator fails here instead of coming back as a 400.
    const context = lookup === undefined ? this.context : createContext(lookup(resource), undefined, 'allow');
    return compileNode(this.node, context);
  }
}

export const isExpression = (value: unknown): value is Expression => value instanceof Expression;

/** Joins expressions into one AND/OR group; a single operand is returned as it is. */
export const combine = <R extends Binding>(kind: 'and' | 'or', operands: readonly unknown[]): Expression<R> => {
  let context: SearchContext | undefined;
  let lookup: CatalogLookup | undefined;
  const nodes: QueryNode[] = [];
  for (let index = 0; index < operands.length; index++) {
    const operand = operands[index];
    if (!isExpression(operand)) {
      throw new SearchQueryError(
        'invalid_query_shape',
        `${kind}() takes expressions built with field(), and(), or() or not(); operand ${index} is not one. ` +
          'Use fromJSON() to turn raw query JSON into an expression.',
      );
    }
    if (operand.context !== undefined) {
      context = context === undefined ? operand.context : combineContexts(context, operand.context);
    }
    lookup ??= lookups.get(operand);
    nodes.push(operand.node);
  }
  if (nodes.length === 0) {
    throw new SearchQueryError('empty_group', `${kind}() needs at least one expression.`);
  }
  if (nodes.length === 1) return operands[0] as Expression<R>;
  return withCatalogLookup(new Expression<R>(kind === 'and' ? andNode(nodes) : orNode(nodes), context), lookup);
};

export const negate = <R extends Binding>(operand: Expression<R>): Expression<R> => {
  if (!isExpression(operand)) {
    throw new SearchQueryError(
      'invalid_query_shape',
      'not() takes an expression built with field(), and(), or() or not().',
    );
  }
  return withCatalogLookup(new Expression<R>(notNode(operand.node), operand.context), lookups.get(operand));
};
