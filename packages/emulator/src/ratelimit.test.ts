import { describe, expect, it } from 'vitest';
import { DEFAULT_RATE_LIMIT, rateLimitHeaders, WindowedRateLimiter } from './ratelimit';

describe('WindowedRateLimiter', () => {
  it('defaults to Intercom-like 10-second windows of 1666 requests', () => {
    expect(DEFAULT_RATE_LIMIT).toEqual({ limit: 1666, windowMs: 10_000 });
    const limiter = new WindowedRateLimiter({}, () => 5_000);
    expect(limiter.consume()).toEqual({ allowed: true, limit: 1666, remaining: 1665, resetAt: 10 });
  });

  it('counts down, refuses past the limit, and refills when the window rolls over', () => {
    let now = 1_000_000;
    const limiter = new WindowedRateLimiter({ limit: 2, windowMs: 1000 }, () => now);
    expect(limiter.consume()).toMatchObject({ allowed: true, remaining: 1, resetAt: 1001 });
    expect(limiter.consume()).toMatchObject({ allowed: true, remaining: 0 });
    expect(limiter.consume()).toMatchObject({ allowed: false, remaining: 0 });
    now += 999;
    expect(limiter.peek()).toMatchObject({ allowed: false, remaining: 0 });
    now += 1;
    expect(limiter.consume()).toMatchObject({ allowed: true, remaining: 1, resetAt: 1002 });
  });

  it('can be reset and reconfigured at run time, and validates its options', () => {
    const limiter = new WindowedRateLimiter({ limit: 1 }, () => 0);
    limiter.consume();
    expect(limiter.peek().allowed).toBe(false);
    limiter.reset();
    expect(limiter.peek().allowed).toBe(true);
    limiter.configure({ limit: 5 });
    expect(limiter.consume().remaining).toBe(4);
    expect(() => limiter.configure({ limit: 0 })).toThrow(/positive integer/);
    expect(() => limiter.configure({ windowMs: 0 })).toThrow(/windowMs/);
  });

  it('renders the three X-RateLimit headers', () => {
    expect(rateLimitHeaders({ allowed: true, limit: 10, remaining: 3, resetAt: 99 })).toEqual({
      'X-RateLimit-Limit': '10',
      'X-RateLimit-Remaining': '3',
      'X-RateLimit-Reset': '99',
    });
  });
});
