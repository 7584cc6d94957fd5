import { afterEach, describe, expect, it, vi } from 'vitest';
import { ApiError } from './errors';
import { FaultInjector, parseFaultHeader, sleep } from './faults';

const outcomes = (injector: FaultInjector, n: number) =>
  Array.from({ length: n }, () => {
    const o = injector.decide(null).outcome;
    return o === null ? 'ok' : o.kind === 'drop' ? 'drop' : o.status;
  });

describe('FaultInjector', () => {
  it('makes no faults by default', () => {
    expect(new Set(outcomes(new FaultInjector(1), 200))).toEqual(new Set(['ok']));
  });

  it('decides the same faults for the same seed and request order', () => {
    const options = { errorRate: 0.2, rateLimitRate: 0.1, dropRate: 0.1 };
    expect(outcomes(new FaultInjector(5, options), 100)).toEqual(outcomes(new FaultInjector(5, options), 100));
    expect(outcomes(new FaultInjector(5, options), 100)).not.toEqual(outcomes(new FaultInjector(6, options), 100));
  });

  it('produces each kind at roughly its rate', () => {
    const result = outcomes(new FaultInjector(11, { errorRate: 0.3, errorStatus: 503, dropRate: 0.1 }), 2000);
    const share = (value: string | number) => result.filter((r) => r === value).length / result.length;
    expect(share('drop')).toBeGreaterThan(0.06);
    expect(share('drop')).toBeLessThan(0.14);
    expect(share(503)).toBeGreaterThan(0.22);
    expect(share(503)).toBeLessThan(0.34);
    expect(share(500)).toBe(0);
  });

  it('applies queued faults first, in order, then falls back to the rates', () => {
    const injector = new FaultInjector(1);
    injector.next(503, 2);
    injector.next('drop');
    injector.next({ latencyMs: 250 });
    expect(outcomes(injector, 3)).toEqual([503, 503, 'drop']);
    expect(injector.decide(null)).toEqual({ latencyMs: 250, outcome: null });
    expect(injector.decide(null)).toEqual({ latencyMs: 0, outcome: null });
  });

  it('lets a request header override everything', () => {
    const injector = new FaultInjector(1, { errorRate: 1 });
    expect(injector.decide('429').outcome).toEqual({ kind: 'status', status: 429 });
    expect(injector.decide('latency=80, 502')).toEqual({ latencyMs: 80, outcome: { kind: 'status', status: 502 } });
    expect(injector.decide(null).outcome).toEqual({ kind: 'status', status: 500 });
  });

  it('switches rates at run time and resets to no faults', () => {
    const injector = new FaultInjector(1);
    injector.set({ errorRate: 1 });
    expect(outcomes(injector, 3)).toEqual([500, 500, 500]);
    injector.next('drop');
    injector.reset();
    expect(outcomes(injector, 3)).toEqual(['ok', 'ok', 'ok']);
  });

  it('draws latency from a range', () => {
    const injector = new FaultInjector(3, { latencyMs: [100, 200] });
    for (let i = 0; i < 50; i++) {
      const { latencyMs } = injector.decide(null);
      expect(latencyMs).toBeGreaterThanOrEqual(100);
      expect(latencyMs).toBeLessThanOrEqual(200);
    }
  });

  it('validates rates and latency', () => {
    expect(() => new FaultInjector(1, { errorRate: 2 })).toThrow(/between 0 and 1/);
    expect(() => new FaultInjector(1, { latencyMs: -5 })).toThrow(/latencyMs/);
    expect(() => new FaultInjector(1).next({ latencyMs: Number.NaN })).toThrow(RangeError);
  });
});

describe('parseFaultHeader', () => {
  it('reads statuses, drop and latency', () => {
    expect(parseFaultHeader('drop')).toEqual({ outcome: { kind: 'drop' } });
    expect(parseFaultHeader('LATENCY=5')).toEqual({ latencyMs: 5, outcome: null });
    expect(parseFaultHeader('403, latency=2')).toEqual({ latencyMs: 2, outcome: { kind: 'status', status: 403 } });
  });

  it('explains unknown tokens with a 400', () => {
    expect(() => parseFaultHeader('418')).toThrow(ApiError);
    expect(() => parseFaultHeader('418')).toThrow(/use 401, 403, 429, 500, 502, 503, 504, drop or latency=<ms>/);
  });
});

describe('sleep', () => {
  afterEach(() => vi.useRealTimers());

  it('resolves only after the delay has passed', async () => {
    vi.useFakeTimers();
    let done = false;
    const pending = sleep(200).then(() => {
      done = true;
    });
    await vi.advanceTimersByTimeAsync(199);
    expect(done).toBe(false);
    await vi.advanceTimersByTimeAsync(1);
    await pending;
    expect(done).toBe(true);
  });

  it('rejects with the abort reason when the signal aborts', async () => {
    const controller = new AbortController();
    const pending = sleep(10_000, controller.signal);
    controller.abort(new Error('stop'));
    await expect(pending).rejects.toThrow('stop');
  });
});
