import { describe, expect, it } from 'vitest';
import { median, pairedDifferences, pairedRatios, summarize } from './stats.mjs';

describe('median', () => {
  it('takes the middle value of an odd count and the mean of the two middle values of an even count', () => {
    expect(median([5, 1, 3])).toBe(3);
    expect(median([4, 1, 3, 2])).toBe(2.5);
  });

  it('leaves its input unsorted', () => {
    const values = [3, 1, 2];
    median(values);
    expect(values).toEqual([3, 1, 2]);
  });

  it('refuses an empty list', () => {
    expect(() => median([])).toThrow(RangeError);
  });
});

describe('summarize', () => {
  it('gives median, min, max and count', () => {
    expect(summarize([7, 2, 9, 4])).toEqual({ median: 5.5, min: 2, max: 9, n: 4 });
  });

  it('refuses a measurement that is not a finite number', () => {
    expect(() => summarize([1, Number.NaN])).toThrow(/non-finite/);
    expect(() => summarize([Number.POSITIVE_INFINITY])).toThrow(/non-finite/);
  });
});

describe('paired ratios and differences', () => {
  it('pairs samples of the same run', () => {
    expect(pairedRatios([2, 6], [1, 3])).toEqual([2, 2]);
    expect(pairedDifferences([5, 9], [1, 3])).toEqual([4, 6]);
  });

  it('refuses samples that do not pair up', () => {
    expect(() => pairedRatios([1, 2], [1])).toThrow(/as many samples/);
    expect(() => pairedDifferences([1], [1, 2])).toThrow(/as many samples/);
  });
});
