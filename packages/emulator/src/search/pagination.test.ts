import { describe, expect, it } from 'vitest';
import { testApi } from '../test-support/client';

type Page = {
  conversations: Array<{ id: string }>;
  total_count: number;
  pages: {
    type: string;
    page: number;
    per_page: number;
    total_pages: number;
    next?: { per_page: number; starting_after: string };
  };
};

const openQuery = { field: 'open', operator: '=', value: true };

describe('cursor pagination', () => {
  it('walks every match exactly once with exact total_count and pages', async () => {
    const api = testApi({ conversations: 300 });
    const expected = [...api.emulator.store.conversations.newestFirst()].filter((c) => c.open).map((c) => c.id);
    const seen: string[] = [];
    let cursor: string | undefined;
    let page = 0;
    do {
      const { body } = await api.post<Page>('/conversations/search', {
        query: openQuery,
        pagination: { per_page: 7, ...(cursor ? { starting_after: cursor } : {}) },
      });
      page++;
      expect(body.total_count).toBe(expected.length);
      expect(body.pages).toMatchObject({
        type: 'pages',
        page,
        per_page: 7,
        total_pages: Math.ceil(expected.length / 7),
      });
      seen.push(...body.conversations.map((c) => c.id));
      cursor = body.pages.next?.starting_after;
      if (cursor) expect(body.pages.next?.per_page).toBe(7);
    } while (cursor);
    expect(seen).toEqual(expected);
  });

  it('answers an empty result with total_pages 0 and no next', async () => {
    const api = testApi({ conversations: 20 });
    const { body } = await api.post('/conversations/search', {
      query: { field: 'id', operator: '=', value: 'no-such-id' },
    });
    expect(body).toEqual({
      type: 'conversation.list',
      conversations: [],
      total_count: 0,
      pages: { type: 'pages', page: 1, per_page: 20, total_pages: 0 },
    });
  });

  it('uses each resource default per_page (conversations 20, contacts 50, tickets 20)', async () => {
    const api = testApi({ conversations: 300, sizes: { tickets: 30 } });
    expect((await api.post<Page>('/conversations/search', { query: openQuery })).body.pages.per_page).toBe(20);
    expect(
      (await api.post<Page>('/contacts/search', { query: { field: 'role', operator: '=', value: 'user' } })).body.pages
        .per_page,
    ).toBe(50);
    expect(
      (await api.post<Page>('/tickets/search', { query: { field: 'open', operator: '=', value: true } })).body.pages
        .per_page,
    ).toBe(20);
  });

  it('neither skips nor repeats items when others are updated, created or deleted between pages', async () => {
    const api = testApi({ conversations: 200 });
    const store = api.emulator.store;
    const before = [...store.conversations.newestFirst()].filter((c) => c.open).map((c) => c.id);
    const first = await api.post<Page>('/conversations/search', { query: openQuery, pagination: { per_page: 10 } });
    const firstIds = first.body.conversations.map((c) => c.id);
    // Between pages: reply to an item of the next page (bumps its updated_at), touch one already
    // seen, start a new conversation, and delete an item of a later page.
    const admin = store.meAdminId;
    const nextItem = before[12] as string;
    const seenItem = firstIds[3] as string;
    await api.post(`/conversations/${nextItem}/reply`, {
      type: 'admin',
      message_type: 'note',
      admin_id: admin,
      body: 'moved?',
    });
    await api.put(`/conversations/${seenItem}`, { read: true, title: 'changed' });
    const contact = [...store.contacts.values()][0];
    const created = await api.post('/conversations', {
      from: { type: 'user', id: contact?.id },
      body: 'A brand new question',
    });
    const deleted = before[30] as string;
    await api.delete(`/conversations/${deleted}`);
    const rest: string[] = [];
    let cursor = first.body.pages.next?.starting_after;
    while (cursor) {
      const { body } = await api.post<Page>('/conversations/search', {
        query: openQuery,
        pagination: { per_page: 10, starting_after: cursor },
      });
      rest.push(...body.conversations.map((c) => c.id));
      cursor = body.pages.next?.starting_after;
    }
    const all = [...firstIds, ...rest];
    expect(new Set(all).size).toBe(all.length);
    expect(all).toEqual(before.filter((id) => id !== deleted));
    expect(all).not.toContain(created.body.conversation_id);
  });

  it('keeps GET /conversations and GET /contacts stable the same way', async () => {
    const api = testApi({ conversations: 60 });
    const store = api.emulator.store;
    const expected = [...store.contacts.newestFirst()].filter((c) => !c.archived).map((c) => c.id);
    const first = await api.get<{ data: Array<{ id: string }>; pages: Page['pages'] }>('/contacts?per_page=5');
    await api.put(`/contacts/${expected[7]}`, { name: 'Renamed Between Pages' });
    const seen = first.body.data.map((c) => c.id);
    let cursor = first.body.pages.next?.starting_after;
    while (cursor) {
      const { body } = await api.get<{ data: Array<{ id: string }>; pages: Page['pages'] }>(
        `/contacts?per_page=5&starting_after=${cursor}`,
      );
      seen.push(...body.data.map((c) => c.id));
      cursor = body.pages.next?.starting_after;
    }
    expect(seen).toEqual(expected);
    const list = await api.get<Page>('/conversations?per_page=150');
    expect(list.body.conversations.map((c) => c.id)).toEqual([...store.conversations.newestFirst()].map((c) => c.id));
    expect(list.body.pages.per_page).toBe(150);
    expect((await api.get('/conversations?per_page=151')).status).toBe(400);
    expect((await api.get('/conversations?per_page=abc')).status).toBe(400);
  });
});
