/** Root of every query key this package writes, so an app can invalidate all of them at once. */
export const intercomKeys = {
  all: ['intercom'] as const,
};
