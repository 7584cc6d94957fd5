import { field } from '@intercom-kit/search-dsl';
import { act, renderHook, waitFor } from '@testing-library/react';
import { describe, expect, it, vi } from 'vitest';
import { useConversation } from '../hooks/use-conversation';
import { useConversations } from '../hooks/use-conversations';
import { intercomKeys } from '../keys';
import { createTestEnv, openConversationIds } from '../test-support/env';
import { useReplyToConversation } from './reply-to-conversation';
import { useTagConversation } from './tag-conversation';
import { useUntagConversation } from './untag-conversation';
import { useUpdateConversation } from './update-conversation';

const open = field('state').eq('open');

function setup() {
  const env = createTestEnv();
  const admin = [...env.emulator.store.admins.values()][0]!.id;
  const id = openConversationIds(env.emulator)[0]!;
  const searches = () => env.sent.filter((r) => r.path === '/conversations/search').length;
  return { ...env, admin, id, searches };
}

describe('useReplyToConversation', () => {
  it('stores the returned conversation as its detail and refreshes the searches', async () => {
    const { wrapper, admin, id, searches, queryClient } = setup();
    const onSuccess = vi.fn();
    const { result } = renderHook(
      () => ({ inbox: useConversations(open), reply: useReplyToConversation({ onSuccess }) }),
      { wrapper },
    );
    await waitFor(() => expect(result.current.inbox.isSuccess).toBe(true));
    expect(searches()).toBe(1);

    await act(() =>
      result.current.reply.mutateAsync({
        conversation_id: id,
        body: { message_type: 'note', type: 'admin', admin_id: admin, body: 'Looking into it' },
      }),
    );

    const stored = queryClient.getQueryData(intercomKeys.conversations.detail(id));
    expect(stored).toBe(result.current.reply.data);
    expect(result.current.reply.data?.conversation_parts?.conversation_parts?.at(-1)).toMatchObject({
      part_type: 'note',
      body: 'Looking into it',
    });
    await waitFor(() => expect(searches()).toBe(2));
    expect(onSuccess).toHaveBeenCalledTimes(1);

    // A detail view opened now shows the stored answer at once, without a loading state.
    const detail = renderHook(() => useConversation(id), { wrapper });
    expect(detail.result.current.status).toBe('success');
    expect(detail.result.current.data).toBe(stored);
  });
});

describe('useUpdateConversation', () => {
  it('stores the updated conversation and refreshes the searches', async () => {
    const { wrapper, id, searches, emulator } = setup();
    const { result } = renderHook(
      () => ({ inbox: useConversations(open), detail: useConversation(id), update: useUpdateConversation() }),
      { wrapper },
    );
    await waitFor(() => expect(result.current.inbox.isSuccess && result.current.detail.isSuccess).toBe(true));
    await act(() =>
      result.current.update.mutateAsync({
        conversation_id: id,
        read: true,
        custom_attributes: { priority_label: 'High' },
      }),
    );
    expect(result.current.detail.data?.read).toBe(true);
    expect(result.current.detail.data?.custom_attributes).toMatchObject({ priority_label: 'High' });
    expect(emulator.store.conversations.get(id)?.read).toBe(true);
    await waitFor(() => expect(searches()).toBe(2));
  });
});

describe('useTagConversation and useUntagConversation', () => {
  it('adds and removes the tag in the detail and in cached pages, refreshing searches', async () => {
    const { wrapper, admin, id, searches, emulator, holdNextRequest } = setup();
    const tag = [...emulator.store.tags.values()].find(
      (t) => !emulator.store.conversations.get(id)?.tags.some((a) => a.id === t.id),
    )!;
    const { result } = renderHook(
      () => ({
        inbox: useConversations(open, { perPage: 50 }),
        detail: useConversation(id),
        tag: useTagConversation(),
        untag: useUntagConversation(),
      }),
      { wrapper },
    );
    await waitFor(() => expect(result.current.inbox.isSuccess && result.current.detail.isSuccess).toBe(true));
    const tagIds = () => ({
      detail: result.current.detail.data?.tags?.tags?.map((t) => t.id),
      listed: result.current.inbox.data?.conversations.find((c) => c.id === id)?.tags?.tags?.map((t) => t.id),
    });

    // The searches' refetch is held, so what the pages show before it lands is the mutation's own write.
    const isSearch = (r: { path: string }) => r.path === '/conversations/search';
    let release = holdNextRequest(isSearch);
    act(() => result.current.tag.mutate({ conversation_id: id, id: tag.id, admin_id: admin }));
    await waitFor(() =>
      expect(tagIds()).toEqual({ detail: expect.arrayContaining([tag.id]), listed: expect.arrayContaining([tag.id]) }),
    );
    expect(searches()).toBe(2);
    release();
    await waitFor(() => expect(result.current.tag.isSuccess).toBe(true));

    release = holdNextRequest(isSearch);
    act(() => result.current.untag.mutate({ conversation_id: id, tag_id: tag.id, admin_id: admin }));
    await waitFor(() => expect(tagIds().listed).not.toContain(tag.id));
    expect(tagIds().detail).not.toContain(tag.id);
    release();
    await waitFor(() => expect(result.current.untag.isSuccess).toBe(true));
    await waitFor(() => expect(searches()).toBe(3));
  });
});
