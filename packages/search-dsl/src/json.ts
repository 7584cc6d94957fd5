import type { GroupOperator, Operator } from './operators';

/** A scalar as sent to the API (the request schema allows string, integer, boolean and null). */
export type WireScalar = string | number | boolean | null;

/** `{ field, operator, value }`: the `single_filter_search_request` of the API description. */
export interface SingleFilterJSON {
  readonly field: string;
  readonly operator: Operator;
  readonly value: WireScalar | readonly (string | number)[];
}

/**
 * `{ operator: 'AND' | 'OR', value }`: the `multiple_filter_search_request`. Its members are all
 * groups or all filters, as the schema's `oneOf` requires.
 */
export interface GroupJSON {
  readonly operator: GroupOperator;
  readonly value: readonly GroupJSON[] | readonly SingleFilterJSON[];
}

/** The `query` of a search request body. */
export type SearchQueryJSON = SingleFilterJSON | GroupJSON;
