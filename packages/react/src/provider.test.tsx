import { IntercomClient, IntercomInputError } from '@intercom-kit/core';
import { QueryClient, QueryClientProvider } from '@tanstack/react-query';
import { render, renderHook, screen, waitFor } from '@testing-library/react';
import { describe, expect, it, vi } from 'vitest';
import { useAdmins } from './hooks/use-admins';
import { IntercomProvider, useIntercomClient } from './provider';
import { createTestEnv } from './test-support/env';

function AdminCount() {
  const { data } = useAdmins();
  return <p>{data ? `${data.length} admins` : 'loading'}</p>;
}

describe('IntercomProvider', () => {
  it('gives its client to useIntercomClient', () => {
    const client = new IntercomClient({ token: 't' });
    const { result } = renderHook(() => useIntercomClient(), {
      wrapper: ({ children }) => <IntercomProvider client={client}>{children}</IntercomProvider>,
    });
    expect(result.current).toBe(client);
  });

  it("works inside or outside the app's own QueryClientProvider", async () => {
    const { client, emulator } = createTestEnv();
    const expected = `${emulator.store.admins.size} admins`;
    render(
      <QueryClientProvider client={new QueryClient()}>
        <IntercomProvider client={client}>
          <AdminCount />
        </IntercomProvider>
      </QueryClientProvider>,
    );
    render(
      <IntercomProvider client={client}>
        <QueryClientProvider client={new QueryClient()}>
          <AdminCount />
        </QueryClientProvider>
      </IntercomProvider>,
    );
    await waitFor(() => expect(screen.getAllByText(expected)).toHaveLength(2));
  });

  it('lets a nested provider use another client', () => {
    const outer = new IntercomClient({ token: 'a' });
    const inner = new IntercomClient({ token: 'b' });
    const { result } = renderHook(() => useIntercomClient(), {
      wrapper: ({ children }) => (
        <IntercomProvider client={outer}>
          <IntercomProvider client={inner}>{children}</IntercomProvider>
        </IntercomProvider>
      ),
    });
    expect(result.current).toBe(inner);
  });
});

describe('misuse', () => {
  // React logs what a render throws; the assertions are on the error itself.
  const quiet = () => vi.spyOn(console, 'error').mockImplementation(() => undefined);

  it('says where the provider is missing', () => {
    const log = quiet();
    expect(() => renderHook(() => useIntercomClient())).toThrow(IntercomInputError);
    expect(() => renderHook(() => useIntercomClient())).toThrow(/inside <IntercomProvider client=\{client\}>/);
    log.mockRestore();
  });

  it('refuses a provider without a client', () => {
    const log = quiet();
    const noClient = undefined as unknown as IntercomClient;
    expect(() => render(<IntercomProvider client={noClient} />)).toThrow(/needs an IntercomClient.*got undefined/);
    log.mockRestore();
  });
});
