import { describe, expect, it } from 'vitest';
import { errorCode, FIXED_NOW, testApi } from '../test-support/client';

type Contact = {
  id: string;
  role: string;
  email: string;
  external_id: string | null;
  custom_attributes: Record<string, unknown>;
  [key: string]: unknown;
};

describe('contacts', () => {
  const api = testApi({ conversations: 40 });
  const store = api.emulator.store;
  const now = FIXED_NOW / 1000;

  it('creates users and leads with the given attributes', async () => {
    const user = await api.post<Contact>('/contacts', {
      email: 'Ada@Example.com',
      external_id: 'ext-ada',
      name: 'Ada',
      custom_attributes: { plan: 'Pro', trial_ends_at: now + 100 },
    });
    expect(user.status).toBe(200);
    expect(user.body).toMatchObject({
      type: 'contact',
      role: 'user',
      email: 'Ada@Example.com',
      email_domain: 'Example.com',
      external_id: 'ext-ada',
      created_at: now,
      custom_attributes: { plan: 'Pro', trial_ends_at: now + 100 },
    });
    expect(user.body.id).toMatch(/^[0-9a-f]{24}$/);
    const lead = await api.post<Contact>('/contacts', { role: 'lead', name: 'Visitor' });
    expect(lead.body).toMatchObject({ role: 'lead', email: '', external_id: null });
  });

  it('refuses what Intercom refuses', async () => {
    expect(errorCode((await api.post('/contacts', { name: 'Nobody' })).body)).toBe('parameter_invalid');
    expect(errorCode((await api.post('/contacts', { email: 'not-an-email' })).body)).toBe('parameter_invalid');
    expect(errorCode((await api.post('/contacts', { role: 'admin' })).body)).toBe('parameter_invalid');
    const unknownAttribute = await api.post('/contacts', {
      email: 'x@example.com',
      custom_attributes: { shoe_size: '42' },
    });
    expect(errorCode(unknownAttribute.body)).toBe('parameter_not_found');
    expect(JSON.stringify(unknownAttribute.body)).toContain('POST /data_attributes');
    const wrongType = await api.post('/contacts', {
      email: 'y@example.com',
      custom_attributes: { trial_ends_at: 'tomorrow' },
    });
    expect(wrongType.status).toBe(400);
    expect(JSON.stringify(wrongType.body)).toContain('unix seconds');
    expect((await api.post('/contacts', { email: 'z@example.com', custom_attributes: { plan: 'Gold' } })).status).toBe(
      400,
    );
  });

  it('answers 409 for a second user with the same email or external_id', async () => {
    const existing = [...store.contacts.values()].find((c) => c.role === 'user');
    const clash = await api.post('/contacts', { email: existing?.email.toUpperCase() });
    expect(clash.status).toBe(409);
    expect(JSON.stringify(clash.body)).toContain(existing?.id);
    expect((await api.post('/contacts', { external_id: existing?.external_id })).status).toBe(409);
  });

  it('finds by id and external id, updates, and deletes', async () => {
    const created = (await api.post<Contact>('/contacts', { email: 'kim@example.com', external_id: 'kim-1' })).body;
    expect((await api.get(`/contacts/${created.id}`)).body.email).toBe('kim@example.com');
    expect((await api.get('/contacts/find_by_external_id/kim-1')).body.id).toBe(created.id);
    expect((await api.get('/contacts/find_by_external_id/nobody')).status).toBe(404);
    const updated = await api.put<Contact>(`/contacts/${created.id}`, {
      name: 'Kim',
      role: 'lead',
      custom_attributes: { plan: 'Starter' },
    });
    expect(updated.body).toMatchObject({ name: 'Kim', role: 'lead', custom_attributes: { plan: 'Starter' } });
    const deleted = await api.delete(`/contacts/${created.id}`);
    expect(deleted.body).toEqual({ type: 'contact', id: created.id, external_id: 'kim-1', deleted: true });
    const gone = await api.get(`/contacts/${created.id}`);
    expect(gone.status).toBe(404);
    expect(errorCode(gone.body)).toBe('not_found');
  });

  it('lists newest first with cursor pages', async () => {
    const { body } = await api.get<{ type: string; data: Contact[]; total_count: number; pages: { per_page: number } }>(
      '/contacts',
    );
    expect(body.type).toBe('list');
    expect(body.pages.per_page).toBe(50);
    expect(body.total_count).toBe([...store.contacts.values()].filter((c) => !c.archived).length);
    expect(body.data[0]?.id).toBe([...store.contacts.newestFirst()][0]?.id);
  });

  it('archives and unarchives: archived contacts leave lists and searches but stay retrievable', async () => {
    const contact = (await api.post<Contact>('/contacts', { email: 'arch@example.com' })).body;
    expect((await api.post(`/contacts/${contact.id}/archive`)).body).toEqual({
      type: 'contact',
      id: contact.id,
      external_id: null,
      archived: true,
    });
    const search = { query: { field: 'email', operator: '=', value: 'arch@example.com' } };
    expect((await api.post('/contacts/search', search)).body.total_count).toBe(0);
    expect((await api.get(`/contacts/${contact.id}`)).status).toBe(200);
    expect((await api.post(`/contacts/${contact.id}/unarchive`)).body).toMatchObject({ archived: false });
    expect((await api.post('/contacts/search', search)).body.total_count).toBe(1);
    expect((await api.post(`/contacts/${contact.id}/block`)).body).toMatchObject({ blocked: true });
  });

  it('merges a lead into a user, moving its conversations, tags, notes and companies', async () => {
    const user = (await api.post<Contact>('/contacts', { email: 'merge-user@example.com' })).body;
    const lead = (
      await api.post<Contact>('/contacts', {
        role: 'lead',
        email: 'merge-lead@example.com',
        custom_attributes: { plan: 'Pro' },
      })
    ).body;
    const conversation = (
      await api.post<{ conversation_id: string }>('/conversations', {
        from: { type: 'lead', id: lead.id },
        body: 'hello from a lead',
      })
    ).body;
    const tag = [...store.tags.keys()][0] as string;
    await api.post(`/contacts/${lead.id}/tags`, { id: tag });
    await api.post(`/contacts/${lead.id}/notes`, { body: 'lead note' });
    const company = [...store.companies.values()][0];
    await api.post(`/contacts/${lead.id}/companies`, { id: company?.id });
    expect((await api.post('/contacts/merge', { from: user.id, into: lead.id })).status).toBe(400);
    const merged = await api.post<Contact>('/contacts/merge', { from: lead.id, into: user.id });
    expect(merged.body).toMatchObject({ id: user.id, role: 'user', custom_attributes: { plan: 'Pro' } });
    expect(store.conversation(conversation.conversation_id).contact_ids).toEqual([user.id]);
    expect(store.contact(user.id).tags.map((t) => t.id)).toContain(tag);
    expect(store.notesOf(user.id).map((n) => n.body)).toContain('lead note');
    expect(company?.contact_ids.has(user.id)).toBe(true);
    const lookup = await api.get(`/contacts/${lead.id}`);
    expect(lookup.status).toBe(404);
    expect(JSON.stringify(lookup.body)).toContain(`merged into ${user.id}`);
  });

  it('lists a contact segments and subscriptions', async () => {
    const lead = [...store.contacts.values()].find((c) => c.role === 'lead');
    const segments = await api.get<{ type: string; data: Array<{ name: string }> }>(`/contacts/${lead?.id}/segments`);
    expect(segments.body.type).toBe('list');
    expect(segments.body.data.map((s) => s.name)).toContain('Leads');
    const subscriptions = await api.get<{ data: Array<{ type: string }> }>(`/contacts/${lead?.id}/subscriptions`);
    expect(subscriptions.body.data.length).toBeGreaterThan(0);
  });
});
