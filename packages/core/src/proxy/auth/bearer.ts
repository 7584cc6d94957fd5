import { IntercomInputError } from '../../errors/client-errors';
import { timingSafeEqual } from '../../internal/timing-safe';
import type { Authorize } from '../options';

export interface BearerSecretOptions {
  /** The header carrying the secret. Default `authorization`, read as `Bearer <secret>`. */
  readonly header?: string;
}

const encoder = new TextEncoder();

/** Header values are byte strings (one char per byte received), so their chars are the bytes themselves. */
function headerBytes(value: string): Uint8Array {
  const bytes = new Uint8Array(value.length);
  for (let index = 0; index < value.length; index++) bytes[index] = value.charCodeAt(index) & 0xff;
  return bytes;
}

/**
 * `authorize` for a shared secret: the caller sends `Authorization: Bearer <secret>` (or the
 * secret alone in `header`). Pass several secrets to rotate without downtime. The header's bytes
 * are compared with each secret's UTF-8 bytes in constant time (see `timingSafeEqual`).
 */
export function bearerSecret(secret: string | readonly string[], options: BearerSecretOptions = {}): Authorize {
  const secrets = typeof secret === 'string' ? [secret] : [...secret];
  if (secrets.length === 0 || secrets.some((value) => typeof value !== 'string' || value.length < 16)) {
    throw new IntercomInputError('bearerSecret: each secret must be a string of at least 16 characters');
  }
  const expected = secrets.map((value) => encoder.encode(value));
  const header = (options.header ?? 'authorization').toLowerCase();
  return (request) => {
    const value = request.headers.get(header);
    if (value === null) return false;
    const presented = header === 'authorization' ? /^Bearer +(.+)$/i.exec(value)?.[1] : value;
    if (presented === undefined) return false;
    const given = headerBytes(presented);
    let matched = false;
    // Every secret is compared, so which one matched (or that none did) takes the same time.
    for (const candidate of expected) matched = timingSafeEqual(candidate, given) || matched;
    return matched;
  };
}
