import { IntercomError, InternalServerError, type SearchQueryInput } from '@intercom-kit/core';
import { and, contacts, field, SearchQueryError } from '@intercom-kit/search-dsl';
import { act, fireEvent, render, renderHook, screen, waitFor } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { intercomKeys } from '../keys';
import { createTestEnv, openConversationIds } from '../test-support/env';
import { useConversations } from './use-conversations';

const open = field('state').eq('open');

function Inbox({ where, perPage, maxPages }: { where?: SearchQueryInput; perPage?: number; maxPages?: number }) {
  const { data, error, hasNextPage, fetchNextPage, isFetchingNextPage } = useConversations(where, {
    perPage,
    maxPages,
  });
  if (error) return <p role="alert">{`${error.name}: ${error.message}`}</p>;
  return (
    <section>
      <p>{data ? `${data.conversations.length} of ${data.totalCount}` : 'loading'}</p>
      <ul>
        {data?.conversations.map((c) => (
          <li key={c.id}>{c.id}</li>
        ))}
      </ul>
      {hasNextPage && (
        <button type="button" disabled={isFetchingNextPage} onClick={() => fetchNextPage()}>
          more
        </button>
      )}
    </section>
  );
}

const shownIds = () => screen.queryAllByRole('listitem').map((item) => item.textContent);

describe('useConversations', () => {
  it('scrolls through pages with fetchNextPage, each page from pages.next.starting_after', async () => {
    const { wrapper, emulator, sent } = createTestEnv();
    const expected = openConversationIds(emulator);
    render(<Inbox where={open} perPage={5} />, { wrapper });

    await screen.findByText(`5 of ${expected.length}`);
    for (const shown of [10, 15, 20]) {
      fireEvent.click(screen.getByRole('button', { name: 'more' }));
      await screen.findByText(`${shown} of ${expected.length}`);
    }

    expect(shownIds()).toEqual(expected.slice(0, 20));
    expect(sent).toHaveLength(4);
    const cursors = sent.map(
      (r) => (r.body as { pagination?: { starting_after?: string } }).pagination?.starting_after,
    );
    expect(cursors[0]).toBeUndefined();
    expect(new Set(cursors.slice(1)).size).toBe(3);
  });

  it('reaches the end: no next page after the last one', async () => {
    const { wrapper, emulator } = createTestEnv({ emulator: { conversations: 40 } });
    const total = openConversationIds(emulator).length;
    render(<Inbox where={open} perPage={Math.ceil(total / 2)} />, { wrapper });
    await screen.findByText(new RegExp(`of ${total}$`));
    fireEvent.click(screen.getByRole('button', { name: 'more' }));
    await screen.findByText(`${total} of ${total}`);
    expect(screen.queryByRole('button', { name: 'more' })).toBeNull();
  });

  it('lists every conversation without a query', async () => {
    const { wrapper, sent, emulator } = createTestEnv();
    render(<Inbox perPage={3} />, { wrapper });
    await screen.findByText(`3 of ${emulator.store.conversations.size}`);
    expect(sent[0]?.path).toBe('/conversations');
  });

  it('shares one cache entry and one request between components with equal queries', async () => {
    const { wrapper, sent, queryClient } = createTestEnv();
    const a = field('state').eq('open');
    const b = field('read').eq(false);
    render(
      <>
        <Inbox where={and(a, b)} perPage={4} />
        <Inbox where={b.and(a)} perPage={4} />
      </>,
      { wrapper },
    );
    await waitFor(() => expect(screen.getAllByRole('listitem')).toHaveLength(8));
    expect(sent).toHaveLength(1);
    expect(queryClient.getQueryCache().findAll({ queryKey: intercomKeys.conversations.searches() })).toHaveLength(1);
    const ids = shownIds();
    expect(ids.slice(0, 4)).toEqual(ids.slice(4));
  });

  it('keeps at most maxPages pages while scrolling on', async () => {
    const { wrapper, emulator, queryClient } = createTestEnv();
    const expected = [...emulator.store.conversations.newestFirst()].map((c) => c.id);
    render(<Inbox perPage={4} maxPages={3} />, { wrapper });
    await screen.findByText(`4 of ${expected.length}`);
    for (let page = 2; page <= 8; page++) {
      const before = shownIds().at(-1);
      fireEvent.click(screen.getByRole('button', { name: 'more' }));
      await waitFor(() => expect(shownIds().at(-1)).not.toBe(before));
    }
    expect(shownIds()).toEqual(expected.slice(20, 32)); // pages 6–8
    const [query, ...others] = queryClient.getQueryCache().findAll({ queryKey: intercomKeys.conversations.lists() });
    expect(others).toHaveLength(0);
    expect(query?.state.data).toMatchObject({ pages: [{}, {}, {}] });
    expect((query?.state.data as { pageParams: unknown[] } | undefined)?.pageParams).toHaveLength(3);
  });

  it("surfaces the API's error as core's IntercomError subclass", async () => {
    const { wrapper, emulator } = createTestEnv();
    emulator.faults.next(503, 1); // the client does not retry (maxRetries 0), and TanStack must not either
    const { result } = renderHook(() => useConversations(open), { wrapper });
    await waitFor(() => expect(result.current.isError).toBe(true));
    expect(result.current.error).toBeInstanceOf(InternalServerError);
    expect(result.current.error).toBeInstanceOf(IntercomError);
    expect((result.current.error as IntercomError).statusCode).toBe(503);
    expect(result.current.data).toBeUndefined();
  });

  it('shows a query that cannot be sent as the error, without throwing while rendering', async () => {
    const { wrapper, sent } = createTestEnv();
    render(<Inbox where={contacts.field('email').eq('a@example.com')} />, { wrapper });
    const alert = await screen.findByRole('alert');
    expect(alert.textContent).toMatch(/^SearchQueryError: .*cannot search conversations/);
    expect(sent).toHaveLength(0);
  });

  it('keeps the error type for a search the API refuses', async () => {
    const { wrapper } = createTestEnv();
    const { result } = renderHook(() => useConversations({ field: 'no_such_field', operator: '=', value: 'x' }), {
      wrapper,
    });
    await waitFor(() => expect(result.current.isError).toBe(true));
    expect(result.current.error).toBeInstanceOf(IntercomError);
    expect(result.current.error).not.toBeInstanceOf(SearchQueryError);
  });

  it('returns the same data object until the pages change', async () => {
    const { wrapper } = createTestEnv();
    const { result, rerender } = renderHook(() => useConversations(open, { perPage: 3 }), { wrapper });
    await waitFor(() => expect(result.current.data).toBeDefined());
    const first = result.current.data;
    rerender();
    expect(result.current.data).toBe(first);
    await act(() => result.current.fetchNextPage());
    await waitFor(() => expect(result.current.data).not.toBe(first));
    expect(result.current.data?.conversations.slice(0, 3)).toEqual(first?.conversations);
    expect(result.current.data?.conversations[0]).toBe(first?.conversations[0]); // rows can be memoised
  });
});
