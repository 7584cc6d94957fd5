import {
  ForbiddenError,
  IntercomConnectionError,
  IntercomError,
  IntercomTimeoutError,
  InternalServerError,
  NotFoundError,
  TooManyRequestsError,
  UnauthorizedError,
} from '@intercom-kit/core';
import { isSearchQueryError } from '@intercom-kit/search-dsl';

export type ErrorKind = 'rate-limit' | 'auth' | 'network' | 'server' | 'query' | 'not-found' | 'forbidden' | 'other';

/** What the screen says about a failure: a short title, what happened, and what to do. */
export interface ErrorDescription {
  readonly kind: ErrorKind;
  readonly title: string;
  readonly detail: string;
  /** Intercom's (or the proxy's) request id, for a support ticket. */
  readonly requestId?: string;
}

// The proxy answers these when it cannot reach (or hear back from) Intercom in time.
const UNREACHABLE_UPSTREAM = new Set(['bad_gateway', 'gateway_timeout']);

/** Turns any error a hook or mutation can report into words for the screen. */
export function describeError(error: unknown, now: Date = new Date()): ErrorDescription {
  if (isSearchQueryError(error)) {
    return { kind: 'query', title: 'This query cannot be sent', detail: error.message };
  }
  if (error instanceof IntercomConnectionError) {
    return {
      kind: 'network',
      title: 'Network error',
      detail: 'The demo server could not be reached. Check that it is still running, then retry.',
    };
  }
  if (error instanceof IntercomTimeoutError) {
    return { kind: 'network', title: 'Request timed out', detail: 'No answer came in time. Retry in a moment.' };
  }
  if (!(error instanceof IntercomError)) {
    return {
      kind: 'other',
      title: 'Something went wrong',
      detail: error instanceof Error ? error.message : String(error),
    };
  }
  const requestId = error.requestId ? { requestId: error.requestId } : {};
  const message = sentence(error.errors[0]?.message ?? error.message);
  if (error instanceof TooManyRequestsError) {
    return { kind: 'rate-limit', title: 'Rate limit reached', detail: rateLimitDetail(error, now), ...requestId };
  }
  if (error instanceof UnauthorizedError) {
    return {
      kind: 'auth',
      title: 'Authentication failed',
      detail: `Intercom refused the access token (401). ${message} Check INTERCOM_TOKEN and INTERCOM_REGION, then restart the demo.`,
      ...requestId,
    };
  }
  if (error instanceof ForbiddenError) {
    return {
      kind: 'forbidden',
      title: 'Not allowed',
      detail: `The request was refused (403). ${message}`,
      ...requestId,
    };
  }
  if (error instanceof NotFoundError) {
    return { kind: 'not-found', title: 'Not found', detail: message, ...requestId };
  }
  if (error instanceof InternalServerError) {
    if (error.errors.some((e) => UNREACHABLE_UPSTREAM.has(e.code))) {
      return {
        kind: 'network',
        title: 'Network error',
        detail: `Intercom could not be reached (${error.statusCode}). ${message}`,
        ...requestId,
      };
    }
    return {
      kind: 'server',
      title: 'Intercom had a problem',
      detail: `The server answered ${error.statusCode}. ${message} The client already retried; retry again in a moment.`,
      ...requestId,
    };
  }
  return { kind: 'other', title: 'Request failed', detail: error.message, ...requestId };
}

/** Messages are shown as sentences, whether or not they came with a full stop. */
function sentence(text: string): string {
  const trimmed = text.trim();
  return /[.!?]$/.test(trimmed) ? trimmed : `${trimmed}.`;
}

function rateLimitDetail(error: TooManyRequestsError, now: Date): string {
  const base = 'Intercom refused more requests, also after the client waited and retried.';
  const resetAt = error.rawResponse?.rateLimit?.resetAt;
  if (!resetAt) return `${base} Retry in a minute.`;
  const seconds = Math.max(0, Math.ceil((resetAt.getTime() - now.getTime()) / 1000));
  return seconds === 0 ? `${base} The limit has reset: retry now.` : `${base} The limit resets in ${seconds} s.`;
}
