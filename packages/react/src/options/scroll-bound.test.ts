import { InfiniteQueryObserver, QueryClient } from '@tanstack/react-query';
import { expect, it } from 'vitest';
import { createTestEnv } from '../test-support/env';
import { conversationsSearchOptions } from './conversations';

it('scrolls through 10,000 conversations keeping at most maxPages pages, each conversation once', async () => {
  const { client, emulator } = createTestEnv({ emulator: { conversations: 10_000, rateLimit: false } });
  const queryClient = new QueryClient();
  const observer = new InfiniteQueryObserver(queryClient, {
    ...conversationsSearchOptions(client, undefined, { perPage: 150, maxPages: 4 }),
  });
  const unsubscribe = observer.subscribe(() => undefined);

  const seen = new Set<string>();
  await observer.refetch();
  let result = observer.getCurrentResult();
  let largest = 0;
  for (;;) {
    const data = result.data;
    if (!data) throw result.error;
    largest = Math.max(largest, data.pages.length);
    for (const c of data.pages.at(-1)?.conversations ?? []) {
      expect(seen.has(c.id!)).toBe(false);
      seen.add(c.id!);
    }
    expect(data.conversations.length).toBeLessThanOrEqual(4 * 150);
    if (!result.hasNextPage) break;
    result = await observer.fetchNextPage();
  }
  unsubscribe();

  expect(largest).toBe(4);
  expect(seen.size).toBe(emulator.store.conversations.size);
  expect(emulator.store.conversations.size).toBe(10_000);
}, 60_000);
