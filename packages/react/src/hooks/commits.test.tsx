import { field } from '@intercom-kit/search-dsl';
import { act, render, screen, waitFor } from '@testing-library/react';
import { Profiler, type ProfilerOnRenderCallback } from 'react';
import { expect, it } from 'vitest';
import { createTestEnv } from '../test-support/env';
import { useConversations } from './use-conversations';

// What a virtualised list reads: the items, whether there is more, and the function to load it.
function List({ onMore }: { onMore: (more: () => unknown) => void }) {
  const { data, hasNextPage, fetchNextPage } = useConversations(field('state').eq('open'), { perPage: 4 });
  onMore(fetchNextPage);
  return (
    <ul data-more={hasNextPage}>
      {data?.conversations.map((c) => (
        <li key={c.id}>{c.id}</li>
      ))}
    </ul>
  );
}

const settle = () => act(() => new Promise<void>((resolve) => setTimeout(resolve, 60)));

it('commits the list once per fetched page', async () => {
  const { wrapper, emulator } = createTestEnv();
  let commits = 0;
  const onRender: ProfilerOnRenderCallback = () => {
    commits++;
  };
  let more: () => unknown = () => undefined;
  render(
    <Profiler id="list" onRender={onRender}>
      <List onMore={(fetchNext) => (more = fetchNext)} />
    </Profiler>,
    { wrapper },
  );
  await waitFor(() => expect(screen.getAllByRole('listitem')).toHaveLength(4));
  await settle();
  // Like a network: the request is in flight across several ticks, so a render for "fetching" would show.
  emulator.faults.set({ latencyMs: 30 });

  for (const length of [8, 12, 16]) {
    const before = commits;
    await act(async () => {
      await more();
    });
    await waitFor(() => expect(screen.getAllByRole('listitem')).toHaveLength(length));
    await settle();
    expect(commits - before).toBe(1);
  }
});
