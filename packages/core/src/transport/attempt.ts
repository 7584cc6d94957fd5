import type { $Fetch } from 'ofetch';
import { IntercomConnectionError, IntercomTimeoutError } from '../errors/client-errors';
import { rootMessage } from '../internal/connection';

export interface AttemptInit {
  readonly method: string;
  readonly headers: Record<string, string>;
  readonly body: string | undefined;
  /** Read the body as bytes (downloads) instead of text. */
  readonly binary: boolean;
}

/** A response and its body, read as text (or bytes for downloads); `undefined` when it has none. */
export interface Received {
  readonly response: Response;
  readonly data: string | ArrayBuffer | undefined;
}

/**
 * Controllers whose signal never aborted, for the next attempts. A signal given to fetch costs
 * Node 20 (undici) more CPU than the rest of the client per request, and a fresh one costs most:
 * runtimes keep a finished fetch's listener on its signal until GC, so each controller serves a
 * bounded number of requests.
 */
const idle: { controller: AbortController; uses: number }[] = [];

/**
 * Sends the request once and reads its body, with its own timeout joined to the caller's signal.
 * HTTP error statuses come back as responses (the caller maps and retries them); a caller's abort
 * rejects with the signal's reason; a timeout rejects with an IntercomTimeoutError, anything else
 * that stops the response with an IntercomConnectionError whose `cause` is the runtime's error.
 */
export async function attempt(
  http: $Fetch,
  url: string,
  init: AttemptInit,
  label: string,
  timeoutMs: number,
  callerSignal: AbortSignal | undefined,
): Promise<Received> {
  if (callerSignal?.aborted) throw callerSignal.reason;
  const slot = idle.pop() ?? { controller: new AbortController(), uses: 0 };
  const { controller } = slot;
  let timedOut = false;
  const timer = setTimeout(
    () => {
      timedOut = true;
      controller.abort();
    },
    // setTimeout's limit (about 24.8 days) caps absurdly long timeouts.
    Math.min(timeoutMs, 2_147_483_647),
  );
  // No reason passed on: the caller's reason is rethrown below, and workerd reports a reason given
  // to a fetch that is still sending its body as an uncaught exception.
  const forwardAbort = () => controller.abort();
  callerSignal?.addEventListener('abort', forwardAbort);
  try {
    // ofetch sends and reads the body; retries, status handling and parsing stay ours.
    const response = await http.raw(url, {
      method: init.method,
      headers: init.headers,
      body: init.body,
      signal: controller.signal,
      retry: false,
      ignoreResponseError: true,
      responseType: init.binary ? 'arrayBuffer' : 'text',
    });
    // A null body (204, 304) is no body at all.
    const data: string | ArrayBuffer | undefined = response._data === '' ? undefined : response._data;
    return { response, data };
  } catch (error) {
    if (callerSignal?.aborted) throw callerSignal.reason;
    if (timedOut) throw new IntercomTimeoutError(`${label}: no response within ${timeoutMs / 1000} s`);
    // ofetch wraps the runtime's error in a FetchError; the runtime's own error is the useful cause.
    const cause =
      error instanceof Error && error.name === 'FetchError' && error.cause !== undefined ? error.cause : error;
    throw new IntercomConnectionError(`${label}: connection failed — ${rootMessage(cause)}`, { cause });
  } finally {
    clearTimeout(timer);
    callerSignal?.removeEventListener('abort', forwardAbort);
    if (!controller.signal.aborted && ++slot.uses < 32 && idle.length < 8) idle.push(slot);
  }
}
