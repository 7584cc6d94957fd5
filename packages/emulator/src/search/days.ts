/** Calendar-day boundaries in an IANA timezone, using only `Intl` (available in every runtime). */
const DAY = 86_400;
const formatters = new Map<string, Intl.DateTimeFormat>();

function formatter(timeZone: string): Intl.DateTimeFormat {
  let format = formatters.get(timeZone);
  if (!format) {
    format = new Intl.DateTimeFormat('en-US', {
      timeZone,
      hourCycle: 'h23',
      year: 'numeric',
      month: 'numeric',
      day: 'numeric',
      hour: 'numeric',
      minute: 'numeric',
      second: 'numeric',
    });
    formatters.set(timeZone, format);
  }
  return format;
}

/** The wall-clock time at `seconds` in `timeZone`, expressed as if it were UTC. */
function wallClockSeconds(seconds: number, timeZone: string): number {
  const parts: Record<string, number> = {};
  for (const part of formatter(timeZone).formatToParts(seconds * 1000)) {
    if (part.type !== 'literal') parts[part.type] = Number(part.value);
  }
  const utc = Date.UTC(
    parts.year ?? 1970,
    (parts.month ?? 1) - 1,
    parts.day ?? 1,
    parts.hour ?? 0,
    parts.minute ?? 0,
    parts.second ?? 0,
  );
  return Math.floor(utc / 1000);
}

/** Unix seconds of the local midnight that starts the day containing `seconds`. */
export function startOfDay(seconds: number, timeZone: string): number {
  if (timeZone === 'UTC') return seconds - (((seconds % DAY) + DAY) % DAY);
  const wall = wallClockSeconds(seconds, timeZone);
  const localMidnight = wall - (((wall % DAY) + DAY) % DAY);
  // Two passes settle the offset even when the day starts or ends on a DST change.
  let guess = localMidnight - (wallClockSeconds(localMidnight, timeZone) - localMidnight);
  guess = localMidnight - (wallClockSeconds(guess, timeZone) - guess);
  return guess;
}

/** Unix seconds of the midnight that starts the following day. */
export function startOfNextDay(seconds: number, timeZone: string): number {
  return startOfDay(startOfDay(seconds, timeZone) + DAY + 3 * 3600, timeZone);
}

export function isValidTimeZone(timeZone: string): boolean {
  if (timeZone === 'UTC') return true;
  try {
    formatter(timeZone);
    return true;
  } catch {
    return false;
  }
}
