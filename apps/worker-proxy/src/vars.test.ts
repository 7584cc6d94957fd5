import { expect, it } from 'vitest';
import { listVar } from './vars';

it('reads comma-separated lists from Worker variables', () => {
  expect(listVar(' https://a.example , https://b.example,,')).toEqual(['https://a.example', 'https://b.example']);
  expect(listVar(undefined)).toEqual([]);
});
