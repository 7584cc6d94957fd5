import { describe, expect, it } from 'vitest';
import { errorCode, testApi } from '../test-support/client';

describe('tags', () => {
  const api = testApi({ conversations: 20, sizes: { tickets: 3 } });
  const store = api.emulator.store;
  const admin = store.meAdminId;

  it('creates a tag, finds an existing one by name, renames by id, finds and lists', async () => {
    const created = await api.post<{ id: string }>('/tags', { name: 'new-tag' });
    expect(created.body).toEqual({ type: 'tag', id: created.body.id, name: 'new-tag' });
    expect((await api.post('/tags', { name: 'new-tag' })).body.id).toBe(created.body.id);
    expect((await api.post('/tags', { id: created.body.id, name: 'renamed' })).body.name).toBe('renamed');
    expect((await api.get(`/tags/${created.body.id}`)).body.name).toBe('renamed');
    const list = await api.get<{ type: string; data: Array<{ id: string }> }>('/tags');
    expect(list.body.type).toBe('list');
    expect(list.body.data.map((t) => t.id)).toContain(created.body.id);
    expect(errorCode((await api.get('/tags/1')).body)).toBe('tag_not_found');
    expect((await api.post('/tags', { name: '' })).status).toBe(400);
  });

  it('tags and untags companies, and tags many users, through POST /tags', async () => {
    const company = [...store.companies.values()][0];
    const contacts = [...store.contacts.values()].slice(0, 3);
    const tag = await api.post<{ id: string }>('/tags', { name: 'bulk', companies: [{ id: company?.id }] });
    expect(company?.tags.map((t) => t.id)).toContain(tag.body.id);
    await api.post('/tags', { name: 'bulk', companies: [{ company_id: company?.company_id, untag: true }] });
    expect(company?.tags.map((t) => t.id)).not.toContain(tag.body.id);
    await api.post('/tags', { name: 'bulk', users: contacts.map((c) => ({ id: c.id })) });
    for (const c of contacts) expect(c.tags.map((t) => t.id)).toContain(tag.body.id);
    expect((await api.post('/tags', { name: 'bulk', users: [{ id: 'nope' }] })).status).toBe(404);
    expect(errorCode((await api.post('/tags', { name: 'bulk', companies: [{ company_id: 'nope' }] })).body)).toBe(
      'company_not_found',
    );
  });

  it('tags and untags a contact, a conversation and a ticket', async () => {
    const tag = (await api.post<{ id: string }>('/tags', { name: 'triage' })).body;
    const contact = [...store.contacts.values()][5];
    const conversation = [...store.conversations.values()][5];
    const ticket = [...store.tickets.values()][0];
    const onContact = await api.post(`/contacts/${contact?.id}/tags`, { id: tag.id });
    expect(onContact.body).toMatchObject({ type: 'tag', id: tag.id, name: 'triage', applied_by: { type: 'admin' } });
    expect(
      (await api.get<{ data: Array<{ id: string }> }>(`/contacts/${contact?.id}/tags`)).body.data.map((t) => t.id),
    ).toContain(tag.id);
    expect(
      (await api.post(`/conversations/${conversation?.id}/tags`, { id: tag.id, admin_id: admin })).body,
    ).toMatchObject({ id: tag.id, applied_by: { id: admin } });
    expect((await api.post(`/tickets/${ticket?.id}/tags`, { id: tag.id, admin_id: admin })).status).toBe(200);
    expect((await api.delete(`/contacts/${contact?.id}/tags/${tag.id}`)).body.id).toBe(tag.id);
    expect((await api.delete(`/conversations/${conversation?.id}/tags/${tag.id}`, { admin_id: admin })).status).toBe(
      200,
    );
    expect((await api.delete(`/tickets/${ticket?.id}/tags/${tag.id}`, { admin_id: admin })).status).toBe(200);
    expect(contact?.tags.some((t) => t.id === tag.id)).toBe(false);
    expect(conversation?.tags.some((t) => t.id === tag.id)).toBe(false);
    expect(ticket?.tags.some((t) => t.id === tag.id)).toBe(false);
  });

  it('validates tagging requests', async () => {
    const conversation = [...store.conversations.values()][0];
    expect(
      errorCode((await api.post(`/conversations/${conversation?.id}/tags`, { id: '1', admin_id: admin })).body),
    ).toBe('tag_not_found');
    expect(
      errorCode((await api.post(`/conversations/${conversation?.id}/tags`, { id: [...store.tags.keys()][0] })).body),
    ).toBe('parameter_not_found');
    expect(
      errorCode((await api.post('/conversations/1/tags', { id: [...store.tags.keys()][0], admin_id: admin })).body),
    ).toBe('not_found');
  });

  it('deletes a tag everywhere, but not one a segment depends on', async () => {
    const tag = (await api.post<{ id: string }>('/tags', { name: 'short-lived' })).body;
    const contact = [...store.contacts.values()][8];
    await api.post(`/contacts/${contact?.id}/tags`, { id: tag.id });
    const deleted = await api.delete(`/tags/${tag.id}`);
    expect(deleted.status).toBe(200);
    expect(deleted.body).toBeUndefined();
    expect(contact?.tags.some((t) => t.id === tag.id)).toBe(false);
    expect((await api.get(`/tags/${tag.id}`)).status).toBe(404);
    const guarded = (await api.post<{ id: string }>('/tags', { name: 'segmented' })).body;
    store.segments.set('999', {
      id: '999',
      name: 'Tagged',
      person_type: 'contact',
      created_at: 0,
      updated_at: 0,
      query: { field: 'tag_id', operator: '=', value: guarded.id },
    });
    const refused = await api.delete(`/tags/${guarded.id}`);
    expect(refused.status).toBe(400);
    expect(errorCode(refused.body)).toBe('tag_has_dependent_objects');
  });
});
