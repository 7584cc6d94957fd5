import { describe, expectTypeOf, it } from 'vitest';
import type { SearchQueryInput, SearchQueryJson } from './search-query';

// A stand-in for a search-dsl expression: a class whose symbol is declared in another package.
declare const otherPackageSymbol: unique symbol;
declare class Expression {
  readonly kind: 'and';
  [otherPackageSymbol](resource: 'contacts' | 'conversations' | 'tickets'): SearchQueryJson;
}

describe('SearchQueryInput', () => {
  it('accepts raw filters and groups', () => {
    expectTypeOf({ field: 'open', operator: '=', value: true } as const).toExtend<SearchQueryInput>();
    expectTypeOf({
      operator: 'OR',
      value: [
        { field: 'state', operator: '=', value: 'open' },
        { field: 'created_at', operator: '>', value: '1306054154' },
      ],
    } as const).toExtend<SearchQueryInput>();
  });

  it('accepts a search-dsl expression object', () => {
    expectTypeOf<Expression>().toExtend<SearchQueryInput>();
  });

  it('rejects misspelt or incomplete raw JSON', () => {
    // @ts-expect-error `fiel` is not a search field key
    const misspelt: SearchQueryInput = { fiel: 'open', operator: '=', value: true };
    // @ts-expect-error a filter needs a value
    const incomplete: SearchQueryInput = { field: 'open', operator: '=' };
    // @ts-expect-error unknown operator
    const badOperator: SearchQueryInput = { field: 'open', operator: 'LIKE', value: 'x' };
    expectTypeOf(misspelt).not.toBeNever();
    expectTypeOf(incomplete).not.toBeNever();
    expectTypeOf(badOperator).not.toBeNever();
  });
});
