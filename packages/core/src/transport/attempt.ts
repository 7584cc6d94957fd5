import type { $Fetch, FetchResponse } from 'ofetch';
import { IntercomConnectionError, IntercomTimeoutError } from '../errors/client-errors';
import { rootMessage, wasNeverSent } from '../internal/connection';

export type AttemptOutcome =
  | { readonly response: FetchResponse<string | ArrayBuffer> }
  | { readonly failure: Error; readonly retryable: boolean };

export interface AttemptInit {
  readonly method: string;
  readonly headers: Record<string, string>;
  readonly body: string | undefined;
  /** Read the body as bytes (downloads) instead of text. */
  readonly binary: boolean;
}

/**
 * Sends the request once, with its own timeout joined to the caller's signal. HTTP error statuses
 * come back as responses (the caller maps and retries them); a caller's abort rejects with the
 * signal's reason; timeouts and connection failures come back as errors with whether a retry is
 * safe: timeouts only for idempotent requests, connection failures also when nothing was sent.
 */
export async function attempt(
  http: $Fetch,
  url: string,
  init: AttemptInit,
  label: string,
  idempotent: boolean,
  timeoutMs: number,
  callerSignal: AbortSignal | undefined,
): Promise<AttemptOutcome> {
  if (callerSignal?.aborted) throw callerSignal.reason;
  const { signal, timedOut, release } = attemptSignal(timeoutMs, callerSignal);
  try {
    const response = await http.raw(url, {
      method: init.method,
      headers: init.headers,
      body: init.body,
      signal,
      // Retries, status handling and parsing are ours; ofetch only sends and reads the body.
      retry: false,
      ignoreResponseError: true,
      responseType: init.binary ? 'arrayBuffer' : 'text',
    });
    return { response };
  } catch (error) {
    if (callerSignal?.aborted) throw callerSignal.reason;
    // ofetch wraps the runtime's error in a FetchError; the runtime's own error is the useful cause.
    const cause =
      error instanceof Error && error.name === 'FetchError' && error.cause !== undefined ? error.cause : error;
    if (timedOut()) {
      return {
        failure: new IntercomTimeoutError(`${label}: no response within ${timeoutMs / 1000} s`),
        retryable: idempotent,
      };
    }
    return {
      failure: new IntercomConnectionError(`${label}: connection failed — ${rootMessage(cause)}`, { cause }),
      retryable: idempotent || wasNeverSent(cause),
    };
  } finally {
    release();
  }
}

/**
 * Controllers whose signal never aborted, for the next attempts. Creating an AbortSignal costs
 * Node 20 about as much as the rest of the client per request; runtimes keep a finished fetch's
 * listener on its signal until GC, so each controller serves a bounded number of requests.
 */
const idle: { controller: AbortController; uses: number }[] = [];
const MAX_USES = 32;

/**
 * The signal for one attempt: it aborts when the timeout passes or when the caller aborts.
 * `timedOut` tells the two apart; `release` clears the timer and the listener.
 */
function attemptSignal(timeoutMs: number, callerSignal: AbortSignal | undefined) {
  const slot = idle.pop() ?? { controller: new AbortController(), uses: 0 };
  const { controller } = slot;
  let expired = false;
  const timer = setTimeout(
    () => {
      expired = true;
      controller.abort();
    },
    // setTimeout's limit (about 24.8 days) caps absurdly long timeouts.
    Math.min(timeoutMs, 2_147_483_647),
  );
  // No reason passed on: the caller's reason is rethrown by `attempt`, and workerd reports a
  // reason given to a fetch that is still sending its body as an uncaught exception.
  const forwardAbort = () => controller.abort();
  callerSignal?.addEventListener('abort', forwardAbort);
  return {
    signal: controller.signal,
    timedOut: () => expired,
    release: () => {
      clearTimeout(timer);
      callerSignal?.removeEventListener('abort', forwardAbort);
      if (!controller.signal.aborted && ++slot.uses < MAX_USES && idle.length < 8) idle.push(slot);
    },
  };
}
