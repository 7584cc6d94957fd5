import { describe, expect, it } from 'vitest';
import { errorCode, FIXED_NOW, testApi } from '../test-support/client';

type Part = {
  id: string;
  part_type: string;
  body: string | null;
  author: { type: string; id: string };
  metadata?: Record<string, unknown>;
  attachments: unknown[];
};
type Conversation = {
  id: string;
  state: string;
  read: boolean;
  waiting_since: number | null;
  statistics: Record<string, number>;
  conversation_parts: { conversation_parts: Part[] };
  teammates: { teammates: Array<{ id: string }> };
};

const lastPart = (c: Conversation) => c.conversation_parts.conversation_parts.at(-1) as Part;

describe('replying to conversations', () => {
  const api = testApi({ conversations: 60 });
  const store = api.emulator.store;
  const now = FIXED_NOW / 1000;
  const admin = [...store.admins.keys()][3] as string;

  it('adds an admin comment and updates reply statistics', async () => {
    const record = [...store.conversations.values()].find((c) => c.state === 'open' && c.waiting_since !== null);
    const partsBefore = record?.parts.length ?? 0;
    const { body } = await api.post<Conversation>(`/conversations/${record?.id}/reply`, {
      type: 'admin',
      message_type: 'comment',
      admin_id: admin,
      body: '<p>On it</p>',
      attachment_urls: ['https://files.example.com/a.png'],
    });
    expect(lastPart(body)).toMatchObject({
      part_type: 'comment',
      body: '<p>On it</p>',
      author: { type: 'admin', id: admin },
      attachments: [{ url: 'https://files.example.com/a.png', content_type: 'image/png' }],
    });
    expect(body.statistics).toMatchObject({ last_admin_reply_at: now, count_conversation_parts: partsBefore + 1 });
    expect(body.waiting_since).toBeNull();
    expect(body.teammates.teammates.map((t) => t.id)).toContain(admin);
  });

  it('adds notes and quick replies', async () => {
    const record = [...store.conversations.values()][5];
    const note = await api.post<Conversation>(`/conversations/${record?.id}/reply`, {
      type: 'admin',
      message_type: 'note',
      admin_id: admin,
      body: 'internal',
    });
    expect(lastPart(note.body).part_type).toBe('note');
    const options = [{ text: 'Yes', uuid: '0e2f4e5c-38f5-4d3c-9f3e-6a2b9b1c7d11' }];
    const quick = await api.post<Conversation>(`/conversations/${record?.id}/reply`, {
      type: 'admin',
      message_type: 'quick_reply',
      admin_id: admin,
      reply_options: options,
    });
    expect(lastPart(quick.body)).toMatchObject({
      part_type: 'quick_reply',
      metadata: { quick_reply_options: options },
    });
    expect(
      (
        await api.post(`/conversations/${record?.id}/reply`, {
          type: 'admin',
          message_type: 'quick_reply',
          admin_id: admin,
        })
      ).status,
    ).toBe(400);
  });

  it('reopens a closed conversation when the contact replies (part_type open)', async () => {
    const record = [...store.conversations.values()].find((c) => c.state === 'closed');
    const contactId = record?.contact_ids[0];
    const reopens = record?.statistics.count_reopens ?? 0;
    const { body } = await api.post<Conversation>(`/conversations/${record?.id}/reply`, {
      type: 'user',
      message_type: 'comment',
      intercom_user_id: contactId,
      body: 'Still broken',
    });
    expect(lastPart(body)).toMatchObject({ part_type: 'open', author: { id: contactId } });
    expect(body).toMatchObject({
      state: 'open',
      read: false,
      waiting_since: now,
      statistics: { count_reopens: reopens + 1, last_contact_reply_at: now },
    });
  });

  it("finds the contact by email or user_id, and 'last' as their latest conversation", async () => {
    const user = [...store.contacts.values()].find(
      (c) => c.role === 'user' && [...store.conversations.values()].some((v) => v.contact_ids.includes(c.id)),
    );
    const latest = [...store.conversations.values()]
      .filter((c) => c.contact_ids.includes(user?.id ?? ''))
      .sort((a, b) => b.updated_at - a.updated_at)[0];
    const byEmail = await api.post<Conversation>('/conversations/last/reply', {
      type: 'user',
      message_type: 'comment',
      email: user?.email,
      body: 'ping',
    });
    expect(byEmail.body.id).toBe(latest?.id);
    const byUserId = await api.post<Conversation>(`/conversations/${latest?.id}/reply`, {
      type: 'user',
      message_type: 'comment',
      user_id: user?.external_id,
      body: 'pong',
    });
    expect(lastPart(byUserId.body).body).toBe('pong');
    expect(
      (
        await api.post('/conversations/last/reply', {
          type: 'admin',
          message_type: 'comment',
          admin_id: admin,
          body: 'x',
        })
      ).status,
    ).toBe(400);
  });

  it('validates reply bodies', async () => {
    const id = [...store.conversations.values()][1]?.id;
    expect(
      errorCode(
        (await api.post(`/conversations/${id}/reply`, { type: 'admin', message_type: 'comment', admin_id: admin }))
          .body,
      ),
    ).toBe('parameter_not_found');
    expect(
      errorCode(
        (
          await api.post(`/conversations/${id}/reply`, {
            type: 'admin',
            message_type: 'comment',
            admin_id: '1',
            body: 'x',
          })
        ).body,
      ),
    ).toBe('admin_not_found');
    expect(
      (await api.post(`/conversations/${id}/reply`, { type: 'bot', message_type: 'comment', body: 'x' })).status,
    ).toBe(400);
    expect(
      (await api.post(`/conversations/${id}/reply`, { type: 'user', message_type: 'comment', body: 'x' })).status,
    ).toBe(400);
    expect(
      (
        await api.post(`/conversations/${id}/reply`, {
          type: 'user',
          message_type: 'comment',
          email: 'nobody@nowhere.test',
          body: 'x',
        })
      ).status,
    ).toBe(404);
    // A lead without an email must not be found by an empty one.
    await api.post('/contacts', { role: 'lead', name: 'No email' });
    const emptyEmail = { type: 'user', message_type: 'comment', email: '', body: 'x' };
    expect((await api.post(`/conversations/${id}/reply`, emptyEmail)).status).toBe(404);
    expect(
      (
        await api.post(`/conversations/${id}/reply`, {
          type: 'admin',
          message_type: 'comment',
          admin_id: admin,
          body: 'x',
          created_at: FIXED_NOW,
        })
      ).status,
    ).toBe(400);
    const tooMany = Array.from({ length: 11 }, (_, i) => `https://files.example.com/${i}.png`);
    expect(
      (
        await api.post(`/conversations/${id}/reply`, {
          type: 'admin',
          message_type: 'comment',
          admin_id: admin,
          body: 'x',
          attachment_urls: tooMany,
        })
      ).status,
    ).toBe(400);
  });
});
