import type { Random } from '../random';

/** `count` random unix-second timestamps in [from, to], ascending, so records insert in order. */
export function sortedTimestamps(random: Random, count: number, from: number, to: number): Float64Array {
  const times = new Float64Array(count);
  const span = Math.max(0, to - from);
  for (let i = 0; i < count; i++) times[i] = from + Math.floor(random.next() * (span + 1));
  return times.sort();
}
