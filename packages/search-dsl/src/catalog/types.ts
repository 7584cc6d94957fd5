import type { Operator } from '../operators';

export type ResourceName = 'conversations' | 'contacts' | 'tickets';

/** The value types of the "Accepted Fields" tables. */
export type FieldType = 'string' | 'date' | 'integer' | 'float' | 'boolean';

/**
 * Fields named `<prefix><name>` whose type is declared by the user (contacts' custom attributes,
 * tickets' ticket attributes). `types` are the types such an attribute may have on this resource.
 */
export interface AttributePattern {
  readonly prefix: string;
  readonly types: readonly FieldType[];
}

/** Everything the API documents about searching one resource, as data. */
export interface SearchCatalog {
  readonly resource: ResourceName;
  readonly fields: { readonly [name: string]: FieldType };
  /** Operators accepted per field type on this resource. */
  readonly operators: { readonly [T in FieldType]: readonly Operator[] };
  /** Fields whose operator set replaces the one their type gives. */
  readonly fieldOperators: { readonly [name: string]: readonly Operator[] };
  /** Fields that only take one of a fixed set of string values. */
  readonly enums: { readonly [name: string]: readonly string[] };
  readonly attributes?: AttributePattern;
  /**
   * `day`: the API compares dates by calendar day in the workspace's timezone (contacts);
   * `second`: it compares the timestamps themselves.
   */
  readonly dateGranularity: 'second' | 'day';
}

/** Names of a user's attributes mapped to their types, e.g. `{ plan: 'string', trial_ends_at: 'date' }`. */
export type AttributeTypes = { readonly [name: string]: FieldType };
