/** Short, human renderings of what a user passed, for error messages. */
export const describeValue = (value: unknown): string => {
  if (value === undefined) return 'undefined';
  if (value instanceof Date) return Number.isNaN(value.getTime()) ? 'an invalid Date' : `Date ${value.toISOString()}`;
  if (typeof value === 'number' || typeof value === 'boolean' || value === null) return String(value);
  if (typeof value === 'string') return truncate(JSON.stringify(value));
  if (Array.isArray(value)) return value.length === 0 ? 'an empty list' : `a list of ${value.length}`;
  if (typeof value === 'object') return 'an object';
  return `a ${typeof value}`;
};

export const describeList = (items: readonly string[]): string => (items.length === 0 ? 'none' : items.join(', '));

const truncate = (text: string): string => (text.length > 60 ? `${text.slice(0, 57)}…"` : text);
