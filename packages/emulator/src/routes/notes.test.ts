import { describe, expect, it } from 'vitest';
import { errorCode, FIXED_NOW, testApi } from '../test-support/client';

describe('notes', () => {
  const api = testApi({ conversations: 10 });
  const store = api.emulator.store;
  const contact = [...store.contacts.values()][0];

  it('creates, lists newest first, and finds notes', async () => {
    const admin = [...store.admins.keys()][1];
    const created = await api.post<{ id: string }>(`/contacts/${contact?.id}/notes`, {
      body: '<p>Called the customer</p>',
      admin_id: admin,
    });
    expect(created.body).toMatchObject({
      type: 'note',
      body: '<p>Called the customer</p>',
      created_at: FIXED_NOW / 1000,
      contact: { type: 'contact', id: contact?.id },
      author: { type: 'admin', id: admin },
    });
    await api.post(`/contacts/${contact?.id}/notes`, { body: 'second' });
    const list = await api.get<{ data: Array<{ body: string }>; total_count: number; pages: { page: number } }>(
      `/contacts/${contact?.id}/notes`,
    );
    expect(list.body.total_count).toBe(store.notesOf(contact?.id ?? '').length);
    expect(list.body.data.map((n) => n.body)).toContain('second');
    expect((await api.get(`/notes/${created.body.id}`)).body.id).toBe(created.body.id);
  });

  it('answers 404 for unknown notes, contacts and admins, 400 without a body', async () => {
    expect((await api.get('/notes/999999')).status).toBe(404);
    expect((await api.get('/contacts/nope/notes')).status).toBe(404);
    expect(errorCode((await api.post(`/contacts/${contact?.id}/notes`, { body: 'x', admin_id: '1' })).body)).toBe(
      'admin_not_found',
    );
    expect(errorCode((await api.post(`/contacts/${contact?.id}/notes`, {})).body)).toBe('parameter_not_found');
  });
});
