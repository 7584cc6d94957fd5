import { unixToDay } from '../shared/dates';
import type { ConversationSample } from './collect';

export interface DayVolume {
  readonly day: string;
  readonly count: number;
}

/** Conversations created on each day of `days` (UTC), zero for days without any. */
export function volumePerDay(samples: readonly ConversationSample[], days: readonly string[]): DayVolume[] {
  const counts = new Map(days.map((day) => [day, 0]));
  for (const sample of samples) {
    const day = unixToDay(sample.createdAt);
    const count = counts.get(day);
    if (count !== undefined) counts.set(day, count + 1);
  }
  return days.map((day) => ({ day, count: counts.get(day) ?? 0 }));
}

/** The value below which `p` percent of the values lie (nearest rank); `sorted` ascending, non-empty. */
export function percentile(sorted: readonly number[], p: number): number {
  const rank = Math.max(1, Math.ceil((p / 100) * sorted.length));
  return sorted[Math.min(rank, sorted.length) - 1] ?? Number.NaN;
}

/** The middle value; the mean of the two middle values for an even count. */
export function median(sorted: readonly number[]): number {
  const middle = Math.floor(sorted.length / 2);
  const upper = sorted[middle] ?? Number.NaN;
  return sorted.length % 2 === 1 ? upper : ((sorted[middle - 1] ?? Number.NaN) + upper) / 2;
}

export interface ResponseTimeStats {
  /** Conversations with a first admin reply. */
  readonly replied: number;
  readonly total: number;
  /** Seconds. */
  readonly median: number;
  readonly p90: number;
  readonly mean: number;
}

/** First-reply times (`statistics.time_to_admin_reply`) over the conversations that had one. */
export function responseTimeStats(samples: readonly ConversationSample[]): ResponseTimeStats | undefined {
  const times = samples
    .map((s) => s.timeToAdminReply)
    .filter((t): t is number => t !== undefined && Number.isFinite(t) && t >= 0)
    .sort((a, b) => a - b);
  if (times.length === 0) return undefined;
  return {
    replied: times.length,
    total: samples.length,
    median: median(times),
    p90: percentile(times, 90),
    mean: times.reduce((sum, t) => sum + t, 0) / times.length,
  };
}

export interface ResponseBucket {
  readonly label: string;
  readonly count: number;
}

const BUCKETS: readonly (readonly [string, number])[] = [
  ['< 5 min', 5 * 60],
  ['5–15 min', 15 * 60],
  ['15–60 min', 60 * 60],
  ['1–4 h', 4 * 3600],
  ['4–24 h', 24 * 3600],
  ['> 1 day', Number.POSITIVE_INFINITY],
];

/** How many first replies fell into each band; a time on a boundary counts in the band above it. */
export function responseTimeHistogram(samples: readonly ConversationSample[]): ResponseBucket[] {
  const counts = BUCKETS.map(() => 0);
  for (const { timeToAdminReply: t } of samples) {
    if (t === undefined || !(t >= 0)) continue;
    const index = BUCKETS.findIndex(([, upper]) => t < upper);
    counts[index] = (counts[index] ?? 0) + 1;
  }
  return BUCKETS.map(([label], i) => ({ label, count: counts[i] ?? 0 }));
}

export interface DayMedian {
  readonly day: string;
  /** Seconds; undefined on a day without any first reply. */
  readonly median: number | undefined;
}

/** The median first-reply time of the conversations created on each day. */
export function medianReplyPerDay(samples: readonly ConversationSample[], days: readonly string[]): DayMedian[] {
  const byDay = new Map<string, number[]>(days.map((day) => [day, []]));
  for (const sample of samples) {
    const times = byDay.get(unixToDay(sample.createdAt));
    if (times && sample.timeToAdminReply !== undefined && sample.timeToAdminReply >= 0) {
      times.push(sample.timeToAdminReply);
    }
  }
  return days.map((day) => {
    const times = (byDay.get(day) ?? []).sort((a, b) => a - b);
    return { day, median: times.length > 0 ? median(times) : undefined };
  });
}
