import { IntercomClient, type IntercomClientOptions } from '@intercom-kit/core';
import { createEmulator, type Emulator, type EmulatorOptions } from '@intercom-kit/emulator';
import { QueryClient, QueryClientProvider } from '@tanstack/react-query';
import type { ReactNode } from 'react';
import { IntercomProvider } from '../provider';

/** One request the client sent: method, path and parsed JSON body. */
export interface SentRequest {
  method: string;
  path: string;
  query: string;
  body: unknown;
}

export interface TestEnv {
  emulator: Emulator;
  client: IntercomClient;
  queryClient: QueryClient;
  /** Every request that reached the emulator, in order. */
  sent: SentRequest[];
  /**
   * Holds the next request that matches (any request by default) before it reaches the emulator,
   * until the returned function is called.
   */
  holdNextRequest(matches?: (request: SentRequest) => boolean): () => void;
  /** Providers for `render(…, { wrapper })` and `renderHook`. */
  wrapper: (props: { children?: ReactNode }) => ReactNode;
}

export interface TestEnvOptions {
  emulator?: EmulatorOptions;
  client?: IntercomClientOptions;
  queryClient?: QueryClient;
}

/** A seeded in-process emulator, a client talking to it, a fresh QueryClient and the providers. */
export function createTestEnv(options: TestEnvOptions = {}): TestEnv {
  const emulator = createEmulator({ seed: 3, now: Date.UTC(2025, 5, 1), conversations: 150, ...options.emulator });
  const sent: SentRequest[] = [];
  const holds: { matches: (request: SentRequest) => boolean; released: Promise<void> }[] = [];
  const holdNextRequest = (matches: (request: SentRequest) => boolean = () => true) => {
    let release = () => {};
    holds.push({ matches, released: new Promise<void>((resolve) => (release = resolve)) });
    return release;
  };
  const fetch: typeof globalThis.fetch = async (input, init) => {
    const url = new URL(input instanceof Request ? input.url : String(input));
    const body = typeof init?.body === 'string' ? JSON.parse(init.body) : undefined;
    const request = { method: init?.method ?? 'GET', path: url.pathname, query: url.search, body };
    sent.push(request);
    const hold = holds.findIndex((h) => h.matches(request));
    if (hold >= 0) await holds.splice(hold, 1)[0]?.released;
    return emulator.fetch(input, init);
  };
  const client = new IntercomClient({
    token: 'test',
    baseUrl: 'https://api.intercom.io',
    fetch,
    maxRetries: 0,
    ...options.client,
  });
  const queryClient = options.queryClient ?? new QueryClient();
  const wrapper = ({ children }: { children?: ReactNode }) => (
    <QueryClientProvider client={queryClient}>
      <IntercomProvider client={client}>{children}</IntercomProvider>
    </QueryClientProvider>
  );
  return { emulator, client, queryClient, sent, holdNextRequest, wrapper };
}

/** Ids of the conversations a search for `state = open` returns, newest first, as the emulator orders them. */
export function openConversationIds(emulator: Emulator): string[] {
  return [...emulator.store.conversations.newestFirst()].filter((c) => c.state === 'open').map((c) => c.id);
}
