// Test helpers: an injected fetch that records what the client sends. Never exported by the package.

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
