import { describe, expect, it } from 'vitest';
import { IntercomConnectionError, IntercomTimeoutError } from '../errors/client-errors';
import {
  INITIAL_BACKOFF_MS,
  isRetryableFailure,
  isRetryableStatus,
  MAX_BACKOFF_MS,
  MAX_WAIT_MS,
  retryDelay,
} from './retry';

const now = Date.parse('2026-01-01T00:00:00Z');
const response = (status: number, headers: Record<string, string> = {}) => ({ status, headers: new Headers(headers) });

describe('isRetryableStatus', () => {
  it.each([408, 409, 429, 500, 502, 503, 504])('retries %i for idempotent requests', (status) => {
    expect(isRetryableStatus(status, true)).toBe(true);
  });
  it.each([400, 401, 403, 404, 422])('never retries %i', (status) => {
    expect(isRetryableStatus(status, true)).toBe(false);
    expect(isRetryableStatus(status, false)).toBe(false);
  });
  it('retries a non-idempotent request only on 429, which proves it did not run', () => {
    expect(isRetryableStatus(429, false)).toBe(true);
    for (const status of [408, 409, 500, 502, 503]) expect(isRetryableStatus(status, false)).toBe(false);
  });
});

describe('isRetryableFailure', () => {
  const refused = new IntercomConnectionError('refused', {
    cause: Object.assign(new Error('x'), { code: 'ECONNREFUSED' }),
  });
  const reset = new IntercomConnectionError('reset', { cause: Object.assign(new Error('x'), { code: 'ECONNRESET' }) });
  it('retries idempotent requests after any timeout or connection failure', () => {
    expect(isRetryableFailure(new IntercomTimeoutError('slow'), true)).toBe(true);
    expect(isRetryableFailure(reset, true)).toBe(true);
  });
  it('retries a non-idempotent request only when the connection failed before sending', () => {
    expect(isRetryableFailure(refused, false)).toBe(true);
    expect(isRetryableFailure(reset, false)).toBe(false);
    expect(isRetryableFailure(new IntercomTimeoutError('slow'), false)).toBe(false);
  });
});

describe('retryDelay', () => {
  it('doubles from the initial backoff up to the cap, without jitter at random = 0', () => {
    const delays = [0, 1, 2, 3, 4, 5, 6].map((attempt) => retryDelay(attempt, undefined, now, 0));
    expect(delays).toEqual([500, 1000, 2000, 4000, 8000, 8000, 8000]);
    expect(delays.at(-1)).toBe(MAX_BACKOFF_MS);
  });

  it('takes off up to a quarter at random (jitter)', () => {
    expect(retryDelay(0, undefined, now, 1)).toBe(INITIAL_BACKOFF_MS * 0.75);
    expect(retryDelay(1, undefined, now, 0.5)).toBe(1000 * 0.875);
  });

  it('uses Retry-After in seconds', () => {
    expect(retryDelay(0, response(503, { 'retry-after': '7' }), now, 0.9)).toBe(7000);
    expect(retryDelay(0, response(429, { 'retry-after': '0.5' }), now)).toBe(500);
  });

  it('uses Retry-After as an HTTP date', () => {
    const at = new Date(now + 12_000).toUTCString();
    expect(retryDelay(0, response(503, { 'retry-after': at }), now)).toBe(12_000);
  });

  it('uses X-RateLimit-Reset for a 429 without Retry-After', () => {
    const reset = String((now + 4_000) / 1000);
    expect(retryDelay(0, response(429, { 'x-ratelimit-reset': reset }), now)).toBe(4_000);
  });

  it('ignores X-RateLimit-Reset on other statuses (Intercom sends it on every response)', () => {
    const reset = String((now + 9_000) / 1000);
    expect(retryDelay(0, response(500, { 'x-ratelimit-reset': reset }), now, 0)).toBe(500);
  });

  it('caps server-given waits at the maximum wait', () => {
    expect(retryDelay(0, response(429, { 'retry-after': '3600' }), now)).toBe(MAX_WAIT_MS);
  });

  it('falls back to backoff when Retry-After is unreadable', () => {
    expect(retryDelay(1, response(503, { 'retry-after': 'soon' }), now, 0)).toBe(1000);
  });
});
