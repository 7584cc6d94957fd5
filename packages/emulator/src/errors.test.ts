import { expect, it } from 'vitest';
import { errorList } from './errors';

it('wraps one error in an error.list envelope carrying the request id', () => {
  expect(errorList('req-1', 'not_found', 'Resource Not Found')).toEqual({
    type: 'error.list',
    request_id: 'req-1',
    errors: [{ code: 'not_found', message: 'Resource Not Found' }],
  });
});
