import { IntercomProvider } from '@intercom-kit/react';
import { QueryClient, QueryClientProvider } from '@tanstack/react-query';
import { cleanup, render } from '@testing-library/react';
import type { ReactNode } from 'react';
import { afterEach } from 'vitest';
import { demoStack, type TestFetch } from '../../server/test-support';

// Vitest runs without globals, so Testing Library cannot register its own cleanup.
afterEach(() => cleanup());

type DemoStack = ReturnType<typeof demoStack>;

/**
 * Renders `ui` with the demo's providers around a client wired to the demo backend (seeded
 * emulator); `ui` may be a function of the stack, to pick records from the emulator's store.
 */
export function renderWithDemo(
  ui: ReactNode | ((stack: DemoStack) => ReactNode),
  wrap?: (fetch: TestFetch) => TestFetch,
) {
  const stack = demoStack(undefined, wrap);
  const queryClient = new QueryClient({ defaultOptions: { queries: { staleTime: 30_000 } } });
  render(
    <QueryClientProvider client={queryClient}>
      <IntercomProvider client={stack.client}>{typeof ui === 'function' ? ui(stack) : ui}</IntercomProvider>
    </QueryClientProvider>,
  );
  return { ...stack, queryClient };
}
