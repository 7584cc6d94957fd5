import { describe, expect, it } from 'vitest';
import { dayLabel, labelEvery, niceCeiling } from './scale';

describe('niceCeiling', () => {
  it('rounds up to 1, 2 or 5 times a power of ten', () => {
    expect([0, 1, 3, 7, 12, 45, 100, 101, 2001].map(niceCeiling)).toEqual([1, 1, 5, 10, 20, 50, 100, 200, 5000]);
  });
});

describe('labelEvery', () => {
  it('thins labels so that about the maximum fit', () => {
    expect(labelEvery(7, 10)).toBe(1);
    expect(labelEvery(30, 10)).toBe(3);
    expect(labelEvery(91, 10)).toBe(10);
  });
});

describe('dayLabel', () => {
  it('names a UTC day by its date and month', () => {
    expect(dayLabel('2025-03-01')).toBe('1 Mar');
    expect(dayLabel('2024-12-31')).toBe('31 Dec');
  });
});
