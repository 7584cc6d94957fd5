import { and, type Expression } from '@intercom-kit/search-dsl';
import { createdWithinDays } from '../shared/created-days';
import { DAY_SECONDS, daysAgo, dayToUnix } from '../shared/dates';

/** UTC days, both included. */
export interface DashboardRange {
  readonly from: string;
  readonly to: string;
}

export const MAX_RANGE_DAYS = 366;
export const rangePresets = [7, 30, 90] as const;

/** The last `days` days, today included. */
export function lastDays(days: number, now: Date): DashboardRange {
  return { from: daysAgo(days - 1, now), to: daysAgo(0, now) };
}

/** Why a range cannot be charted, or undefined when it can. */
export function rangeProblem(range: DashboardRange): string | undefined {
  const start = dayToUnix(range.from);
  const end = dayToUnix(range.to);
  if (start === undefined || end === undefined) return 'Choose both a start and an end day.';
  if (start > end) return `The range ends (${range.to}) before it starts (${range.from}).`;
  const days = (end - start) / DAY_SECONDS + 1;
  if (days > MAX_RANGE_DAYS) return `Choose at most ${MAX_RANGE_DAYS} days (this range has ${days}).`;
  return undefined;
}

/** Conversations created within the range's whole days. */
export function rangeQuery(range: DashboardRange): Expression<'conversations'> {
  const [after, before] = createdWithinDays(range.from, range.to);
  if (after === undefined || before === undefined) throw new RangeError(rangeProblem(range));
  return and(after, before);
}
