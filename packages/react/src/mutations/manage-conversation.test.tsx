import {
  type Conversation,
  type ConversationListItem,
  InternalServerError,
  type ManageConversationPartsRequest,
} from '@intercom-kit/core';
import { field } from '@intercom-kit/search-dsl';
import { act, renderHook, waitFor } from '@testing-library/react';
import { describe, expect, it, vi } from 'vitest';
import { useConversation } from '../hooks/use-conversation';
import { useConversations } from '../hooks/use-conversations';
import { createTestEnv, openConversationIds } from '../test-support/env';
import type { MutationHookOptions } from './hook-options';
import { useManageConversation } from './manage-conversation';

const open = field('state').eq('open');

/** A conversation on screen three times: in a search, in the plain list and in its detail. */
async function onScreen(options?: MutationHookOptions<Conversation, ManageConversationPartsRequest>) {
  const env = createTestEnv();
  const admin = [...env.emulator.store.admins.values()][0]!.id;
  const id = openConversationIds(env.emulator)[0]!;
  const hook = renderHook(
    () => ({
      search: useConversations(open, { perPage: 50 }),
      list: useConversations(undefined, { perPage: 5 }),
      detail: useConversation(id),
      manage: useManageConversation(options),
    }),
    { wrapper: env.wrapper },
  );
  const { result } = hook;
  await waitFor(() =>
    expect(result.current.search.isSuccess && result.current.list.isSuccess && result.current.detail.isSuccess).toBe(
      true,
    ),
  );
  const find = (items: ConversationListItem[] | undefined) => items?.find((c) => c.id === id);
  const states = () => ({
    search: find(result.current.search.data?.conversations)?.state,
    list: find(result.current.list.data?.conversations)?.state,
    detail: result.current.detail.data?.state,
  });
  return { ...env, result, id, admin, states };
}

describe('useManageConversation', () => {
  it('closes at once in the detail and every cached page, then keeps the API answer', async () => {
    const { result, id, admin, states, holdNextRequest, emulator, sent } = await onScreen();
    expect(states()).toEqual({ search: 'open', list: 'open', detail: 'open' });

    const release = holdNextRequest();
    act(() =>
      result.current.manage.mutate({
        conversation_id: id,
        body: { message_type: 'close', type: 'admin', admin_id: admin },
      }),
    );
    await waitFor(() => expect(states()).toEqual({ search: 'closed', list: 'closed', detail: 'closed' }));
    expect(result.current.manage.isPending).toBe(true);
    expect(emulator.store.conversations.get(id)?.state).toBe('open'); // the API has not answered yet

    const requestsBefore = sent.length;
    release();
    await waitFor(() => expect(result.current.manage.isSuccess).toBe(true));
    const parts = result.current.detail.data?.conversation_parts?.conversation_parts ?? [];
    expect(parts.at(-1)?.part_type).toBe('close'); // the detail is the API's answer
    expect(result.current.detail.data).toEqual(result.current.manage.data);
    // Searches were refreshed: a closed conversation has left the search for open ones.
    await waitFor(() => expect(states().search).toBeUndefined());
    expect(sent.slice(requestsBefore).map((r) => `${r.method} ${r.path}`)).toEqual(
      expect.arrayContaining(['POST /conversations/search', 'GET /conversations']),
    );
  });

  it('rolls back everywhere when the API refuses, and reports its error', async () => {
    const onError = vi.fn();
    const env = await onScreen({ onError });
    const { result, id, admin, states, holdNextRequest, emulator } = env;
    const before = {
      search: result.current.search.data,
      detail: result.current.detail.data,
    };

    emulator.faults.next(500);
    const release = holdNextRequest();
    act(() =>
      result.current.manage.mutate({
        conversation_id: id,
        body: { message_type: 'snoozed', admin_id: admin, snoozed_until: 1_900_000_000 },
      }),
    );
    await waitFor(() => expect(states()).toEqual({ search: 'snoozed', list: 'snoozed', detail: 'snoozed' }));
    release();

    await waitFor(() => expect(result.current.manage.isError).toBe(true));
    expect(result.current.manage.error).toBeInstanceOf(InternalServerError);
    expect(states()).toEqual({ search: 'open', list: 'open', detail: 'open' });
    expect(result.current.detail.data).toEqual(before.detail);
    expect(result.current.search.data?.conversations).toEqual(before.search?.conversations);
    expect(emulator.store.conversations.get(id)?.state).toBe('open');
    // The app's own callback runs after the rollback.
    expect(onError).toHaveBeenCalledTimes(1);
    expect(onError.mock.calls[0]?.[0]).toBe(result.current.manage.error);
  });

  it('assigns optimistically and ends with the assignee the API reports', async () => {
    const { result, id, admin, holdNextRequest, emulator } = await onScreen();
    const teamId = [...emulator.store.teams.values()][0]!.id;
    const release = holdNextRequest();
    act(() =>
      result.current.manage.mutate({
        conversation_id: id,
        body: { message_type: 'assignment', type: 'team', admin_id: admin, assignee_id: teamId },
      }),
    );
    await waitFor(() => expect(result.current.detail.data?.team_assignee_id).toBe(Number(teamId)));
    expect(result.current.search.data?.conversations.find((c) => c.id === id)?.team_assignee_id).toBe(Number(teamId));
    release();
    await waitFor(() => expect(result.current.manage.isSuccess).toBe(true));
    expect(result.current.detail.data?.team_assignee_id).toBe(Number(teamId));
    expect(emulator.store.conversations.get(id)?.team_assignee_id).toBe(Number(teamId));
  });
});
