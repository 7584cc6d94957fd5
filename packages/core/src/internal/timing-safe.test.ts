import { expect, it } from 'vitest';
import { timingSafeEqual } from './timing-safe';

const bytes = (text: string) => new TextEncoder().encode(text);

it('is true only for identical byte strings, whatever the lengths', () => {
  expect(timingSafeEqual(bytes('secret'), bytes('secret'))).toBe(true);
  expect(timingSafeEqual(bytes(''), bytes(''))).toBe(true);
  expect(timingSafeEqual(bytes('secret'), bytes('secreT'))).toBe(false);
  expect(timingSafeEqual(bytes('secret'), bytes('secret\0'))).toBe(false);
  expect(timingSafeEqual(bytes('secret\0'), bytes('secret'))).toBe(false);
  expect(timingSafeEqual(bytes('secret'), bytes(''))).toBe(false);
  expect(timingSafeEqual(bytes(''), bytes('x'))).toBe(false);
  // A candidate repeating the secret matches it byte for byte when cycled; the length still differs.
  expect(timingSafeEqual(bytes('ab'), bytes('abab'))).toBe(false);
});

/** An array-like that counts reads of its bytes (a Proxy cannot stand in for a typed array). */
function watched(length: number, fill: number) {
  const counter = { reads: 0 };
  const array = { length } as Record<number, number> & { length: number };
  for (let index = 0; index < length; index++) {
    Object.defineProperty(array, index, {
      get: () => {
        counter.reads++;
        return fill;
      },
    });
  }
  return { array: array as unknown as Uint8Array, counter };
}

it('reads every candidate byte, even after the first difference', () => {
  const candidate = watched(64, 1);
  expect(timingSafeEqual(new Uint8Array(64), candidate.array)).toBe(false); // differs at byte 0
  expect(candidate.counter.reads).toBe(64);
});

it('does as much work for a short secret as for a long one: the candidate’s length sets it', () => {
  const short = watched(8, 0);
  const long = watched(64, 0);
  const candidate = new Uint8Array(32).fill(1);
  timingSafeEqual(short.array, candidate);
  timingSafeEqual(long.array, candidate);
  expect(short.counter.reads).toBe(32);
  expect(long.counter.reads).toBe(32);
});
