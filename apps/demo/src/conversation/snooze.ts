const HOUR = 3600;

export interface SnoozeOption {
  readonly label: string;
  /** Unix seconds. */
  readonly until: number;
}

/** The snooze choices offered at `now`: an hour, four hours, tomorrow 09:00 UTC, a week. */
export function snoozeOptions(now: Date): SnoozeOption[] {
  const seconds = Math.floor(now.getTime() / 1000);
  const tomorrow = new Date(Date.UTC(now.getUTCFullYear(), now.getUTCMonth(), now.getUTCDate() + 1, 9));
  return [
    { label: 'For 1 hour', until: seconds + HOUR },
    { label: 'For 4 hours', until: seconds + 4 * HOUR },
    { label: 'Until tomorrow, 09:00 UTC', until: tomorrow.getTime() / 1000 },
    { label: 'For a week', until: seconds + 7 * 24 * HOUR },
  ];
}
