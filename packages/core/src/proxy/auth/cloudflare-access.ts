import { IntercomInputError } from '../../errors/client-errors';
import type { Authorize } from '../options';
import { claimsAreValid, decodeJwt, RS256, verifySignature } from './jwt';

export interface CloudflareAccessOptions {
  /** Your Zero Trust team: `myteam`, `myteam.cloudflareaccess.com` or `https://myteam.cloudflareaccess.com`. */
  readonly teamDomain: string;
  /** The application's Audience (AUD) tag, or several. */
  readonly audience: string | readonly string[];
  /** Fetches the team's signing keys (`/cdn-cgi/access/certs`). Default `globalThis.fetch`. */
  readonly fetch?: (input: string, init?: RequestInit) => Promise<Response>;
  /** Allowed clock skew for `exp` and `nbf`. Default 30. */
  readonly clockToleranceSeconds?: number;
  /** How long fetched keys are trusted before they are fetched again. Default 3600. */
  readonly keysTtlSeconds?: number;
  /** Current time in milliseconds. Default `Date.now`. */
  readonly now?: () => number;
}

/** An unknown key id triggers a refetch at most this often, so made-up ids cannot flood the certs endpoint. */
const REFETCH_MIN_MS = 30_000;

/**
 * `authorize` for a proxy behind Cloudflare Access: verifies the `Cf-Access-Jwt-Assertion` header
 * (RS256 with Web Crypto against the team's published keys, which are cached) and its `aud`,
 * `iss`, `exp` and `nbf`. Resolves false for a missing, forged or expired assertion; rejects only
 * when the keys cannot be fetched (the proxy then answers 503).
 */
export function cloudflareAccess(options: CloudflareAccessOptions): Authorize {
  const issuer = teamIssuer(options.teamDomain);
  const audiences = typeof options.audience === 'string' ? [options.audience] : [...(options.audience ?? [])];
  if (audiences.length === 0 || audiences.some((aud) => typeof aud !== 'string' || aud === '')) {
    throw new IntercomInputError('cloudflareAccess: audience must be the application AUD tag (or a list of them)');
  }
  const now = options.now ?? Date.now;
  const tolerance = options.clockToleranceSeconds ?? 30;
  const keys = keyCache(`${issuer}/cdn-cgi/access/certs`, options.fetch, (options.keysTtlSeconds ?? 3600) * 1000, now);

  return async (request) => {
    const assertion = request.headers.get('cf-access-jwt-assertion');
    const jwt = assertion === null ? undefined : decodeJwt(assertion);
    if (jwt?.header.alg !== 'RS256' || typeof jwt.header.kid !== 'string') return false;
    const expectations = { issuer, audiences, nowSeconds: now() / 1000, toleranceSeconds: tolerance };
    if (!claimsAreValid(jwt.payload, expectations)) return false;
    const key = await keys.get(jwt.header.kid);
    return key !== undefined && (await verifySignature(key, jwt));
  };
}

function teamIssuer(teamDomain: string): string {
  const host =
    typeof teamDomain === 'string'
      ? teamDomain
          .trim()
          .replace(/^https:\/\//, '')
          .replace(/\/+$/, '')
      : '';
  const full = host.includes('.') ? host : `${host}.cloudflareaccess.com`;
  if (!/^[a-z0-9]([a-z0-9-]*[a-z0-9])?(\.[a-z0-9]([a-z0-9-]*[a-z0-9])?)+$/i.test(full)) {
    throw new IntercomInputError(
      `cloudflareAccess: teamDomain must look like myteam.cloudflareaccess.com; got ${JSON.stringify(teamDomain)}`,
    );
  }
  return `https://${full.toLowerCase()}`;
}

interface KeyCache {
  get(kid: string): Promise<CryptoKey | undefined>;
}

function keyCache(url: string, fetcher: CloudflareAccessOptions['fetch'], ttlMs: number, now: () => number): KeyCache {
  let keys = new Map<string, CryptoKey>();
  let fetchedAt = Number.NEGATIVE_INFINITY;
  let pending: Promise<void> | undefined;

  const refresh = () =>
    (pending ??= load(url, fetcher ?? ((input, init) => globalThis.fetch(input, init)))
      .then((loaded) => {
        keys = loaded;
        fetchedAt = now();
      })
      .catch((error: unknown) => {
        // Keys that were valid stay in use while the endpoint is failing; without any, refuse loudly.
        if (keys.size === 0) throw error;
        fetchedAt = now();
      })
      .finally(() => {
        pending = undefined;
      }));

  return {
    async get(kid) {
      const age = now() - fetchedAt;
      if (age >= ttlMs || (!keys.has(kid) && age >= REFETCH_MIN_MS)) await refresh();
      return keys.get(kid);
    },
  };
}

async function load(
  url: string,
  fetcher: NonNullable<CloudflareAccessOptions['fetch']>,
): Promise<Map<string, CryptoKey>> {
  const response = await fetcher(url, { headers: { accept: 'application/json' } });
  if (!response.ok) throw new Error(`cloudflareAccess: ${url} answered ${response.status}`);
  const body = (await response.json()) as { keys?: unknown };
  const keys = new Map<string, CryptoKey>();
  for (const jwk of Array.isArray(body.keys) ? body.keys : []) {
    if (typeof jwk !== 'object' || jwk === null) continue;
    const { kid, kty, n, e, alg, use } = jwk as Record<string, unknown>;
    if (typeof kid !== 'string' || kty !== 'RSA' || typeof n !== 'string' || typeof e !== 'string') continue;
    if ((alg !== undefined && alg !== 'RS256') || (use !== undefined && use !== 'sig')) continue;
    keys.set(
      kid,
      await crypto.subtle.importKey('jwk', { kty, n, e, alg: 'RS256', ext: true }, RS256, false, ['verify']),
    );
  }
  return keys;
}
