import { environmentUrl } from '../environments';
import { IntercomInputError } from '../errors/client-errors';
import { type ClientLogger, createLogger } from '../logging';
import { operationTable } from '../operations/table.gen';
import type { Supplier } from '../transport/options';
import { resolveAllowList } from './allow';
import { type CorsPolicy, resolveCors } from './cors';
import type { SearchValidationOptions } from './json-body';
import type { Authorize, IntercomProxyOptions, RateLimitHook, UpstreamFetch } from './options';
import { normalizePath } from './path';
import { type RouteTable, routesForTable } from './routes';

export interface ProxyConfig {
  readonly token: Supplier<string>;
  /** Origin plus path prefix, without a trailing slash. */
  readonly upstream: string;
  /** Normalised mount path without a trailing slash; '' for the root. */
  readonly mount: string;
  readonly authorize: Authorize | undefined;
  readonly allowed: ReadonlySet<string>;
  readonly cors: CorsPolicy | undefined;
  readonly maxBodyBytes: number;
  readonly rateLimit: RateLimitHook | undefined;
  readonly search: SearchValidationOptions;
  readonly fetch: UpstreamFetch;
  readonly logger: ClientLogger;
  readonly routes: RouteTable;
}

const DEFAULT_MAX_BODY_BYTES = 1024 * 1024;
const defaultFetch: UpstreamFetch = (input, init) => globalThis.fetch(input, init);

/** Checks every option once, so a misconfigured proxy fails at start-up with a message saying what to fix. */
export function resolveProxyConfig(options: IntercomProxyOptions): ProxyConfig {
  const fail = (message: string) => new IntercomInputError(`createIntercomProxy: ${message}`);
  if (typeof options !== 'object' || options === null) throw fail('pass an options object');
  const { token } = options;
  if (typeof token !== 'function' && (typeof token !== 'string' || token.trim() === '')) {
    throw fail('token must be a non-empty string or a function returning one');
  }
  if (options.authorize === undefined && options.allowUnauthenticated !== true) {
    throw fail(
      'authorize is required (e.g. bearerSecret(secret) or cloudflareAccess({ teamDomain, audience })); set allowUnauthenticated: true only for local development',
    );
  }
  if (options.authorize !== undefined && typeof options.authorize !== 'function')
    throw fail('authorize must be a function');
  const maxBodyBytes = options.maxBodyBytes ?? DEFAULT_MAX_BODY_BYTES;
  if (!Number.isSafeInteger(maxBodyBytes) || maxBodyBytes < 0) {
    throw fail(`maxBodyBytes must be a non-negative integer; got ${maxBodyBytes}`);
  }
  if (options.rateLimit !== undefined && typeof options.rateLimit !== 'function')
    throw fail('rateLimit must be a function');
  if (options.fetch !== undefined && typeof options.fetch !== 'function') throw fail('fetch must be a function');
  return {
    token,
    upstream: resolveUpstream(options.baseUrl ?? 'us', fail),
    mount: resolveMount(options.mountPath ?? '/', fail),
    authorize: options.authorize,
    allowed: resolveAllowList(options.allow, operationTable),
    cors: resolveCors(options.cors),
    maxBodyBytes,
    rateLimit: options.rateLimit,
    search: options.search ?? {},
    fetch: options.fetch ?? defaultFetch,
    logger: createLogger(options.logging),
    routes: routesForTable(),
  };
}

function resolveUpstream(baseUrl: string, fail: (message: string) => Error): string {
  let url: URL;
  try {
    url = new URL(environmentUrl(baseUrl));
  } catch {
    throw fail(`baseUrl must be 'us', 'eu', 'au' or an absolute URL; got ${JSON.stringify(baseUrl)}`);
  }
  if (url.protocol !== 'https:' && url.protocol !== 'http:')
    throw fail(`baseUrl must use https (or http for local testing)`);
  if (url.username || url.password || url.search || url.hash) {
    throw fail('baseUrl must not carry credentials, a query or a fragment');
  }
  return `${url.origin}${url.pathname.replace(/\/+$/, '')}`;
}

function resolveMount(mountPath: string, fail: (message: string) => Error): string {
  const trimmed = typeof mountPath === 'string' ? mountPath.replace(/\/+$/, '') : undefined;
  if (trimmed === '') return '';
  const checked = trimmed === undefined ? undefined : normalizePath(trimmed);
  if (checked === undefined || 'problem' in checked || checked.path !== trimmed) {
    throw fail(`mountPath must be a plain path such as '/' or '/intercom'; got ${JSON.stringify(mountPath)}`);
  }
  return trimmed;
}
