import { describe, expect, it } from 'vitest';
import { FixedWindowBudget } from './budget';

describe('FixedWindowBudget', () => {
  it('allows `limit` requests per window, then refuses until the window ends', () => {
    let now = 1_000;
    const budget = new FixedWindowBudget(3, 10_000, () => now);
    expect([budget.take(), budget.take(), budget.take()].map((decision) => decision.remaining)).toEqual([2, 1, 0]);
    now += 2_500;
    expect(budget.take()).toEqual({ allowed: false, remaining: 0, retryAfterSeconds: 8 });
    now += 7_499;
    expect(budget.take()).toMatchObject({ allowed: false, retryAfterSeconds: 1 });
    now += 1;
    expect(budget.take()).toEqual({ allowed: true, remaining: 2, retryAfterSeconds: 10 });
  });

  it('does not count refused requests against the next window', () => {
    let now = 0;
    const budget = new FixedWindowBudget(1, 1_000, () => now);
    budget.take();
    for (let index = 0; index < 5; index++) budget.take();
    now = 1_000;
    expect(budget.take().allowed).toBe(true);
    expect(budget.take().allowed).toBe(false);
  });

  it('refuses nonsensical limits and windows', () => {
    expect(() => new FixedWindowBudget(0, 1_000)).toThrow(/limit must be a positive integer; got 0/);
    expect(() => new FixedWindowBudget(1.5, 1_000)).toThrow(/limit/);
    expect(() => new FixedWindowBudget(5, Number.NaN)).toThrow(/window/);
  });
});
