import { expect } from 'vitest';
import { SearchQueryError, type SearchQueryErrorCode, type SearchQueryPath } from '../errors';

/** Runs `action`, expecting a SearchQueryError with this code (and path, when given); returns it. */
export const expectSearchError = (
  action: () => unknown,
  code: SearchQueryErrorCode,
  path?: SearchQueryPath,
): SearchQueryError => {
  let caught: unknown;
  try {
    action();
  } catch (error) {
    caught = error;
  }
  expect(caught, `expected a SearchQueryError with code ${code}`).toBeInstanceOf(SearchQueryError);
  const error = caught as SearchQueryError;
  expect(error.code, error.message).toBe(code);
  if (path !== undefined) expect(error.path).toEqual(path);
  return error;
};
