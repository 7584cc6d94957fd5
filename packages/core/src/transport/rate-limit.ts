import { sleep } from '../internal/sleep';

/** Intercom's `X-RateLimit-*` headers, parsed (the older SDKs' `rate_limit_details`). */
export interface RateLimit {
  /** Requests allowed in the current window (`X-RateLimit-Limit`). */
  readonly limit: number;
  /** Requests left in the current window (`X-RateLimit-Remaining`). */
  readonly remaining: number;
  /** When the window resets (`X-RateLimit-Reset`, epoch seconds). */
  readonly resetAt: Date;
}

/** `undefined` unless all three headers are present and numeric: a partial reading would mislead pacing. */
export function parseRateLimit(headers: Headers): RateLimit | undefined {
  const limit = headers.get('x-ratelimit-limit');
  const remaining = headers.get('x-ratelimit-remaining');
  const reset = headers.get('x-ratelimit-reset');
  if (limit === null || remaining === null || reset === null) return undefined;
  const parsed = { limit: Number(limit), remaining: Number(remaining), resetAt: new Date(Number(reset) * 1000) };
  if (!Number.isFinite(parsed.limit) || !Number.isFinite(parsed.remaining) || Number.isNaN(parsed.resetAt.getTime())) {
    return undefined;
  }
  return parsed;
}

/** The latest rate-limit reading of one client, shared by all its requests. */
export class RateLimitTracker {
  current: RateLimit | undefined;

  observe(rateLimit: RateLimit | undefined): void {
    if (rateLimit) this.current = rateLimit;
  }

  /**
   * Client-side pacing: when the last response said no requests are left, wait for the window
   * to reset (at most `maxWaitMs`) instead of sending a request that would get a 429.
   */
  async pace(maxWaitMs: number, signal?: AbortSignal): Promise<number> {
    const current = this.current;
    if (!current || current.remaining > 0) return 0;
    const wait = Math.min(current.resetAt.getTime() - Date.now(), maxWaitMs);
    if (wait <= 0) return 0;
    await sleep(wait, signal);
    return wait;
  }
}
