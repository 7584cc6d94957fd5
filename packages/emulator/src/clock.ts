/** Where the emulator reads the time: a fixed instant, or a function for clocks that tests advance. */
export type ClockOption = number | Date | (() => number | Date);

export interface Clock {
  /** Milliseconds since the epoch. */
  nowMs(): number;
  /** Unix seconds, the unit of every timestamp in Intercom's JSON. */
  nowSeconds(): number;
}

export function createClock(option: ClockOption | undefined): Clock {
  const read = toReader(option);
  return { nowMs: read, nowSeconds: () => Math.floor(read() / 1000) };
}

function toReader(option: ClockOption | undefined): () => number {
  if (option === undefined) return () => Date.now();
  if (typeof option === 'function') {
    return () => {
      const value = option();
      return typeof value === 'number' ? value : value.getTime();
    };
  }
  const fixed = typeof option === 'number' ? option : option.getTime();
  if (!Number.isFinite(fixed))
    throw new TypeError('createEmulator: `now` must be a finite number of ms or a valid Date');
  return () => fixed;
}
