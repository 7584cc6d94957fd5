/**
 * The Worker's bindings (see wrangler.jsonc). Only the members of the Workers runtime types that
 * this Worker uses are declared, so it builds without the full `@cloudflare/workers-types`.
 */
export interface Env {
  /** Secret: `wrangler secret put INTERCOM_TOKEN`. */
  readonly INTERCOM_TOKEN?: string;
  /** Secret: `wrangler secret put PROXY_SECRET`; callers send `Authorization: Bearer <secret>`. Comma-separated to rotate. */
  readonly PROXY_SECRET?: string;
  /** With ACCESS_AUD: verify Cloudflare Access assertions instead of (or besides) the secret. */
  readonly ACCESS_TEAM_DOMAIN?: string;
  readonly ACCESS_AUD?: string;
  /** `us` (default), `eu`, `au` or a URL. */
  readonly INTERCOM_BASE_URL?: string;
  readonly MOUNT_PATH?: string;
  /** Comma-separated exact origins allowed from browsers. */
  readonly ALLOWED_ORIGINS?: string;
  /** Comma-separated allow rules: `readOnly`, operation ids, `group.*`, `METHOD /path/{param}`. Default `readOnly`. */
  readonly ALLOWED_OPERATIONS?: string;
  /** The budget shared by every instance: this many requests per window. Default 1000 per 10 s. */
  readonly RATE_LIMIT_REQUESTS?: string;
  readonly RATE_LIMIT_WINDOW_SECONDS?: string;
  /** Optional budget per caller (by client IP) within the same window. Empty: none. */
  readonly CALLER_RATE_LIMIT_REQUESTS?: string;
  /** `debug`, `info`, `warn` or `error`; default `warn`. */
  readonly LOG_LEVEL?: string;
  readonly RATE_BUDGET: DurableObjectNamespaceLike;
}

export interface DurableObjectIdLike {
  toString(): string;
}

export interface DurableObjectStubLike {
  fetch(input: string, init?: RequestInit): Promise<Response>;
}

export interface DurableObjectNamespaceLike {
  idFromName(name: string): DurableObjectIdLike;
  get(id: DurableObjectIdLike): DurableObjectStubLike;
}
