/** The smallest 1, 2 or 5 × 10ⁿ at or above `value` (at least 1): a round top for a chart's axis. */
export function niceCeiling(value: number): number {
  if (!(value > 1)) return 1;
  const power = 10 ** Math.floor(Math.log10(value));
  const step = [1, 2, 5, 10].find((m) => m * power >= value) ?? 10;
  return step * power;
}

/** Which of `count` labels to show so that about `max` of them fit: every n-th, starting with the first. */
export function labelEvery(count: number, max: number): number {
  return Math.max(1, Math.ceil(count / max));
}

/** A UTC day (`YYYY-MM-DD`) as an axis label: "1 Mar". */
export function dayLabel(day: string): string {
  return new Date(`${day}T00:00:00Z`).toLocaleDateString('en-GB', { day: 'numeric', month: 'short', timeZone: 'UTC' });
}
