import { IntercomClient } from '@intercom-kit/core';
import { QueryClient } from '@tanstack/react-query';
import { CLIENT_MAX_RETRIES } from '../../shared/faults';

/**
 * The browser's client talks to the demo server's proxy, which adds the token (or serves the
 * emulator): no token ever reaches the page.
 */
export function createDemoClient(origin: string): IntercomClient {
  return new IntercomClient({ baseUrl: `${origin}/api`, maxRetries: CLIENT_MAX_RETRIES });
}

export function createDemoQueryClient(): QueryClient {
  return new QueryClient({
    defaultOptions: {
      // Lists are refreshed by the mutations that change them; refetching on every focus would only
      // add requests (and use up a simulated fault meant for the screen's own query).
      queries: { staleTime: 30_000, refetchOnWindowFocus: false },
    },
  });
}
