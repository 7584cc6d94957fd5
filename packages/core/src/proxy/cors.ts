import { IntercomInputError } from '../errors/client-errors';
import { ProxyRefusal } from './errors';
import { EXPOSED_RESPONSE_HEADERS, FORWARDED_REQUEST_HEADERS, type HeaderRecord } from './headers';

export interface CorsOptions {
  /** Exact origins allowed to call the proxy from a browser, e.g. `https://dashboard.example.com`. No wildcards. */
  readonly origins: readonly string[];
  /** Sends `Access-Control-Allow-Credentials: true` (cookie-based `authorize`, e.g. Cloudflare Access). Default false. */
  readonly credentials?: boolean;
  /** Request headers a browser may send besides the forwarded ones and Authorization (e.g. a custom secret header). */
  readonly allowHeaders?: readonly string[];
  /** How long browsers may cache a preflight answer. Default 600. */
  readonly maxAgeSeconds?: number;
}

export interface CorsPolicy {
  readonly origins: ReadonlySet<string>;
  readonly credentials: boolean;
  readonly allowHeaders: ReadonlySet<string>;
  readonly maxAge: string;
}

export function resolveCors(options: CorsOptions | undefined): CorsPolicy | undefined {
  if (options === undefined) return undefined;
  if (!Array.isArray(options.origins) || options.origins.length === 0) {
    throw new IntercomInputError(
      'createIntercomProxy: cors.origins must list at least one origin such as https://app.example.com',
    );
  }
  const origins = new Set<string>();
  for (const origin of options.origins) origins.add(checkOrigin(origin));
  const maxAge = options.maxAgeSeconds ?? 600;
  if (!Number.isInteger(maxAge) || maxAge < 0) {
    throw new IntercomInputError(
      `createIntercomProxy: cors.maxAgeSeconds must be a non-negative integer; got ${maxAge}`,
    );
  }
  const allowHeaders = new Set([...FORWARDED_REQUEST_HEADERS, 'authorization']);
  for (const name of options.allowHeaders ?? []) {
    if (!/^[A-Za-z0-9!#$%&'*+.^_`|~-]+$/.test(name)) {
      throw new IntercomInputError(`createIntercomProxy: cors.allowHeaders has an invalid header name '${name}'`);
    }
    allowHeaders.add(name.toLowerCase());
  }
  return { origins, credentials: options.credentials === true, allowHeaders, maxAge: String(maxAge) };
}

function checkOrigin(origin: unknown): string {
  if (origin === '*' || origin === 'null') {
    throw new IntercomInputError(
      `createIntercomProxy: cors.origins must name exact origins; '${origin}' is not accepted`,
    );
  }
  let parsed: URL | undefined;
  try {
    parsed = typeof origin === 'string' ? new URL(origin) : undefined;
  } catch {}
  if (!parsed || (parsed.protocol !== 'https:' && parsed.protocol !== 'http:') || parsed.origin !== origin) {
    throw new IntercomInputError(
      `createIntercomProxy: cors origin ${JSON.stringify(origin)} must be scheme://host[:port] exactly, without a path or trailing slash`,
    );
  }
  return origin;
}

/** CORS headers for an allowed origin; every response to it carries them, errors included. */
export function corsHeaders(policy: CorsPolicy, origin: string): HeaderRecord {
  const headers: HeaderRecord = {
    'access-control-allow-origin': origin,
    'access-control-expose-headers': EXPOSED_RESPONSE_HEADERS,
    vary: 'Origin',
  };
  if (policy.credentials) headers['access-control-allow-credentials'] = 'true';
  return headers;
}

/** Completes a preflight for a route and method already found and allowed; refuses unlisted request headers. */
export function preflightResponse(
  policy: CorsPolicy,
  origin: string,
  method: string,
  requested: string | null,
): Response {
  const names = (requested ?? '')
    .split(',')
    .map((name) => name.trim().toLowerCase())
    .filter((name) => name !== '');
  const refused = names.find((name) => !policy.allowHeaders.has(name));
  if (refused !== undefined) {
    throw new ProxyRefusal(403, 'forbidden', `The request header '${refused}' is not allowed through this proxy.`);
  }
  const headers: HeaderRecord = {
    ...corsHeaders(policy, origin),
    'access-control-allow-methods': method,
    'access-control-max-age': policy.maxAge,
    vary: 'Origin, Access-Control-Request-Method, Access-Control-Request-Headers',
  };
  if (names.length > 0) headers['access-control-allow-headers'] = names.join(', ');
  return new Response(null, { status: 204, headers });
}
