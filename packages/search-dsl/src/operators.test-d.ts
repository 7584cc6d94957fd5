import { expectTypeOf, it } from 'vitest';
import type { Operator } from './operators';

it('types operators as the literal union the API accepts', () => {
  expectTypeOf<'='>().toExtend<Operator>();
  expectTypeOf<'=='>().not.toExtend<Operator>();
});
