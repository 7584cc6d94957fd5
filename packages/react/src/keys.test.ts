import { expect, it } from 'vitest';
import { intercomKeys } from './keys';

it('roots every key under one serialisable prefix', () => {
  expect(JSON.parse(JSON.stringify(intercomKeys.all))).toEqual(['intercom']);
});
