import type { IntercomClient } from '@intercom-kit/core';
import { field } from '@intercom-kit/search-dsl';
import {
  type DehydratedState,
  dehydrate,
  HydrationBoundary,
  hydrate,
  QueryClient,
  QueryClientProvider,
} from '@tanstack/react-query';
import { act, fireEvent, screen, waitFor } from '@testing-library/react';
import { hydrateRoot, type Root } from 'react-dom/client';
import { renderToString } from 'react-dom/server';
import { afterEach, expect, it, vi } from 'vitest';
import { useConversation } from './hooks/use-conversation';
import { useConversations } from './hooks/use-conversations';
import { conversationOptions, conversationsSearchOptions } from './options/conversations';
import { IntercomProvider } from './provider';
import { createTestEnv, openConversationIds } from './test-support/env';

const open = field('state').eq('open');

function Inbox() {
  const { data, fetchNextPage, hasNextPage } = useConversations(open, { perPage: 3 });
  return (
    <section>
      <ul>
        {data?.conversations.map((c) => (
          <li key={c.id}>{c.id}</li>
        ))}
      </ul>
      {hasNextPage && (
        <button type="button" onClick={() => fetchNextPage()}>
          more
        </button>
      )}
    </section>
  );
}

function Title({ id }: { id: string }) {
  const { data } = useConversation(id);
  return <h1>{data ? `#${data.id} ${data.state}` : 'loading'}</h1>;
}

function Page(props: { client: IntercomClient; queryClient: QueryClient; state: DehydratedState; id: string }) {
  return (
    <QueryClientProvider client={props.queryClient}>
      <IntercomProvider client={props.client}>
        <HydrationBoundary state={props.state}>
          <Title id={props.id} />
          <Inbox />
        </HydrationBoundary>
      </IntercomProvider>
    </QueryClientProvider>
  );
}

let root: Root | undefined;
afterEach(() => {
  act(() => root?.unmount());
  root = undefined;
  document.body.innerHTML = '';
});

it('renders prefetched queries on the server and hydrates them without a refetch or a mismatch', async () => {
  const { client, emulator, sent } = createTestEnv();
  const ids = openConversationIds(emulator);
  const id = ids[0]!;

  // Server: prefetch with the option factories, dehydrate, send as JSON.
  const serverQueries = new QueryClient();
  await serverQueries.prefetchInfiniteQuery(conversationsSearchOptions(client, open, { perPage: 3 }));
  await serverQueries.prefetchQuery(conversationOptions(client, id));
  const state: DehydratedState = JSON.parse(JSON.stringify(dehydrate(serverQueries)));
  const html = renderToString(<Page client={client} queryClient={new QueryClient()} state={state} id={id} />);
  expect(html).toContain(ids[2]);
  expect(html).toContain(`#${id} open`);
  expect(sent).toHaveLength(2);

  // Browser: hydrate the server's HTML with the same state.
  const container = document.createElement('div');
  container.innerHTML = html;
  document.body.appendChild(container);
  const logged = vi.spyOn(console, 'error');
  const recoverable: unknown[] = [];
  const queryClient = new QueryClient({ defaultOptions: { queries: { staleTime: 60_000 } } });
  await act(async () => {
    root = hydrateRoot(container, <Page client={client} queryClient={queryClient} state={state} id={id} />, {
      onRecoverableError: (error) => recoverable.push(error),
    });
  });
  await act(() => new Promise((resolve) => setTimeout(resolve, 50)));

  expect(recoverable).toEqual([]);
  expect(logged).not.toHaveBeenCalled();
  logged.mockRestore();
  expect(sent).toHaveLength(2); // nothing fetched again
  expect(container.innerHTML).toBe(html);
  expect(screen.getAllByRole('listitem').map((li) => li.textContent)).toEqual(ids.slice(0, 3));

  // The hydrated cursor carries on where the server stopped.
  fireEvent.click(screen.getByRole('button', { name: 'more' }));
  await waitFor(() => expect(screen.getAllByRole('listitem')).toHaveLength(6));
  expect(screen.getAllByRole('listitem').map((li) => li.textContent)).toEqual(ids.slice(0, 6));
  expect(sent).toHaveLength(3);
});

it('refetches a hydrated first page (its cursor came back from JSON as null) without a cursor', async () => {
  const { client, sent } = createTestEnv();
  const serverQueries = new QueryClient();
  const options = conversationsSearchOptions(client, undefined, { perPage: 3 });
  await serverQueries.prefetchInfiniteQuery(options);
  const state: DehydratedState = JSON.parse(JSON.stringify(dehydrate(serverQueries)));

  const browserQueries = new QueryClient();
  hydrate(browserQueries, state);
  expect(browserQueries.getQueryData(options.queryKey)?.pageParams).toEqual([null]);
  await browserQueries.fetchInfiniteQuery(options); // stale: refetches the pages it holds
  expect(sent.map((r) => r.query)).toEqual(['?per_page=3', '?per_page=3']);
});
