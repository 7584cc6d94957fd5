import { describe, expect, it } from 'vitest';
import { formatDuration, timeAgo } from './format';

describe('timeAgo', () => {
  const now = new Date('2025-03-10T12:00:00Z');
  const at = (iso: string) => Date.parse(iso) / 1000;

  it('says how long ago, in the largest whole unit', () => {
    expect(timeAgo(at('2025-03-10T11:59:30Z'), now)).toBe('just now');
    expect(timeAgo(at('2025-03-10T11:55:00Z'), now)).toBe('5 min ago');
    expect(timeAgo(at('2025-03-10T09:00:01Z'), now)).toBe('2 h ago');
    expect(timeAgo(at('2025-03-08T12:00:00Z'), now)).toBe('2 d ago');
    expect(timeAgo(at('2025-01-01T12:00:00Z'), now)).toBe('1 Jan 2025');
    expect(timeAgo(undefined, now)).toBe('');
  });
});

describe('formatDuration', () => {
  it('shows seconds, minutes, hours and days', () => {
    expect(formatDuration(45)).toBe('45 s');
    expect(formatDuration(12 * 60 + 10)).toBe('12 min');
    expect(formatDuration(3 * 3600 + 20 * 60)).toBe('3 h 20 min');
    expect(formatDuration(2 * 3600)).toBe('2 h');
    expect(formatDuration(2 * 86400 + 4 * 3600)).toBe('2 d 4 h');
    expect(formatDuration(3 * 86400)).toBe('3 d');
  });
});
