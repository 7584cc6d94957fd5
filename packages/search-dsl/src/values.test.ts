import { describe, expect, it } from 'vitest';
import { formatIsoDate, MAX_UNIX_SECONDS, parseIsoDate, toWireScalar, unixSecondsOfDate } from './values';

describe('parseIsoDate', () => {
  it('reads a calendar date as UTC midnight', () => {
    expect(parseIsoDate('2025-01-01')).toBe(Date.UTC(2025, 0, 1) / 1000);
  });

  it('reads date-times with Z or an offset', () => {
    expect(parseIsoDate('2025-01-01T10:00:00Z')).toBe(Date.UTC(2025, 0, 1, 10) / 1000);
    expect(parseIsoDate('2025-01-01T10:00Z')).toBe(Date.UTC(2025, 0, 1, 10) / 1000);
    expect(parseIsoDate('2025-01-01T12:30:00+02:30')).toBe(Date.UTC(2025, 0, 1, 10) / 1000);
    expect(parseIsoDate('2025-01-01T05:00:00-0500')).toBe(Date.UTC(2025, 0, 1, 10) / 1000);
  });

  it('drops fractions of a second (the API stores whole seconds)', () => {
    expect(parseIsoDate('2025-01-01T10:00:00.999Z')).toBe(Date.UTC(2025, 0, 1, 10) / 1000);
  });

  it('refuses a date-time without a zone, whose meaning depends on the machine', () => {
    expect(parseIsoDate('2025-01-01T10:00:00')).toBeUndefined();
  });

  it.each([
    '2025-02-30',
    '2023-02-29',
    '2025-13-01',
    '2025-00-10',
    '2025-01-01T24:00:00Z',
    '2025-01-01T10:60Z',
    '2025-01-01T10:00:00+24:00',
    '1 Jan 2025',
    '2025-1-1',
    '',
  ])('refuses %j', (text) => {
    expect(parseIsoDate(text)).toBeUndefined();
  });

  it('accepts 29 February of a leap year', () => {
    expect(parseIsoDate('2024-02-29')).toBe(Date.UTC(2024, 1, 29) / 1000);
  });
});

describe('formatIsoDate', () => {
  it('prints midnight UTC as a date and other times with seconds and Z', () => {
    expect(formatIsoDate(Date.UTC(2025, 0, 1) / 1000)).toBe('2025-01-01');
    expect(formatIsoDate(Date.UTC(2025, 0, 1, 10, 5, 7) / 1000)).toBe('2025-01-01T10:05:07Z');
  });

  it('is read back to the same seconds', () => {
    for (const seconds of [0, 1, 1_735_689_600, 1_735_689_601, MAX_UNIX_SECONDS]) {
      expect(parseIsoDate(formatIsoDate(seconds))).toBe(seconds);
    }
  });
});

describe('unixSecondsOfDate', () => {
  it('floors to whole seconds and gives NaN for an invalid Date', () => {
    expect(unixSecondsOfDate(new Date(1_735_689_600_999))).toBe(1_735_689_600);
    expect(unixSecondsOfDate(new Date('nope'))).toBeNaN();
  });

  it('puts the year-5000 boundary where the constant says', () => {
    expect(new Date(MAX_UNIX_SECONDS * 1000).toISOString()).toBe('5000-01-01T00:00:00.000Z');
  });
});

describe('toWireScalar', () => {
  it('sends fractional numbers as decimal strings and leaves everything else alone', () => {
    expect(toWireScalar(4.5)).toBe('4.5');
    expect(toWireScalar(4)).toBe(4);
    expect(toWireScalar('4.5')).toBe('4.5');
    expect(toWireScalar(true)).toBe(true);
    expect(toWireScalar(null)).toBeNull();
  });
});
