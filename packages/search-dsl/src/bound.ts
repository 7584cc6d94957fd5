import { type DateInput, type FieldRef, fieldReference } from './builder';
import type { SearchContext } from './catalog/context';
import type { AttributeTypes, FieldType, SearchCatalog } from './catalog/types';

type AttributePrefix<C extends SearchCatalog> = C extends {
  readonly attributes: { readonly prefix: infer P extends string };
}
  ? P
  : never;

/** The types a user attribute may be declared with on the catalog's resource. */
export type AttributeTypeOf<C extends SearchCatalog> = C extends {
  readonly attributes: { readonly types: readonly (infer T extends FieldType)[] };
}
  ? T
  : never;

/** Every searchable name: the catalog's fields plus `<prefix><name>` for each declared attribute. */
export type FieldName<C extends SearchCatalog, A extends AttributeTypes> =
  | (keyof C['fields'] & string)
  | `${AttributePrefix<C>}${keyof A & string}`;

export type FieldTypeOf<
  C extends SearchCatalog,
  A extends AttributeTypes,
  F extends string,
> = F extends keyof C['fields']
  ? C['fields'][F]
  : F extends `${AttributePrefix<C>}${infer N}`
    ? N extends keyof A
      ? A[N]
      : never
    : never;

export type OperatorOf<
  C extends SearchCatalog,
  A extends AttributeTypes,
  F extends string,
> = F extends keyof C['fieldOperators'] ? C['fieldOperators'][F][number] : C['operators'][FieldTypeOf<C, A, F>][number];

/** The TypeScript type of a value for each field type. */
export interface ValueByType {
  string: string;
  date: DateInput;
  integer: number;
  float: number;
  boolean: boolean;
}

/** Enum fields take their literals; others the value type of their field type. */
export type ValueOf<C extends SearchCatalog, A extends AttributeTypes, F extends string> = F extends keyof C['enums']
  ? C['enums'][F][number]
  : ValueByType[FieldTypeOf<C, A, F>];

export type BoundFieldRef<C extends SearchCatalog, A extends AttributeTypes, F extends string> = FieldRef<
  ValueOf<C, A, F>,
  C['resource'],
  OperatorOf<C, A, F>
>;

/**
 * A builder bound to one resource's catalog: unknown fields, operators that do not fit a field
 * and values of the wrong type are compile errors and, at run time, a `SearchQueryError` thrown
 * where the filter is built.
 */
export class ResourceSearch<C extends SearchCatalog, A extends AttributeTypes = Record<never, FieldType>> {
  /** @internal */
  readonly context: SearchContext;

  constructor(context: SearchContext) {
    this.context = context;
    Object.freeze(this);
  }

  get resource(): C['resource'] {
    return this.context.catalog.resource;
  }

  get catalog(): C {
    return this.context.catalog as C;
  }

  /** The attribute types declared so far (names without the prefix). */
  get attributeTypes(): A {
    return this.context.attributes as A;
  }

  field<const F extends FieldName<C, A>>(name: F): BoundFieldRef<C, A, F> {
    return fieldReference(name, this.context) as BoundFieldRef<C, A, F>;
  }
}

export type Simplify<T> = { [K in keyof T]: T[K] } & {};
