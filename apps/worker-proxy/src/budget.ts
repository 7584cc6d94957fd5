export interface BudgetDecision {
  readonly allowed: boolean;
  readonly remaining: number;
  /** Seconds until the window resets (when refused, the time to wait). */
  readonly retryAfterSeconds: number;
}

/**
 * A fixed window of `limit` requests per `windowMs`, starting at the first request after the last
 * window ended. Refused requests do not count. One instance lives in the Durable Object that every
 * proxy instance consults, so the whole fleet shares the count.
 */
export class FixedWindowBudget {
  private windowStart = Number.NEGATIVE_INFINITY;
  private used = 0;

  constructor(
    readonly limit: number,
    readonly windowMs: number,
    private readonly now: () => number = Date.now,
  ) {
    if (!Number.isSafeInteger(limit) || limit < 1)
      throw new RangeError(`budget limit must be a positive integer; got ${limit}`);
    if (!Number.isSafeInteger(windowMs) || windowMs < 1)
      throw new RangeError(`budget window must be a positive integer of ms; got ${windowMs}`);
  }

  take(): BudgetDecision {
    const now = this.now();
    if (now - this.windowStart >= this.windowMs) {
      this.windowStart = now;
      this.used = 0;
    }
    const retryAfterSeconds = Math.max(1, Math.ceil((this.windowStart + this.windowMs - now) / 1000));
    if (this.used >= this.limit) return { allowed: false, remaining: 0, retryAfterSeconds };
    this.used++;
    return { allowed: true, remaining: this.limit - this.used, retryAfterSeconds };
  }
}
