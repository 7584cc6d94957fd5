import { IntercomInputError } from '../errors/client-errors';
import type { QueryValue } from './options';

/** `base + path + ?query`, leaving out `null`/`undefined` values and repeating the key for arrays. */
export function buildUrl(
  base: string,
  path: string,
  query?: Record<string, QueryValue>,
  extra?: Record<string, QueryValue>,
): string {
  let url = base + path;
  let separator = path.includes('?') ? '&' : '?';
  for (const params of [query, extra]) {
    for (const key in params) {
      const value = params[key];
      if (value === null || value === undefined) continue;
      for (const item of Array.isArray(value) ? value : [value]) {
        if (typeof item === 'object' || typeof item === 'function') {
          throw new IntercomInputError(
            `Query parameter "${key}" must be a string, number, boolean or an array of them (got ${typeof item}).`,
          );
        }
        url += `${separator}${encodeURIComponent(key)}=${encodeURIComponent(item)}`;
        separator = '&';
      }
    }
  }
  return url;
}
