import { describe, expect, it } from 'vitest';
import { daysAgo, daysBetween, dayToUnix, unixToDay } from './dates';

describe('dates', () => {
  it('reads a date input as UTC midnight', () => {
    expect(dayToUnix('2025-03-01')).toBe(1740787200);
    expect(dayToUnix('')).toBeUndefined();
    expect(dayToUnix('2025-02-30x')).toBeUndefined();
    expect(dayToUnix('2025-13-01')).toBeUndefined();
  });

  it('names the UTC day of a time', () => {
    expect(unixToDay(1740787199)).toBe('2025-02-28');
    expect(unixToDay(1740787200)).toBe('2025-03-01');
  });

  it('lists every day of a range, both ends included', () => {
    expect(daysBetween('2024-02-27', '2024-03-01')).toEqual(['2024-02-27', '2024-02-28', '2024-02-29', '2024-03-01']);
    expect(daysBetween('2025-03-02', '2025-03-01')).toEqual([]);
  });

  it('counts days back from now', () => {
    const now = new Date('2025-03-10T23:30:00Z');
    expect(daysAgo(0, now)).toBe('2025-03-10');
    expect(daysAgo(10, now)).toBe('2025-02-28');
  });
});
