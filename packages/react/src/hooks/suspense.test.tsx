import { NotFoundError } from '@intercom-kit/core';
import { field } from '@intercom-kit/search-dsl';
import { render, screen } from '@testing-library/react';
import { Component, type ReactNode, Suspense } from 'react';
import { expect, it, vi } from 'vitest';
import { createTestEnv, openConversationIds } from '../test-support/env';
import { useSuspenseAdmins } from './use-suspense-admins';
import { useSuspenseConversation } from './use-suspense-conversation';
import { useSuspenseConversations } from './use-suspense-conversations';

class ErrorBoundary extends Component<{ children: ReactNode }, { error?: Error }> {
  override state: { error?: Error } = {};
  static getDerivedStateFromError(error: Error) {
    return { error };
  }
  override render() {
    const { error } = this.state;
    return error ? <p role="alert">{`${error.name} ${error instanceof NotFoundError}`}</p> : this.props.children;
  }
}

function Inbox() {
  const { data } = useSuspenseConversations(field('state').eq('open'), { perPage: 3 });
  // No `data &&`: a suspense hook only renders once the first page is in.
  return <p>{data.conversations.map((c) => c.id).join(',')}</p>;
}

function Title({ id }: { id: string }) {
  const { data } = useSuspenseConversation(id);
  return <h1>{`conversation ${data.id}`}</h1>;
}

function AdminCount() {
  return <p>{`${useSuspenseAdmins().data.length} admins`}</p>;
}

it('suspends until the first page is in, then renders it', async () => {
  const { wrapper, emulator } = createTestEnv();
  render(
    <Suspense fallback={<p>loading</p>}>
      <Inbox />
      <AdminCount />
    </Suspense>,
    { wrapper },
  );
  expect(screen.getByText('loading')).toBeTruthy();
  expect(await screen.findByText(openConversationIds(emulator).slice(0, 3).join(','))).toBeTruthy();
  expect(screen.getByText(`${emulator.store.admins.size} admins`)).toBeTruthy();
  expect(screen.queryByText('loading')).toBeNull();
});

it('suspends for a detail and throws its error to the nearest error boundary', async () => {
  const { wrapper, emulator } = createTestEnv();
  const id = openConversationIds(emulator)[0]!;
  // React logs the error the boundary catches; that log is expected here.
  const log = vi.spyOn(console, 'error').mockImplementation(() => undefined);
  render(
    <ErrorBoundary>
      <Suspense fallback={<p>loading</p>}>
        <Title id={id} />
        <Title id="999999999" />
      </Suspense>
    </ErrorBoundary>,
    { wrapper },
  );
  expect((await screen.findByRole('alert')).textContent).toBe('NotFoundError true');
  log.mockRestore();
});
