import { IntercomConnectionError } from '../errors/client-errors';
import { wasNeverSent } from '../internal/connection';

/**
 * When to retry, and how long to wait first.
 *
 * Idempotent requests (GET, PUT, DELETE and read-only POSTs such as searches) are retried on
 * connection failures, timeouts, 408, 409, 429 and 5xx. Other POSTs may already have taken
 * effect when they fail, so they are retried only when they provably did not run: a 429 (the API
 * refused them) or a connection that failed before anything was sent.
 */
export const INITIAL_BACKOFF_MS = 500;
export const MAX_BACKOFF_MS = 8_000;
/** No wait (Retry-After, rate-limit reset, pacing) lasts longer than this. */
export const MAX_WAIT_MS = 60_000;

/** Whether a request is safe to send twice: anything but a POST, or a POST that only reads. */
export function isIdempotent(method: string, readOnly: boolean | undefined): boolean {
  return method !== 'POST' || !!readOnly;
}

export function isRetryableStatus(status: number, idempotent: boolean): boolean {
  return status === 429 || (idempotent && (status === 408 || status === 409 || status >= 500));
}

/** For a timeout or a connection failure (an error with no response). */
export function isRetryableFailure(failure: Error, idempotent: boolean): boolean {
  return idempotent || (failure instanceof IntercomConnectionError && wasNeverSent(failure.cause));
}

/**
 * Milliseconds to wait before retry number `attempt + 1`: the server's `Retry-After` (seconds or
 * an HTTP date) when given, else for a 429 the `X-RateLimit-Reset` time, else exponential backoff
 * (0.5 s, 1 s, 2 s … up to 8 s) with jitter so that many clients do not retry in step.
 */
export function retryDelay(
  attempt: number,
  response: { status: number; headers: Headers } | undefined,
  now = Date.now(),
  random = Math.random(),
): number {
  const fromServer = response && serverDelay(response.status, response.headers, now);
  if (fromServer !== undefined) return Math.min(fromServer, MAX_WAIT_MS);
  return Math.min(INITIAL_BACKOFF_MS * 2 ** attempt, MAX_BACKOFF_MS) * (1 - 0.25 * random);
}

function serverDelay(status: number, headers: Headers, now: number): number | undefined {
  const retryAfter = headers.get('retry-after')?.trim();
  if (retryAfter) {
    const seconds = Number(retryAfter);
    const wait = Number.isFinite(seconds) ? seconds * 1000 : Date.parse(retryAfter) - now;
    if (!Number.isNaN(wait)) return Math.max(0, wait);
  }
  // Intercom sends X-RateLimit-Reset on every response; it only says when to retry a 429.
  const reset = Number(headers.get('x-ratelimit-reset')) * 1000;
  return status === 429 && reset > now ? reset - now : undefined;
}
