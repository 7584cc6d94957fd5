// A `fetch` for tests that records every request and answers with whatever `respond` returns.
import type { CapturedRequest } from './check-request';

export function captureFetch(respond: (request: CapturedRequest) => Response | Promise<Response>) {
  const requests: CapturedRequest[] = [];
  const fetch = async (input: string | URL | Request, init?: RequestInit): Promise<Response> => {
    const fromRequest = input instanceof Request ? input : undefined;
    const url = new URL(fromRequest ? fromRequest.url : String(input));
    const headers = new Headers(init?.headers ?? fromRequest?.headers);
    const method = (init?.method ?? fromRequest?.method ?? 'GET').toUpperCase();
    const rawBody = init?.body ?? (fromRequest?.body ? await fromRequest.text() : undefined);
    const body =
      rawBody == null ? undefined : typeof rawBody === 'string' ? rawBody : await new Response(rawBody).text();
    const captured = { method, url, headers, body };
    requests.push(captured);
    return respond(captured);
  };
  return { fetch: fetch as typeof globalThis.fetch, requests };
}
