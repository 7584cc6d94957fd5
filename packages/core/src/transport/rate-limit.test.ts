import { afterEach, describe, expect, it, vi } from 'vitest';
import { parseRateLimit, RateLimitTracker } from './rate-limit';

afterEach(() => {
  vi.useRealTimers();
});

describe('parseRateLimit', () => {
  it('parses the three X-RateLimit headers', () => {
    const headers = new Headers({
      'x-ratelimit-limit': '1000',
      'x-ratelimit-remaining': '42',
      'x-ratelimit-reset': '1767225600',
    });
    expect(parseRateLimit(headers)).toEqual({ limit: 1000, remaining: 42, resetAt: new Date('2026-01-01T00:00:00Z') });
  });

  it('is undefined when a header is missing or not a number', () => {
    expect(parseRateLimit(new Headers({ 'x-ratelimit-limit': '1000', 'x-ratelimit-remaining': '42' }))).toBeUndefined();
    const bad = new Headers({ 'x-ratelimit-limit': 'lots', 'x-ratelimit-remaining': '1', 'x-ratelimit-reset': '1' });
    expect(parseRateLimit(bad)).toBeUndefined();
  });
});

describe('RateLimitTracker.pace', () => {
  it('does not wait while requests remain', async () => {
    const tracker = new RateLimitTracker();
    tracker.observe({ limit: 10, remaining: 1, resetAt: new Date(Date.now() + 5000) });
    expect(await tracker.pace(60_000)).toBe(0);
  });

  it('waits until the reset when none remain', async () => {
    vi.useFakeTimers({ now: 1_000_000 });
    const tracker = new RateLimitTracker();
    tracker.observe({ limit: 10, remaining: 0, resetAt: new Date(1_000_000 + 3_000) });
    let done = false;
    const pacing = tracker.pace(60_000).then((waited) => {
      done = true;
      return waited;
    });
    await vi.advanceTimersByTimeAsync(2_999);
    expect(done).toBe(false);
    await vi.advanceTimersByTimeAsync(1);
    expect(await pacing).toBe(3_000);
  });

  it('waits at most the maximum, and not at all once the reset has passed', async () => {
    vi.useFakeTimers({ now: 1_000_000 });
    const tracker = new RateLimitTracker();
    tracker.observe({ limit: 10, remaining: 0, resetAt: new Date(1_000_000 + 90_000) });
    const pacing = tracker.pace(60_000);
    await vi.advanceTimersByTimeAsync(60_000);
    expect(await pacing).toBe(60_000);
    tracker.observe({ limit: 10, remaining: 0, resetAt: new Date(Date.now() - 1) });
    expect(await tracker.pace(60_000)).toBe(0);
  });

  it('stops waiting when the signal aborts', async () => {
    vi.useFakeTimers({ now: 1_000_000 });
    const tracker = new RateLimitTracker();
    tracker.observe({ limit: 10, remaining: 0, resetAt: new Date(1_000_000 + 30_000) });
    const controller = new AbortController();
    const pacing = tracker.pace(60_000, controller.signal);
    controller.abort(new Error('stop'));
    await expect(pacing).rejects.toThrow('stop');
  });
});
