import type { LogConfig, Logger } from '../logging';
import type { OperationId } from '../operations/table.gen';
import type { Supplier } from '../transport/options';
import type { AllowRule } from './allow';
import type { CorsOptions } from './cors';
import type { SearchValidationOptions } from './json-body';

/** What a rate-limit hook decides for one request. */
export interface RateLimitDecision {
  readonly allowed: boolean;
  /** Sent as Retry-After on the 429 answer when `allowed` is false. */
  readonly retryAfterSeconds?: number;
}

/** Consulted for every request that passed every check, just before it is forwarded. */
export type RateLimitHook = (
  request: Request,
  context: { readonly operationId: OperationId },
) => RateLimitDecision | Promise<RateLimitDecision>;

/** Decides whether a caller may use the proxy at all (which operations it may use is `allow`). */
export type Authorize = (request: Request) => boolean | Promise<boolean>;

/** The upstream `fetch`; `globalThis.fetch`, an emulator's `fetch` and most test doubles fit. */
export type UpstreamFetch = (input: string, init: RequestInit) => Promise<Response>;

export interface IntercomProxyOptions {
  /** The Intercom access token the proxy adds; a string or a (sync or async) function returning one. */
  readonly token: Supplier<string>;
  /** The upstream: `'us'`, `'eu'`, `'au'` or a URL. Default the US host. Nothing else is ever contacted. */
  readonly baseUrl?: string;
  /** Where the proxy is mounted: with `/intercom`, `/intercom/admins` maps to `/admins`. Default `/`. */
  readonly mountPath?: string;
  /** Required unless `allowUnauthenticated` is set. See `bearerSecret` and `cloudflareAccess`. */
  readonly authorize?: Authorize;
  /** Lets every caller through: for local development only. */
  readonly allowUnauthenticated?: boolean;
  /** Which operations may pass. Default `['readOnly']`: every GET plus the read-only POSTs (searches, companies.list). */
  readonly allow?: readonly AllowRule[];
  /** Browser origins allowed to call the proxy. Without it, only same-origin and non-browser callers pass. */
  readonly cors?: CorsOptions;
  /** Largest accepted request body. Default 1 MB (1 048 576 bytes). */
  readonly maxBodyBytes?: number;
  /** Per-caller or shared request budget; a refusal answers 429 with Retry-After. */
  readonly rateLimit?: RateLimitHook;
  /** Attribute declarations and limits used to check search bodies. */
  readonly search?: SearchValidationOptions;
  /** Default `globalThis.fetch`, looked up per request. */
  readonly fetch?: UpstreamFetch;
  /** Refusals are logged at `warn`, upstream failures at `error`, forwarded requests at `debug`. Silent by default. */
  readonly logging?: LogConfig | Logger;
}
