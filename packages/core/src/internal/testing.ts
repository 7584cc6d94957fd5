// Test helpers: an injected fetch that records what the client sends. Never exported by the package.

import { afterEach, beforeEach, vi } from 'vitest';
import { IntercomClient, type IntercomClientOptions } from '../client';

export type Route = (request: Request, attempt: number) => Response | Promise<Response>;

export interface FakeFetch {
  readonly fetch: typeof fetch;
  /** Every request received, in order (bodies still readable). */
  readonly requests: Request[];
}

export function fakeFetch(route: Route): FakeFetch {
  const requests: Request[] = [];
  const fetch = async (input: string | URL | Request, init?: RequestInit) => {
    const request = new Request(input, init);
    requests.push(request.clone());
    const response = await route(request, requests.length);
    // A constructed Response has no URL; a fetched one has the request's.
    if (!response.url) Object.defineProperty(response, 'url', { value: request.url });
    return response;
  };
  return { fetch: fetch as typeof globalThis.fetch, requests };
}

export function json(body: unknown, status = 200, headers: Record<string, string> = {}): Response {
  return new Response(JSON.stringify(body), { status, headers: { 'content-type': 'application/json', ...headers } });
}

/** A response that never comes: settles only when the request's signal aborts. */
export function hang(request: Request): Promise<Response> {
  return new Promise((_, reject) => {
    request.signal.addEventListener('abort', () => reject(request.signal.reason), { once: true });
  });
}

export function errorList(code: string, message?: string, requestId = 'req-1'): unknown {
  return { type: 'error.list', request_id: requestId, errors: [{ code, message }] };
}

/** GET /conversations: cursor pages of `perPage`; `repeat` re-sends the previous page's last item (a list shifting under the reader). */
export function cursorApi(all: { id: string }[], perPage: number, repeat = false): Route {
  return (request) => {
    const after = new URL(request.url).searchParams.get('starting_after');
    let start = after === null ? 0 : all.findIndex((item) => item.id === after) + 1;
    if (repeat && start > 0) start -= 1;
    const slice = all.slice(start, start + perPage);
    const last = slice.at(-1);
    const more = start + perPage < all.length;
    return json({
      type: 'conversation.list',
      conversations: slice,
      total_count: all.length,
      pages: {
        type: 'pages',
        per_page: perPage,
        ...(more && last ? { next: { per_page: perPage, starting_after: last.id } } : {}),
      },
    });
  };
}

/**
 * A client with a token, for Intercom's US host unless `options` say otherwise, sending through
 * `fakeFetch(route)`; with the requests it sent.
 */
export function intercomClientFor(
  route: Route,
  options: IntercomClientOptions = {},
): { client: IntercomClient; requests: Request[] } {
  const fake = fakeFetch(route);
  const client = new IntercomClient({ token: 'tok', fetch: fake.fetch, ...options });
  return { client, requests: fake.requests };
}

/** A client sending to a proxy base URL through `fakeFetch(route)`, with the requests it sent. */
export function clientFor(
  route: Route,
  options: IntercomClientOptions = {},
): { client: IntercomClient; requests: Request[] } {
  return intercomClientFor(route, { baseUrl: 'https://proxy.test', ...options });
}

/** An Intercom error answer with `status` (and headers such as `retry-after`). */
export function failWith(status: number, headers: Record<string, string> = {}): Response {
  return json(errorList('boom', 'Boom'), status, headers);
}

/** What fetch throws when nothing listens on the port (as Node's undici does). */
export const connectionRefused = (): TypeError =>
  Object.assign(new TypeError('fetch failed'), {
    cause: { code: 'ECONNREFUSED', message: 'connect ECONNREFUSED 127.0.0.1:9' },
  });

/** What fetch throws when the server drops the connection. */
export const connectionReset = (): TypeError =>
  Object.assign(new TypeError('fetch failed'), { cause: { code: 'ECONNRESET', message: 'other side closed' } });

/**
 * For the file's tests: fake timers from a fixed date, and no retry jitter (`Math.random()` is 0),
 * so backoff delays are exact.
 */
export function withFakeClockAndNoJitter(): void {
  beforeEach(() => {
    vi.useFakeTimers({ now: Date.parse('2026-01-01T00:00:00Z') });
    vi.spyOn(Math, 'random').mockReturnValue(0);
  });
  afterEach(() => {
    vi.useRealTimers();
    vi.restoreAllMocks();
  });
}

/** The outcome of `promise`, without throwing. */
export function capture<T>(promise: Promise<T>): Promise<{ value?: T; error?: unknown }> {
  return promise.then(
    (value) => ({ value }),
    (error: unknown) => ({ error }),
  );
}

/** Settles `promise` while running every fake timer. */
export async function settle<T>(promise: Promise<T>): Promise<{ value?: T; error?: unknown }> {
  const outcome = capture(promise);
  await vi.runAllTimersAsync();
  return outcome;
}
