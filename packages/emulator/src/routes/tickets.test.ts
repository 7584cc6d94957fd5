import { describe, expect, it } from 'vitest';
import { createEmulator } from '../emulator';
import { errorCode, FIXED_NOW, testApi } from '../test-support/client';

type Ticket = {
  type: string;
  id: string;
  ticket_id: string;
  category: string;
  open: boolean;
  admin_assignee_id: string;
  team_assignee_id: string;
  ticket_attributes: Record<string, unknown>;
  ticket_state: { id: string; category: string };
  contacts: { contacts: Array<{ id: string }> };
  linked_objects: { data: Array<{ id: string }> };
  ticket_parts: { ticket_parts: Array<{ part_type: string; previous_ticket_state?: string; ticket_state?: string }> };
  [key: string]: unknown;
};

describe('tickets', () => {
  const api = testApi({ conversations: 40, sizes: { tickets: 10 } });
  const store = api.emulator.store;
  const now = FIXED_NOW / 1000;
  const bug = [...store.ticketTypes.values()].find((t) => t.name === 'Bug report');
  const refund = [...store.ticketTypes.values()].find((t) => t.name === 'Refund request');
  const contact = [...store.contacts.values()].find((c) => c.role === 'user');

  it('creates a ticket with validated attributes, contacts, assignment and a linked conversation', async () => {
    const conversation = [...store.conversations.values()][0];
    const admin = [...store.admins.keys()][2];
    const { status, body } = await api.post<Ticket>('/tickets', {
      ticket_type_id: bug?.id,
      contacts: [{ id: contact?.id }],
      ticket_attributes: { _default_title_: 'Crash on save', severity: 'high', affected_users: 3 },
      assignment: { admin_assignee_id: admin },
      conversation_to_link_id: conversation?.id,
    });
    expect(status).toBe(200);
    expect(body).toMatchObject({
      type: 'ticket',
      category: 'Customer',
      open: true,
      admin_assignee_id: admin,
      team_assignee_id: '0',
      created_at: now,
      ticket_attributes: { _default_title_: 'Crash on save', severity: 'high' },
      ticket_state: { category: 'submitted' },
      ticket_type: { id: bug?.id },
    });
    expect(body.contacts.contacts.map((c) => c.id)).toEqual([contact?.id]);
    expect(body.linked_objects.data.map((l) => l.id)).toEqual([conversation?.id]);
    expect((await api.get(`/tickets/${body.id}`)).body.ticket_id).toBe(body.ticket_id);
  });

  it('creates a lead for an unknown contact email', async () => {
    const { body } = await api.post<Ticket>('/tickets', {
      ticket_type_id: bug?.id,
      contacts: [{ email: 'new-reporter@example.com' }],
      ticket_attributes: { _default_title_: 'Hi' },
    });
    const lead = store.contact(body.contacts.contacts[0]?.id ?? '');
    expect(lead).toMatchObject({ role: 'lead', email: 'new-reporter@example.com' });
  });

  it.each([
    ['a missing required title', { severity: 'low' }, /_default_title_' is required/],
    ['an unknown attribute', { _default_title_: 'x', colour: 'red' }, /no attribute 'colour'/],
    ['a value outside a list', { _default_title_: 'x', severity: 'extreme' }, /severity' expects list/],
    ['a wrong type', { _default_title_: 'x', affected_users: 'many' }, /affected_users' expects integer/],
  ])('refuses %s', async (_, attributes, message) => {
    const { status, body } = await api.post('/tickets', {
      ticket_type_id: bug?.id,
      contacts: [{ id: contact?.id }],
      ticket_attributes: attributes,
    });
    expect(status).toBe(400);
    expect(JSON.stringify(body)).toMatch(message);
  });

  it('refuses unknown types, contacts and empty contact lists', async () => {
    expect((await api.post('/tickets', { ticket_type_id: 'nope', contacts: [{ id: contact?.id }] })).status).toBe(400);
    expect(
      (
        await api.post('/tickets', {
          ticket_type_id: bug?.id,
          contacts: [{ id: 'nope' }],
          ticket_attributes: { _default_title_: 'x' },
        })
      ).status,
    ).toBe(404);
    expect((await api.post('/tickets', { ticket_type_id: bug?.id, contacts: [] })).status).toBe(400);
    expect(errorCode((await api.get('/tickets/1')).body)).toBe('ticket_not_found');
  });

  it('updates state (adding a state part), attributes, assignee and open', async () => {
    const ticket = (
      await api.post<Ticket>('/tickets', {
        ticket_type_id: bug?.id,
        contacts: [{ id: contact?.id }],
        ticket_attributes: { _default_title_: 'State test' },
      })
    ).body;
    const inProgress = [...store.ticketStates.values()].find((s) => s.category === 'in_progress');
    const team = [...store.teams.keys()][0];
    const updated = await api.put<Ticket>(`/tickets/${ticket.id}`, {
      ticket_state_id: inProgress?.id,
      ticket_attributes: { severity: 'medium' },
      assignee_id: team,
      admin_id: store.meAdminId,
    });
    expect(updated.body).toMatchObject({
      ticket_state: { category: 'in_progress' },
      ticket_attributes: { _default_title_: 'State test', severity: 'medium' },
      team_assignee_id: team,
    });
    expect(updated.body.ticket_parts.ticket_parts.at(-1)).toMatchObject({
      part_type: 'ticket_state_updated_by_admin',
      previous_ticket_state: 'submitted',
      ticket_state: 'in_progress',
    });
    const closed = await api.put<Ticket>(`/tickets/${ticket.id}`, { open: false });
    expect(closed.body).toMatchObject({ open: false, ticket_state: { category: 'resolved' } });
    const invalid = await api.put(`/tickets/${ticket.id}`, { ticket_state_id: '1' });
    expect(errorCode(invalid.body)).toBe('ticket_state_id_invalid');
    expect(errorCode((await api.put(`/tickets/${ticket.id}`, { assignee_id: '77' })).body)).toBe('assignee_not_found');
  });

  it('takes admin replies and customer replies, but no contact reply on back-office tickets', async () => {
    const customer = (
      await api.post<Ticket>('/tickets', {
        ticket_type_id: bug?.id,
        contacts: [{ id: contact?.id }],
        ticket_attributes: { _default_title_: 'Reply test' },
      })
    ).body;
    const note = await api.post(`/tickets/${customer.id}/reply`, {
      type: 'admin',
      message_type: 'note',
      admin_id: store.meAdminId,
      body: '<p>Looking</p>',
    });
    expect(note.body).toMatchObject({
      type: 'ticket_part',
      part_type: 'note',
      body: '<p>Looking</p>',
      author: { type: 'admin', id: store.meAdminId },
    });
    const fromUser = await api.post(`/tickets/${customer.id}/reply`, {
      type: 'user',
      message_type: 'comment',
      intercom_user_id: contact?.id,
      body: 'Thanks',
    });
    expect(fromUser.body).toMatchObject({ part_type: 'comment', author: { type: 'user', id: contact?.id } });
    const backOffice = (
      await api.post<Ticket>('/tickets', {
        ticket_type_id: refund?.id,
        contacts: [{ id: contact?.id }],
        ticket_attributes: { _default_title_: 'Refund' },
      })
    ).body;
    const mismatch = await api.post(`/tickets/${backOffice.id}/reply`, {
      type: 'user',
      message_type: 'comment',
      intercom_user_id: contact?.id,
      body: 'Hello?',
    });
    expect(mismatch.status).toBe(400);
    expect(errorCode(mismatch.body)).toBe('parameter_mismatch');
  });

  it('deletes a ticket', async () => {
    const ticket = (
      await api.post<Ticket>('/tickets', {
        ticket_type_id: bug?.id,
        contacts: [{ id: contact?.id }],
        ticket_attributes: { _default_title_: 'Delete me' },
      })
    ).body;
    expect((await api.delete(`/tickets/${ticket.id}`)).body).toEqual({
      id: ticket.id,
      object: 'ticket',
      deleted: true,
    });
    expect((await api.get(`/tickets/${ticket.id}`)).status).toBe(404);
  });

  it('lists ticket types and states', async () => {
    const types = await api.get<{ type: string; data: Array<{ id: string; category: string }> }>('/ticket_types');
    expect(types.body.data.map((t) => t.category).sort()).toEqual(['Back-office', 'Customer', 'Tracker']);
    expect((await api.get(`/ticket_types/${bug?.id}`)).body).toMatchObject({ type: 'ticket_type', name: 'Bug report' });
    expect((await api.get('/ticket_types/1')).status).toBe(404);
    const states = await api.get<{ data: Array<{ category: string; ticket_types: { data: unknown[] } }> }>(
      '/ticket_states',
    );
    expect(states.body.data.map((s) => s.category)).toEqual([
      'submitted',
      'in_progress',
      'waiting_on_customer',
      'resolved',
    ]);
    expect(states.body.data[0]?.ticket_types.data).toHaveLength(3);
  });
});

describe('enqueued ticket creation and jobs', () => {
  it('answers a pending job, runs it when due, and reports the ticket', async () => {
    let now = FIXED_NOW;
    const emulator = createEmulator({ now: () => now, conversations: 10, jobDelaySeconds: 5, rateLimit: false });
    const call = async (method: string, path: string, body?: unknown) => {
      const response = await emulator.fetch(`https://api.intercom.io${path}`, {
        method,
        headers: { Authorization: 'Bearer t' },
        body: body === undefined ? undefined : JSON.stringify(body),
      });
      return { status: response.status, body: await response.json() };
    };
    const type = [...emulator.store.ticketTypes.values()][0];
    const contact = [...emulator.store.contacts.values()][0];
    const before = emulator.store.tickets.size;
    const job = await call('POST', '/tickets/enqueue', {
      ticket_type_id: type?.id,
      contacts: [{ id: contact?.id }],
      ticket_attributes: { _default_title_: 'Later' },
    });
    expect(job.body).toEqual({
      type: 'job',
      id: job.body.id,
      url: `https://api.intercom.io/jobs/status/${job.body.id}`,
      status: 'pending',
      resource_type: 'ticket',
      resource_id: null,
      resource_url: null,
    });
    expect((await call('GET', `/jobs/status/${job.body.id}`)).body.status).toBe('pending');
    expect(emulator.store.tickets.size).toBe(before);
    now += 5_000;
    const done = await call('GET', `/jobs/status/${job.body.id}`);
    expect(done.body).toMatchObject({
      status: 'success',
      resource_url: `https://api.intercom.io/tickets/${done.body.resource_id}`,
    });
    expect((await call('GET', `/tickets/${done.body.resource_id}`)).body.ticket_attributes._default_title_).toBe(
      'Later',
    );
    expect(
      (await call('POST', '/tickets/enqueue', { ticket_type_id: type?.id, contacts: [{ id: contact?.id }] })).status,
    ).toBe(400);
    expect(errorCode((await call('GET', '/jobs/status/999')).body)).toBe('job_not_found');
  });
});
