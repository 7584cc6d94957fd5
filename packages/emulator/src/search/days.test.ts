import { describe, expect, it } from 'vitest';
import { isValidTimeZone, startOfDay, startOfNextDay } from './days';

const at = (iso: string) => Date.parse(iso) / 1000;

describe('calendar days', () => {
  it('finds UTC midnights', () => {
    expect(startOfDay(at('2025-03-10T17:45:00Z'), 'UTC')).toBe(at('2025-03-10T00:00:00Z'));
    expect(startOfNextDay(at('2025-03-10T17:45:00Z'), 'UTC')).toBe(at('2025-03-11T00:00:00Z'));
  });

  it('uses the local midnight of other timezones', () => {
    // 2025-03-10 01:00 UTC is still 2025-03-09 in Los Angeles (UTC-7 after DST began on the 9th).
    expect(startOfDay(at('2025-03-10T01:00:00Z'), 'America/Los_Angeles')).toBe(at('2025-03-09T08:00:00Z'));
    expect(startOfDay(at('2025-06-15T12:00:00Z'), 'Asia/Tokyo')).toBe(at('2025-06-14T15:00:00Z'));
  });

  it('handles days that are 23 hours long (DST start)', () => {
    const dayStart = startOfDay(at('2025-03-09T12:00:00Z'), 'America/Los_Angeles');
    expect(dayStart).toBe(at('2025-03-09T08:00:00Z'));
    expect(startOfNextDay(at('2025-03-09T12:00:00Z'), 'America/Los_Angeles') - dayStart).toBe(23 * 3600);
  });

  it('validates timezone names', () => {
    expect(isValidTimeZone('Europe/Dublin')).toBe(true);
    expect(isValidTimeZone('Mars/Olympus')).toBe(false);
  });
});
