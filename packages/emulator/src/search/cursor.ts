import { ApiError } from '../errors';
import type { SortKey } from '../store/ordered';

/**
 * Opaque cursors: the sort key (created_at, seq) of the last item of a page, base64url-encoded.
 * The next page starts strictly after that key, so records created, updated or deleted elsewhere
 * never make a later page skip or repeat an item.
 */
const PREFIX = 'c1.';

export function encodeCursor(key: SortKey): string {
  return toBase64Url(`${PREFIX}${key.created_at}.${key.seq}`);
}

export function decodeCursor(cursor: string, parameter = 'starting_after'): SortKey {
  const decoded = fromBase64Url(cursor);
  const match = decoded === null ? null : /^c1\.(-?\d+)\.(\d+)$/.exec(decoded);
  if (!match) {
    throw new ApiError(
      400,
      'parameter_invalid',
      `${parameter} '${cursor}' is not a cursor this API returned; pass pages.next.starting_after from the previous page`,
      parameter,
    );
  }
  return { created_at: Number(match[1]), seq: Number(match[2]) };
}

function toBase64Url(text: string): string {
  return btoa(text).replace(/\+/g, '-').replace(/\//g, '_').replace(/=+$/, '');
}

function fromBase64Url(value: string): string | null {
  if (!/^[A-Za-z0-9_-]+$/.test(value)) return null;
  try {
    return atob(value.replace(/-/g, '+').replace(/_/g, '/'));
  } catch {
    return null;
  }
}
