import { describe, expect, it } from 'vitest';
import {
  concurrentMicrosecondsPerCall,
  interleaved,
  interleavedMetrics,
  microsecondsPerCall,
  rotate,
  samplesOf,
  sleep,
} from './sampling.mjs';

describe('interleaved', () => {
  it('measures every contender once per round, rotating the order, and records only the runs after the warm-up', async () => {
    /** @type {string[]} */
    const calls = [];
    let next = 0;
    /** @param {string} name */
    const contender = (name) => ({
      name,
      measure: () => {
        calls.push(name);
        return next++;
      },
    });
    const samples = await interleaved([contender('a'), contender('b'), contender('c')], { warmup: 1, runs: 3 });
    expect(calls).toEqual(['a', 'b', 'c', 'a', 'b', 'c', 'b', 'c', 'a', 'c', 'a', 'b']);
    // Values 0–2 were the warm-up; the recorded ones are in round order for each contender.
    expect(samplesOf(samples, 'a')).toEqual([3, 8, 10]);
    expect(samplesOf(samples, 'b')).toEqual([4, 6, 11]);
    expect(samplesOf(samples, 'c')).toEqual([5, 7, 9]);
  });

  it('refuses zero runs and duplicate names', async () => {
    await expect(interleaved([{ name: 'a', measure: () => 1 }], { warmup: 0, runs: 0 })).rejects.toThrow(
      /at least one run/,
    );
    await expect(
      interleaved(
        [
          { name: 'a', measure: () => 1 },
          { name: 'a', measure: () => 2 },
        ],
        { warmup: 0, runs: 1 },
      ),
    ).rejects.toThrow(/unique/);
  });
});

describe('interleavedMetrics', () => {
  it('keeps each metric of a measurement apart', async () => {
    let run = 0;
    const samples = await interleavedMetrics(
      [{ name: 'x', measure: async () => ({ size: 10 + run, time: 100 + run++ }) }],
      { warmup: 1, runs: 2 },
    );
    const x = samplesOf(samples, 'x');
    expect(samplesOf(x, 'size')).toEqual([11, 12]);
    expect(samplesOf(x, 'time')).toEqual([101, 102]);
  });
});

describe('samplesOf', () => {
  it('names what was measured when asked for something that was not', () => {
    expect(() => samplesOf(new Map([['a', [1]]]), 'b')).toThrow('No samples for "b"; measured: a.');
  });
});

describe('rotate', () => {
  it('starts at the given offset and wraps around', () => {
    expect(rotate([1, 2, 3], 1)).toEqual([2, 3, 1]);
    expect(rotate([1, 2, 3], 4)).toEqual([2, 3, 1]);
    expect(rotate([], 2)).toEqual([]);
  });
});

describe('timing helpers', () => {
  it('calls the operation the given number of times in sequence', async () => {
    let calls = 0;
    let inFlight = 0;
    let maxInFlight = 0;
    const perCall = await microsecondsPerCall(5, async () => {
      calls++;
      maxInFlight = Math.max(maxInFlight, ++inFlight);
      await sleep(1);
      inFlight--;
    });
    expect(calls).toBe(5);
    expect(maxInFlight).toBe(1);
    expect(perCall).toBeGreaterThan(0);
  });

  it('spreads the calls over the given number of concurrent lanes', async () => {
    let calls = 0;
    let inFlight = 0;
    let maxInFlight = 0;
    await concurrentMicrosecondsPerCall(20, 4, async () => {
      calls++;
      maxInFlight = Math.max(maxInFlight, ++inFlight);
      await sleep(1);
      inFlight--;
    });
    expect(calls).toBe(20);
    expect(maxInFlight).toBe(4);
  });
});
