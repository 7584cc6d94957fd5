import { describe, expect, it } from 'vitest';
import { errorCode, testApi } from '../test-support/client';

describe('messages', () => {
  const api = testApi({ conversations: 10 });
  const store = api.emulator.store;
  const contact = [...store.contacts.values()][0];
  const from = { type: 'admin', id: store.meAdminId };

  it('sends in-app and email messages from an admin', async () => {
    const inApp = await api.post('/messages', {
      message_type: 'in_app',
      body: 'Hello',
      from,
      to: { type: contact?.role, id: contact?.id },
    });
    expect(inApp.body).toMatchObject({
      type: 'admin_message',
      message_type: 'inapp',
      body: 'Hello',
      owner: { id: store.meAdminId },
    });
    expect(inApp.body).not.toHaveProperty('conversation_id');
    const email = await api.post('/messages', {
      message_type: 'email',
      subject: 'News',
      body: 'Hi',
      template: 'plain',
      from,
      to: { type: contact?.role, id: contact?.id },
    });
    expect(email.body).toMatchObject({ message_type: 'email', subject: 'News' });
  });

  it('opens the conversation at once when asked', async () => {
    const { body } = await api.post<{ conversation_id: string }>('/messages', {
      message_type: 'in_app',
      body: 'Ping',
      from,
      to: { type: contact?.role, id: contact?.id },
      create_conversation_without_contact_reply: true,
    });
    expect(store.conversation(body.conversation_id)).toMatchObject({
      contact_ids: [contact?.id],
      source: { delivered_as: 'admin_initiated', author: { type: 'admin' } },
    });
  });

  it('answers 422 for an email without subject and 400 without body', async () => {
    const noSubject = await api.post('/messages', {
      message_type: 'email',
      body: 'Hi',
      from,
      to: { type: 'user', id: contact?.id },
    });
    expect(noSubject.status).toBe(422);
    expect(noSubject.body).toMatchObject({
      errors: [{ code: 'parameter_not_found', message: 'No subject supplied for email message' }],
    });
    expect(
      (await api.post('/messages', { message_type: 'in_app', from, to: { type: 'user', id: contact?.id } })).status,
    ).toBe(400);
    expect(
      (await api.post('/messages', { message_type: 'in_app', body: 'x', from, to: { type: 'user', id: 'nope' } }))
        .status,
    ).toBe(404);
    expect(
      errorCode(
        (
          await api.post('/messages', {
            message_type: 'in_app',
            body: 'x',
            from: { type: 'admin', id: '1' },
            to: { type: 'user', id: contact?.id },
          })
        ).body,
      ),
    ).toBe('admin_not_found');
  });
});
