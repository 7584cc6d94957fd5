import type { Conversation, ConversationList, ConversationListItem } from '@intercom-kit/core';
import { type InfiniteData, QueryClient } from '@tanstack/react-query';
import { describe, expect, it } from 'vitest';
import { intercomKeys } from '../keys';
import { conversationCache, undoWrites, updateEntity } from './entity-cache';

const page = (...ids: string[]): ConversationList => ({
  type: 'conversation.list',
  conversations: ids.map((id) => ({ id, state: 'open' })),
  total_count: 9,
});

function seeded() {
  const queryClient = new QueryClient();
  const searchKey = intercomKeys.conversations.search({ field: 'open', operator: '=', value: true });
  const listKey = intercomKeys.conversations.list();
  const otherKey = intercomKeys.conversations.search({ field: 'read', operator: '=', value: true });
  const infinite = (...pages: ConversationList[]): InfiniteData<ConversationList> => ({
    pages,
    pageParams: pages.map((_, i) => (i === 0 ? undefined : `c${i}`)),
  });
  queryClient.setQueryData(searchKey, infinite(page('1', '2'), page('3', '4')));
  queryClient.setQueryData(listKey, infinite(page('4', '5')));
  queryClient.setQueryData(otherKey, infinite(page('6')));
  queryClient.setQueryData<Conversation>(intercomKeys.conversations.detail('4'), {
    id: '4',
    state: 'open',
    title: 'x',
  });
  const get = (key: readonly unknown[]) => queryClient.getQueryData<InfiniteData<ConversationList>>(key);
  return { queryClient, searchKey, listKey, otherKey, get };
}

const close = (c: ConversationListItem): ConversationListItem => ({ ...c, state: 'closed' });

describe('updateEntity', () => {
  it('updates the detail and every cached page holding the entity, and nothing else', () => {
    const { queryClient, searchKey, listKey, otherKey, get } = seeded();
    const before = { search: get(searchKey)!, list: get(listKey)!, other: get(otherKey)! };

    const writes = updateEntity(queryClient, conversationCache, '4', close);

    expect(writes).toHaveLength(3);
    expect(queryClient.getQueryData<Conversation>(intercomKeys.conversations.detail('4'))).toEqual({
      id: '4',
      state: 'closed',
      title: 'x',
    });
    const search = get(searchKey)!;
    expect(search.pages[1]?.conversations).toEqual([
      { id: '3', state: 'open' },
      { id: '4', state: 'closed' },
    ]);
    expect(search.pages[0]).toBe(before.search.pages[0]); // pages without it keep their identity
    expect(search.pageParams).toEqual(before.search.pageParams);
    expect(get(listKey)?.pages[0]?.conversations?.[0]).toEqual({ id: '4', state: 'closed' });
    expect(get(otherKey)).toBe(before.other);
  });

  it('writes nothing when the entity is not cached', () => {
    const { queryClient } = seeded();
    expect(updateEntity(queryClient, conversationCache, '99', close)).toEqual([]);
  });
});

describe('undoWrites', () => {
  it('puts back the data the writes replaced', () => {
    const { queryClient, searchKey, get } = seeded();
    const before = get(searchKey);
    const detailBefore = queryClient.getQueryData(intercomKeys.conversations.detail('4'));
    undoWrites(queryClient, updateEntity(queryClient, conversationCache, '4', close));
    expect(get(searchKey)).toEqual(before);
    expect(queryClient.getQueryData(intercomKeys.conversations.detail('4'))).toEqual(detailBefore);
  });

  it('invalidates instead of overwriting a query that changed since the write', () => {
    const { queryClient, searchKey, listKey, get } = seeded();
    const writes = updateEntity(queryClient, conversationCache, '4', close);
    const grown = { ...get(searchKey)!, pages: [...get(searchKey)!.pages, page('7')] };
    queryClient.setQueryData(searchKey, grown); // a page arrived meanwhile

    undoWrites(queryClient, writes);

    expect(get(searchKey)).toEqual(grown);
    expect(queryClient.getQueryState(searchKey)?.isInvalidated).toBe(true);
    expect(get(listKey)?.pages[0]?.conversations?.[0]).toEqual({ id: '4', state: 'open' });
    expect(queryClient.getQueryState(listKey)?.isInvalidated).toBe(false);
  });
});
