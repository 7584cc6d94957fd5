import { type IntercomError, InternalServerError } from '@intercom-kit/core';
import { contacts, conversations, field, SearchQueryError } from '@intercom-kit/search-dsl';
import { QueryClient } from '@tanstack/react-query';
import { describe, expect, it } from 'vitest';
import { createTestEnv, openConversationIds } from '../test-support/env';
import { conversationOptions, conversationsSearchOptions } from './conversations';

const open = conversations.field('state').eq('open');

describe('conversationsSearchOptions outside React', () => {
  it('prefetches pages that are the plain JSON responses, chained by pages.next.starting_after', async () => {
    const { client, queryClient, sent, emulator } = createTestEnv();
    const options = conversationsSearchOptions(client, open, { perPage: 5 });
    await queryClient.prefetchInfiniteQuery({ ...options, pages: 3 });

    const data = queryClient.getQueryData(options.queryKey);
    expect(data?.pages).toHaveLength(3);
    expect(JSON.parse(JSON.stringify(data?.pages))).toEqual(data?.pages); // serialisable as they are, for hydration
    const ids = data?.pages.flatMap((page) => page.conversations?.map((c) => c.id));
    expect(ids).toEqual(openConversationIds(emulator).slice(0, 15));

    expect(sent.map((r) => r.path)).toEqual(Array(3).fill('/conversations/search'));
    expect(sent[0]?.body).toEqual({
      query: { field: 'state', operator: '=', value: 'open' },
      pagination: { per_page: 5 },
    });
    expect(sent[1]?.body).toMatchObject({
      pagination: { per_page: 5, starting_after: data?.pages[0]?.pages?.next?.starting_after },
    });
    expect(data?.pageParams).toEqual([undefined, expect.any(String), expect.any(String)]);
  });

  it('selects the conversations of every page and the latest total', async () => {
    const { client, queryClient, emulator } = createTestEnv();
    const options = conversationsSearchOptions(client, open, { perPage: 4 });
    const raw = await queryClient.fetchInfiniteQuery({ ...options, pages: 2 });
    const selected = options.select?.(raw);
    expect(selected?.conversations.map((c) => c.id)).toEqual(openConversationIds(emulator).slice(0, 8));
    expect(selected?.totalCount).toBe(openConversationIds(emulator).length);
    expect(selected?.pages).toBe(raw.pages);
  });

  it('lists every conversation with GET /conversations when there is no query', async () => {
    const { client, queryClient, sent } = createTestEnv();
    const options = conversationsSearchOptions(client, undefined, { perPage: 7 });
    await queryClient.prefetchInfiniteQuery({ ...options, pages: 2 });
    expect(options.queryKey).toEqual(['intercom', 'conversations', 'list', { perPage: 7 }]);
    expect(sent.map((r) => `${r.method} ${r.path}${r.query}`)).toEqual([
      'GET /conversations?per_page=7',
      expect.stringMatching(/^GET \/conversations\?per_page=7&starting_after=.+/),
    ]);
    expect(queryClient.getQueryData(options.queryKey)?.pages[1]?.conversations).toHaveLength(7);
  });

  it('stops at the last page: hasNextPage is false there', async () => {
    const { client, queryClient } = createTestEnv({ emulator: { conversations: 30 } });
    const options = conversationsSearchOptions(client, open, { perPage: 150 });
    const data = await queryClient.fetchInfiniteQuery(options);
    expect(options.getNextPageParam(data.pages[0]!, data.pages, undefined, data.pageParams)).toBeUndefined();
  });

  it('sends the canonical JSON of an expression, validated for conversations', async () => {
    const { client, queryClient, sent } = createTestEnv();
    const where = field('open').eq(true).and(field('state').eq('open'));
    await queryClient.fetchInfiniteQuery(conversationsSearchOptions(client, where));
    expect(sent[0]?.body).toEqual({
      query: {
        operator: 'AND',
        value: [
          { field: 'open', operator: '=', value: true },
          { field: 'state', operator: '=', value: 'open' },
        ],
      },
    });
  });

  it('turns a query that cannot be sent into the query error, sending nothing', async () => {
    const { client, queryClient, sent } = createTestEnv();
    const contactsOnly = contacts.field('email').eq('ada@example.com');
    const options = conversationsSearchOptions(client, contactsOnly);
    const error = await queryClient.fetchInfiniteQuery(options).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(SearchQueryError);
    expect((error as SearchQueryError).code).toBe('resource_mismatch');
    expect(options.queryKey[2]).toBe('search');
    expect(JSON.stringify(options.queryKey)).toContain('cannot search conversations');
    expect(sent).toHaveLength(0);
  });
});

describe('retries', () => {
  it("leaves retries to the client: TanStack's retry is off even when the app's default is 3", async () => {
    const queryClient = new QueryClient({ defaultOptions: { queries: { retry: 3, retryDelay: 0 } } });
    const { client, sent, emulator } = createTestEnv({ queryClient, client: { maxRetries: 1 } });
    emulator.faults.next(503, 10);
    const error = await queryClient
      .fetchInfiniteQuery(conversationsSearchOptions(client, open))
      .catch((e: unknown) => e);
    expect(error).toBeInstanceOf(InternalServerError);
    expect((error as IntercomError).statusCode).toBe(503);
    expect(sent).toHaveLength(2); // the first attempt and the client's one retry, not 2 × 4
  });

  it("still gets the client's own retries", async () => {
    const { client, queryClient, emulator } = createTestEnv({ client: { maxRetries: 1 } });
    emulator.faults.next(503, 1);
    const data = await queryClient.fetchInfiniteQuery(conversationsSearchOptions(client, open, { perPage: 3 }));
    expect(data.pages[0]?.conversations).toHaveLength(3);
  });
});

describe('conversationOptions', () => {
  it('fetches one conversation under its detail key, string and number ids alike', async () => {
    const { client, queryClient, emulator } = createTestEnv();
    const id = openConversationIds(emulator)[0]!;
    const conversation = await queryClient.fetchQuery(conversationOptions(client, id));
    expect(conversation.id).toBe(id);
    expect(conversation.conversation_parts).toBeDefined();
    expect(conversationOptions(client, Number(id)).queryKey).toEqual(['intercom', 'conversations', 'detail', id]);
    expect(queryClient.getQueryData(conversationOptions(client, Number(id)).queryKey)).toBe(conversation);
  });
});
