import { createFetch } from 'ofetch';
import { environmentUrl, IntercomEnvironment, type IntercomRegion } from './environments';
import { IntercomInputError } from './errors/client-errors';
import { supply } from './internal/supplier';
import { checkOptions } from './internal/validate';
import { createLogger, type LogConfig, type Logger } from './logging/logger';
import type { IntercomApi } from './operations/api.gen';
import type { SearchResource } from './operations/spec';
import type { PagePromise } from './pagination/page-promise';
import type { PaginationSpec } from './pagination/strategies';
import { buildResource, groupNames } from './resources';
import { execute } from './resources-call';
import { resolveBodyQuery } from './resources-request';
import { readEnv } from './runtime';
import type { HttpMethod, HttpRequest, TransportConfig } from './transport/config';
import type { HttpResponsePromise } from './transport/http-response-promise';
import type { HeaderValues, IntercomVersion, QueryValue, RequestOptions, Supplier } from './transport/options';
import { type RateLimit, RateLimitTracker } from './transport/rate-limit';
import { isIdempotent } from './transport/retry';

export interface IntercomClientOptions {
  /** An access token, or a (sync or async) function returning one. Default: `INTERCOM_TOKEN` where the runtime has an environment. */
  token?: Supplier<string | undefined>;
  /** `IntercomEnvironment.EuProduction`, `'eu'`, or any base URL. Default: `INTERCOM_BASE_URL`, else the US host. */
  environment?: Supplier<IntercomEnvironment | IntercomRegion | (string & {})>;
  /** Overrides `environment`, e.g. a proxy that adds the token (then no token is needed). */
  baseUrl?: Supplier<string>;
  /** The `Intercom-Version` header. Default `"2.14"`. */
  version?: IntercomVersion;
  /** Retries of a failed request (see the retry rule in the README). Default 2. */
  maxRetries?: number;
  /** Per-attempt timeout. Default 60. */
  timeoutInSeconds?: number;
  /** Sent with every request. */
  headers?: HeaderValues;
  /** The fetch to use. Default: `globalThis.fetch`, looked up when each request is sent. */
  fetch?: typeof fetch;
  /** A logger, or `{ level, logger, silent }`. Silent by default; `INTERCOM_LOG=debug` where an environment exists. */
  logging?: LogConfig | Logger;
  /** When the last response said no requests are left, wait for the rate-limit reset before sending. Default false. */
  waitForRateLimitReset?: boolean;
  /** Fetch the next page while the current one is iterated. Default true. */
  prefetchPages?: boolean;
}

/** A request outside the operation table (a later API version, the Unstable API). */
export interface IntercomRawRequest {
  method: HttpMethod;
  /** Below the base URL, starting with `/`. */
  path: string;
  query?: Record<string, QueryValue>;
  /** Sent as JSON. */
  body?: unknown;
  /** A POST that only reads, retried like a GET. */
  readOnly?: boolean;
  /** Resolve a search-dsl expression in `body.query` against this search catalog. */
  search?: SearchResource;
}

// The generated interface gives every `client.<group>.<method>` its type; index signatures, if
// any, are dropped so that they cannot swallow the class's own members.
type KnownMembers<T> = { [K in keyof T as string extends K ? never : K]: T[K] };
export interface IntercomClient extends KnownMembers<IntercomApi> {}

/** The Intercom REST API client: `client.<group>.<method>(request?, requestOptions?)` for every operation. */
// biome-ignore lint/suspicious/noUnsafeDeclarationMerging: the members declared by the interface are the table-built resource getters.
export class IntercomClient {
  readonly #config: TransportConfig;
  readonly #resources: Record<string, unknown> = {};

  static {
    for (const group of groupNames()) {
      Object.defineProperty(IntercomClient.prototype, group, {
        configurable: true,
        get(this: IntercomClient) {
          // Built on first use: creating a client costs nothing per operation.
          this.#resources[group] ??= buildResource(this.#config, group);
          return this.#resources[group];
        },
      });
    }
  }

