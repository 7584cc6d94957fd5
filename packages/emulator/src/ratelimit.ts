/**
 * A fixed-window request budget, shaped like Intercom's: the default 1666 requests per 10-second
 * window is Intercom's 10,000 per minute spread over six windows.
 */
export interface RateLimitOptions {
  /** Requests allowed per window. */
  limit?: number;
  windowMs?: number;
}

export interface RateLimitState {
  allowed: boolean;
  limit: number;
  remaining: number;
  /** Unix seconds when the current window ends and the budget refills. */
  resetAt: number;
}

export const DEFAULT_RATE_LIMIT = { limit: 1666, windowMs: 10_000 } as const;

export class WindowedRateLimiter {
  private limit: number;
  private windowMs: number;
  private windowStart = Number.NEGATIVE_INFINITY;
  private used = 0;

  constructor(
    options: RateLimitOptions,
    private readonly nowMs: () => number,
  ) {
    this.limit = DEFAULT_RATE_LIMIT.limit;
    this.windowMs = DEFAULT_RATE_LIMIT.windowMs;
    this.configure(options);
  }

  configure(options: RateLimitOptions): void {
    const limit = options.limit ?? this.limit;
    const windowMs = options.windowMs ?? this.windowMs;
    if (!Number.isInteger(limit) || limit < 1)
      throw new RangeError(`rateLimit.limit must be a positive integer, got ${limit}`);
    if (!Number.isFinite(windowMs) || windowMs < 1)
      throw new RangeError(`rateLimit.windowMs must be >= 1, got ${windowMs}`);
    this.limit = limit;
    this.windowMs = windowMs;
    this.reset();
  }

  /** Counts one request and tells whether it fits in the current window. */
  consume(): RateLimitState {
    this.roll();
    const allowed = this.used < this.limit;
    if (allowed) this.used++;
    return this.state(allowed);
  }

  peek(): RateLimitState {
    this.roll();
    return this.state(this.used < this.limit);
  }

  reset(): void {
    this.windowStart = Number.NEGATIVE_INFINITY;
    this.used = 0;
  }

  private roll(): void {
    const now = this.nowMs();
    const start = Math.floor(now / this.windowMs) * this.windowMs;
    if (start !== this.windowStart) {
      this.windowStart = start;
      this.used = 0;
    }
  }

  private state(allowed: boolean): RateLimitState {
    return {
      allowed,
      limit: this.limit,
      remaining: Math.max(0, this.limit - this.used),
      resetAt: Math.ceil((this.windowStart + this.windowMs) / 1000),
    };
  }
}

export function rateLimitHeaders(state: RateLimitState): Record<string, string> {
  return {
    'X-RateLimit-Limit': String(state.limit),
    'X-RateLimit-Remaining': String(state.remaining),
    'X-RateLimit-Reset': String(state.resetAt),
  };
}
