import { isRecord } from './guards';

/**
 * Error codes and messages meaning "no connection was ever made", so the request cannot have
 * reached the API: refused connections, failed DNS lookups, connect timeouts. Node (undici), Bun
 * and Deno word these differently; a reset or a dropped connection is deliberately not here.
 */
const NEVER_SENT =
  /ECONNREFUSED|ENOTFOUND|EAI_AGAIN|UND_ERR_CONNECT_TIMEOUT|ConnectionRefused|connection refused|tcp connect error|dns error|failed to lookup address/i;

/** `error`, then its `cause`, its cause's `cause`, …: at most 6 deep, so a cyclic chain ends. */
function* causeChain(error: unknown): Generator<Record<string, unknown>> {
  for (let current = error, depth = 0; isRecord(current) && depth < 6; current = current.cause, depth++) {
    yield current;
  }
}

export function wasNeverSent(error: unknown): boolean {
  for (const current of causeChain(error)) {
    if (typeof current.code === 'string' && NEVER_SENT.test(current.code)) return true;
    if (typeof current.message === 'string' && NEVER_SENT.test(current.message)) return true;
  }
  return false;
}

/** The innermost message of an error chain ("connect ECONNREFUSED 127.0.0.1:1"), the most specific one. */
export function rootMessage(error: unknown): string {
  let message = String(error);
  for (const current of causeChain(error)) {
    if (typeof current.message === 'string' && current.message) message = current.message;
  }
  return message;
}
