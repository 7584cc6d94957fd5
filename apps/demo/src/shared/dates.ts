export const DAY_SECONDS = 86_400;

/** `YYYY-MM-DD` (a date input's value), read as UTC midnight, in unix seconds; undefined when empty or invalid. */
export function dayToUnix(day: string): number | undefined {
  if (!/^\d{4}-\d{2}-\d{2}$/.test(day)) return undefined;
  const ms = Date.parse(`${day}T00:00:00Z`);
  return Number.isNaN(ms) ? undefined : ms / 1000;
}

/** The UTC day (`YYYY-MM-DD`) that contains a unix time. */
export function unixToDay(seconds: number): string {
  return new Date(seconds * 1000).toISOString().slice(0, 10);
}

/** Every UTC day from `from` to `to`, both included. */
export function daysBetween(from: string, to: string): string[] {
  const start = dayToUnix(from);
  const end = dayToUnix(to);
  if (start === undefined || end === undefined) return [];
  const days: string[] = [];
  for (let t = start; t <= end; t += DAY_SECONDS) days.push(unixToDay(t));
  return days;
}

/** The UTC day `days` days before `now` (0 is today). */
export function daysAgo(days: number, now: Date): string {
  return unixToDay(Math.floor(now.getTime() / 1000) - days * DAY_SECONDS);
}
