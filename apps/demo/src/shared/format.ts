const MINUTE = 60;
const HOUR = 3600;
const DAY = 86_400;

/** "just now", "5 min ago", "3 h ago", "2 d ago", then the date. */
export function timeAgo(unixSeconds: number | undefined, now: Date = new Date()): string {
  if (unixSeconds === undefined) return '';
  const elapsed = Math.floor(now.getTime() / 1000) - unixSeconds;
  if (elapsed < MINUTE) return 'just now';
  if (elapsed < HOUR) return `${Math.floor(elapsed / MINUTE)} min ago`;
  if (elapsed < DAY) return `${Math.floor(elapsed / HOUR)} h ago`;
  if (elapsed < 30 * DAY) return `${Math.floor(elapsed / DAY)} d ago`;
  return formatDate(unixSeconds);
}

/** A duration in seconds as "45 s", "12 min", "3 h 20 min", "2 d 4 h". */
export function formatDuration(seconds: number): string {
  const s = Math.round(seconds);
  if (s < MINUTE) return `${s} s`;
  if (s < HOUR) return `${Math.round(s / MINUTE)} min`;
  if (s < DAY) {
    const minutes = Math.round((s % HOUR) / MINUTE);
    return minutes === 0 || minutes === 60 ? `${Math.round(s / HOUR)} h` : `${Math.floor(s / HOUR)} h ${minutes} min`;
  }
  const hours = Math.round((s % DAY) / HOUR);
  return hours === 0 || hours === 24 ? `${Math.round(s / DAY)} d` : `${Math.floor(s / DAY)} d ${hours} h`;
}

export function formatDate(unixSeconds: number): string {
  return new Date(unixSeconds * 1000).toLocaleDateString('en-GB', { day: 'numeric', month: 'short', year: 'numeric' });
}

export function formatDateTime(unixSeconds: number): string {
  return new Date(unixSeconds * 1000).toLocaleString('en-GB', {
    day: 'numeric',
    month: 'short',
    hour: '2-digit',
    minute: '2-digit',
  });
}

export const formatCount = (n: number): string => n.toLocaleString('en-US');
