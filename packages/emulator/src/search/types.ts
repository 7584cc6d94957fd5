/** The field model the evaluator works on: how to read a searchable field from a stored record. */
import type { FieldType } from '@intercom-kit/search-dsl';

/** The value types of the search catalogs, shared with the search-dsl validation that runs first. */
export type { FieldType };
export type Scalar = string | number | boolean;
/** Lists match element-wise; object elements (applied tags) are matched by their `id`, which avoids copying lists per record. */
export type FieldValue =
  | Scalar
  | null
  | undefined
  | readonly (Scalar | null | undefined)[]
  | readonly { readonly id: string }[];

export interface FieldSpec<R> {
  type: FieldType;
  /** The record's value; arrays (e.g. `tag_ids`) match when any element matches. */
  get(record: R): FieldValue;
  /** `source.body`: `=`/IN match single words of the text, `~`/`^`/`$` the plain text. */
  words?: boolean;
  /** Contacts' dates compare by calendar day in the workspace's timezone. */
  dayGranularity?: boolean;
}

export type Predicate<R> = (record: R) => boolean;

export interface FieldResolver<R> {
  resolve(field: string): FieldSpec<R> | undefined;
  /** Names the resource in error messages. */
  readonly resource: 'conversations' | 'contacts' | 'tickets';
}
