/**
 * Header allowlists. Nothing the caller sends reaches Intercom unless named here (so Authorization,
 * Cookie, Host, X-Forwarded-*, hop-by-hop and smuggling-prone headers never do), and nothing
 * Intercom answers reaches the caller unless named here (so Set-Cookie never does).
 */
export const FORWARDED_REQUEST_HEADERS: readonly string[] = [
  'accept',
  'accept-language',
  'content-type',
  'intercom-version',
];

export const RETURNED_RESPONSE_HEADERS: readonly string[] = [
  'content-type',
  'content-disposition',
  'retry-after',
  'x-request-id',
  'x-ratelimit-limit',
  'x-ratelimit-remaining',
  'x-ratelimit-reset',
];

/** Response headers a browser script may read cross-origin (the client's rate-limit pacing needs them). */
export const EXPOSED_RESPONSE_HEADERS =
  'Retry-After, X-Request-Id, X-RateLimit-Limit, X-RateLimit-Remaining, X-RateLimit-Reset, Content-Disposition';

const UNSAFE_VALUE = /[\r\n\0]/;

/** Plain header records: cheaper than `Headers` objects that `Request`/`Response` would copy again. */
export type HeaderRecord = Record<string, string>;

/** The headers sent upstream: the allowlisted ones the caller sent, and Authorization from the proxy's token. */
export function upstreamHeaders(incoming: Headers, token: string): HeaderRecord {
  // A header the caller nominated as hop-by-hop in Connection is not forwarded, even if allowlisted.
  const hopByHop = incoming
    .get('connection')
    ?.toLowerCase()
    .split(',')
    .map((nominated) => nominated.trim());
  const headers: HeaderRecord = {};
  for (const name of FORWARDED_REQUEST_HEADERS) {
    const value = incoming.get(name);
    if (value !== null && !hopByHop?.includes(name)) headers[name] = value;
  }
  headers.authorization = `Bearer ${token}`;
  return headers;
}

/** Copies only allowlisted response headers; `Cache-Control: no-store` keeps API data out of shared caches. */
export function downstreamHeaders(upstream: Headers): HeaderRecord {
  const headers: HeaderRecord = {};
  for (const name of RETURNED_RESPONSE_HEADERS) {
    const value = upstream.get(name);
    if (value !== null) headers[name] = value;
  }
  headers['cache-control'] = 'no-store';
  headers['x-content-type-options'] = 'nosniff';
  return headers;
}

/**
 * Checks every value for CR, LF or NUL and returns the first offending name. Fetch runtimes refuse
 * such values when building `Headers`; this guards hand-made requests and the Node adapter alike.
 */
export function findUnsafeHeader(headers: Iterable<[string, string]>): string | undefined {
  for (const [name, value] of headers) if (UNSAFE_VALUE.test(value)) return name;
  return undefined;
}
