import { describe, expect, it } from 'vitest';
import { snoozeOptions } from './snooze';

describe('snoozeOptions', () => {
  it('offers an hour, four hours, tomorrow morning and a week from now', () => {
    const now = new Date('2025-03-31T22:30:00Z');
    const start = now.getTime() / 1000;
    expect(snoozeOptions(now)).toEqual([
      { label: 'For 1 hour', until: start + 3600 },
      { label: 'For 4 hours', until: start + 4 * 3600 },
      { label: 'Until tomorrow, 09:00 UTC', until: Date.parse('2025-04-01T09:00:00Z') / 1000 },
      { label: 'For a week', until: start + 7 * 86400 },
    ]);
  });
});
