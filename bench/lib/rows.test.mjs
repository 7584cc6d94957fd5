import { describe, expect, it } from 'vitest';
import { atMost, exactly, row } from './rows.mjs';

describe('row', () => {
  it('summarises the samples and the ratios to the paired reference', () => {
    const result = row({
      measure: 'm',
      contender: 'c',
      unit: 'µs',
      samples: [10, 30, 12],
      reference: { vs: 'ref', samples: [10, 10, 8] },
    });
    expect(result.summary).toEqual({ median: 12, min: 10, max: 30, n: 3 });
    expect(result.ratio?.vs).toBe('ref');
    expect(result.ratio?.samples).toEqual([1, 3, 1.5]);
    expect(result.ratio?.summary.median).toBe(1.5);
    expect(result.target).toBeUndefined();
  });

  it('judges a target on the median value or on the median ratio', () => {
    const samples = [4, 6, 5];
    expect(row({ measure: 'm', contender: 'c', unit: 'ms', samples, target: atMost(5, '≤ 5') }).target).toEqual({
      text: '≤ 5',
      met: true,
      on: 'value',
      measured: 5,
    });
    expect(
      row({ measure: 'm', contender: 'c', unit: 'ms', samples, target: atMost(5, '< 5', { strict: true }) }).target
        ?.met,
    ).toBe(false);
    const ratio = row({
      measure: 'm',
      contender: 'c',
      unit: 'ms',
      samples,
      reference: { vs: 'r', samples: [4, 4, 4] },
      target: atMost(1.05, '≤ 1.05×', { on: 'ratio' }),
    });
    expect(ratio.target).toEqual({ text: '≤ 1.05×', met: false, on: 'ratio', measured: 1.25 });
  });

  it('judges an exact target', () => {
    expect(
      row({ measure: 'm', contender: 'c', unit: 'x', samples: [1, 1, 2], target: exactly(1, '1') }).target?.met,
    ).toBe(true);
    expect(
      row({ measure: 'm', contender: 'c', unit: 'x', samples: [2, 1, 2], target: exactly(1, '1') }).target?.met,
    ).toBe(false);
  });

  it('refuses a ratio target on a row without a reference', () => {
    expect(() =>
      row({ measure: 'm', contender: 'c', unit: 'x', samples: [1], target: atMost(1, '≤ 1×', { on: 'ratio' }) }),
    ).toThrow(/no reference/);
  });
});
