/** 5000-01-01T00:00:00Z in unix seconds: a larger "seconds" value is almost surely milliseconds. */
export const MAX_UNIX_SECONDS = 95_617_584_000;

const ISO_DATE = /^(\d{4})-(\d{2})-(\d{2})(?:T(\d{2}):(\d{2})(?::(\d{2})(?:\.(\d+))?)?(Z|[+-]\d{2}:?\d{2}))?$/;
const DAYS_IN_MONTH = [31, 29, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31];

/** Whole unix seconds of a Date (sub-second precision is below what the API stores), or NaN if invalid. */
export const unixSecondsOfDate = (date: Date): number => Math.floor(date.getTime() / 1000);

/**
 * Unix seconds of an ISO-8601 date (`2025-01-01`, taken as UTC midnight) or date-time with a zone
 * (`2025-01-01T10:00:00Z`, `…+02:00`). A date-time without a zone is refused (returns undefined)
 * because its meaning would depend on the machine's timezone.
 */
export const parseIsoDate = (text: string): number | undefined => {
  const match = ISO_DATE.exec(text);
  if (match === null) return undefined;
  const [, y, mo, d, h = '0', mi = '0', s = '0', , zone = 'Z'] = match;
  const year = Number(y);
  const month = Number(mo);
  const day = Number(d);
  const hour = Number(h);
  const minute = Number(mi);
  const second = Number(s);
  if (month < 1 || month > 12 || day < 1 || day > (DAYS_IN_MONTH[month - 1] ?? 0)) return undefined;
  if (month === 2 && day === 29 && !isLeapYear(year)) return undefined;
  if (hour > 23 || minute > 59 || second > 59) return undefined;
  const offset = zoneOffsetSeconds(zone);
  if (offset === undefined) return undefined;
  return Date.UTC(year, month - 1, day, hour, minute, second) / 1000 - offset;
};

const isLeapYear = (year: number): boolean => (year % 4 === 0 && year % 100 !== 0) || year % 400 === 0;

const zoneOffsetSeconds = (zone: string): number | undefined => {
  if (zone === 'Z') return 0;
  const hours = Number(zone.slice(1, 3));
  const minutes = Number(zone.slice(-2));
  if (hours > 23 || minutes > 59) return undefined;
  return (zone.startsWith('-') ? -1 : 1) * (hours * 3600 + minutes * 60);
};

/** `2025-01-01` for UTC midnight, otherwise `2025-01-01T10:00:00Z`; parseIsoDate reads both back. */
export const formatIsoDate = (seconds: number): string => {
  const iso = new Date(seconds * 1000).toISOString();
  return iso.endsWith('T00:00:00.000Z') ? iso.slice(0, 10) : `${iso.slice(0, 19)}Z`;
};

/**
 * The request schema's value has no number branch, only integers, so a fractional number is
 * sent as its decimal string (the way the documented examples send dates as numeric strings).
 */
export const toWireScalar = (value: string | number | boolean | null): string | number | boolean | null =>
  typeof value === 'number' && !Number.isInteger(value) ? String(value) : value;
