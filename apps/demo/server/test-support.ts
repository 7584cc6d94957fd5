// Test helper: the browser's client wired to the demo's own request handler, without a network.
import { IntercomClient } from '@intercom-kit/core';
import { CLIENT_MAX_RETRIES } from '../shared/faults';
import { createBackend } from './backend';
import type { Upstream } from './config';
import { createDemoHandler } from './demo-handler';

export interface SentRequest {
  readonly method: string;
  readonly path: string;
}

export type TestFetch = (input: RequestInfo | URL, init?: RequestInit) => Promise<Response>;

/**
 * A demo backend on the seeded emulator, a client that goes through its proxy, and a log of requests.
 * `wrap` can stand between the client and the server (to hold a response back, for instance).
 */
export function demoStack(upstream: Upstream = { kind: 'emulator', seed: 1 }, wrap?: (fetch: TestFetch) => TestFetch) {
  const backend = createBackend(upstream);
  const handler = createDemoHandler(backend);
  const sent: SentRequest[] = [];
  const direct: TestFetch = (input, init) => {
    const request = new Request(input, init);
    sent.push({ method: request.method, path: new URL(request.url).pathname });
    return handler(request);
  };
  const fetch = wrap ? wrap(direct) : direct;
  const client = new IntercomClient({ baseUrl: 'http://localhost/api', fetch, maxRetries: CLIENT_MAX_RETRIES });
  return { backend, handler, client, sent, fetch };
}
