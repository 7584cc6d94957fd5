import { describe, expect, it } from 'vitest';
import { errorCode, FIXED_NOW, testApi } from '../test-support/client';

type Conversation = {
  id: string;
  state: string;
  read: boolean;
  title: string | null;
  conversation_parts: {
    total_count: number;
    conversation_parts: Array<{ id: string; part_type: string; body: string | null }>;
  };
  [key: string]: unknown;
};

describe('conversations', () => {
  const api = testApi({ conversations: 50 });
  const store = api.emulator.store;
  const now = FIXED_NOW / 1000;

  it('lists newest first without parts', async () => {
    const { body } = await api.get<{ type: string; conversations: Conversation[]; total_count: number }>(
      '/conversations?per_page=5',
    );
    expect(body.type).toBe('conversation.list');
    expect(body.total_count).toBe(50);
    expect(body.conversations.map((c) => c.id)).toEqual(
      [...store.conversations.newestFirst()].slice(0, 5).map((c) => c.id),
    );
    expect(body.conversations[0]).not.toHaveProperty('conversation_parts');
  });

  it('finds one with its parts, as HTML or plain text', async () => {
    const record = [...store.conversations.values()].find((c) => c.parts.length > 2);
    const { body } = await api.get<Conversation>(`/conversations/${record?.id}`);
    expect(body.conversation_parts.total_count).toBe(record?.parts.length);
    expect(body.conversation_parts.conversation_parts.map((p) => p.id)).toEqual(record?.parts.map((p) => p.id));
    const plain = await api.get<Conversation & { source: { body: string } }>(
      `/conversations/${record?.id}?display_as=plaintext`,
    );
    expect(plain.body.source.body).not.toMatch(/<p>/);
    expect(errorCode((await api.get('/conversations/1')).body)).toBe('not_found');
  });

  it('creates a conversation from a contact and answers the user message', async () => {
    const contact = [...store.contacts.values()][2];
    const { body } = await api.post<{ type: string; conversation_id: string; id: string }>('/conversations', {
      from: { type: contact?.role, id: contact?.id },
      body: 'Need help with billing',
      subject: 'Billing',
    });
    expect(body).toMatchObject({
      type: 'user_message',
      message_type: 'inapp',
      body: 'Need help with billing',
      created_at: now,
    });
    const created = await api.get<Conversation & { source: Record<string, unknown>; waiting_since: number }>(
      `/conversations/${body.conversation_id}`,
    );
    expect(created.body).toMatchObject({
      state: 'open',
      read: false,
      waiting_since: now,
      source: {
        id: body.id,
        delivered_as: 'customer_initiated',
        subject: 'Billing',
        author: { type: contact?.role, id: contact?.id },
      },
    });
    expect(errorCode((await api.post('/conversations', { from: { type: 'user', id: 'nope' }, body: 'x' })).body)).toBe(
      'not_found',
    );
    expect(errorCode((await api.post('/conversations', { from: { type: 'user', id: contact?.id } })).body)).toBe(
      'parameter_not_found',
    );
  });

  it('updates read, title, custom attributes and company', async () => {
    const record = [...store.conversations.values()].find((c) => !c.read);
    const company = [...store.companies.values()][0];
    const { body } = await api.put<Conversation & { custom_attributes: Record<string, unknown> }>(
      `/conversations/${record?.id}`,
      {
        read: true,
        title: 'Renamed',
        custom_attributes: { issue_type: 'billing', severity: 2 },
        company_id: company?.id,
      },
    );
    expect(body).toMatchObject({
      read: true,
      title: 'Renamed',
      custom_attributes: { issue_type: 'billing', severity: 2 },
      updated_at: now,
    });
    expect(record?.company_id).toBe(company?.id);
    expect((await api.put(`/conversations/${record?.id}`, { read: 'yes' })).status).toBe(400);
    expect(errorCode((await api.put(`/conversations/${record?.id}`, { company_id: 'nope' })).body)).toBe(
      'company_not_found',
    );
  });

  it('deletes a conversation', async () => {
    const record = [...store.conversations.values()][0];
    expect((await api.delete(`/conversations/${record?.id}`)).body).toEqual({
      id: record?.id,
      object: 'conversation',
      deleted: true,
    });
    expect((await api.get(`/conversations/${record?.id}`)).status).toBe(404);
  });
});