  constructor(options: IntercomClientOptions = {}) {
    checkOptions(options, 'IntercomClient options');
    const unknown = Object.keys(options).filter((key) => !OPTION_NAMES.includes(key));
    if (unknown.length > 0) {
      throw new IntercomInputError(
        `Unknown IntercomClient option(s) ${unknown.join(', ')}; known: ${OPTION_NAMES.join(', ')}.`,
      );
    }
    const custom = options.fetch;
    if (custom !== undefined && typeof custom !== 'function') {
      throw new IntercomInputError(`IntercomClient options.fetch must be a function, got ${typeof custom}.`);
    }
    this.#config = {
      baseUrl: baseUrl(options),
      token: options.token ?? readEnv('INTERCOM_TOKEN') ?? readEnv('INTERCOM_API_KEY'),
      version: options.version ?? '2.14',
      headers: options.headers,
      maxRetries: options.maxRetries ?? 2,
      timeoutInSeconds: options.timeoutInSeconds ?? 60,
      prefetchPages: options.prefetchPages ?? true,
      pacing: options.waitForRateLimitReset ?? false,
      // Looked up per request so that a fetch installed after the client was created is used.
      http: createFetch({ fetch: (input, init) => (custom ?? globalThis.fetch)(input, init) }),
      logger: createLogger(options.logging),
      rateLimit: new RateLimitTracker(),
    };
  }

  /** The rate limit reported by the latest response (`X-RateLimit-*`), until one arrives `undefined`. */
  get rateLimit(): RateLimit | undefined {
    return this.#config.rateLimit.current;
  }

  /**
   * Any request, with the client's auth, version header, retries and errors: for operations
   * outside the table. With `pagination`, the answer is a `Page` of that style.
   */
  request<T = unknown>(
    request: IntercomRawRequest & { pagination: PaginationSpec },
    options?: RequestOptions,
  ): PagePromise<T>;
  request<T = unknown>(request: IntercomRawRequest, options?: RequestOptions): HttpResponsePromise<T>;
  request(
    request: IntercomRawRequest & { pagination?: PaginationSpec },
    options?: RequestOptions,
  ): HttpResponsePromise<unknown> {
    return execute(this.#config, () => rawToHttp(request), options, request?.pagination);
  }
}

// A Record over the option type, so that a new option does not compile until it is listed here.
const OPTION_NAMES = Object.keys({
  token: 1,
  environment: 1,
  baseUrl: 1,
  version: 1,
  maxRetries: 1,
  timeoutInSeconds: 1,
  headers: 1,
  fetch: 1,
  logging: 1,
  waitForRateLimitReset: 1,
  prefetchPages: 1,
} satisfies Record<keyof IntercomClientOptions, 1>);

const METHODS: readonly string[] = ['GET', 'POST', 'PUT', 'DELETE', 'PATCH'];

function rawToHttp({ method, path, query, body, readOnly, search }: IntercomRawRequest): HttpRequest {
  if (!METHODS.includes(method)) {
    throw new IntercomInputError(`client.request: method must be one of ${METHODS.join(', ')}, got ${String(method)}.`);
  }
  if (typeof path !== 'string' || path[0] !== '/') {
    throw new IntercomInputError(
      `client.request: path must start with "/" (it is appended to the base URL), got ${String(path)}.`,
    );
  }
  return { method, path, query, body: resolveBodyQuery(body, search), idempotent: isIdempotent(method, readOnly) };
}

/** `baseUrl` > `environment` > `INTERCOM_BASE_URL` > US host; fixed URLs are checked here, functions per request. */
function baseUrl(options: IntercomClientOptions): string | (() => Promise<string>) {
  const given =
    options.baseUrl ?? options.environment ?? readEnv('INTERCOM_BASE_URL') ?? IntercomEnvironment.UsProduction;
  if (typeof given === 'function') return async () => checkedUrl(environmentUrl(await supply(given)));
  return checkedUrl(environmentUrl(given));
}

function checkedUrl(url: string): string {
  let parsed: URL | undefined;
  try {
    parsed = new URL(url);
  } catch {}
  if (!parsed || (parsed.protocol !== 'https:' && parsed.protocol !== 'http:')) {
    throw new IntercomInputError(
      `Intercom base URL must be an http(s) URL or one of 'us', 'eu', 'au', got ${JSON.stringify(url)}.`,
    );
  }
  return url.replace(/\/+$/, '');
}
