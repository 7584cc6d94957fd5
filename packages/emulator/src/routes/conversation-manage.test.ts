import { describe, expect, it } from 'vitest';
import { errorCode, FIXED_NOW, testApi } from '../test-support/client';

type Part = {
  id: string;
  part_type: string;
  body: string | null;
  redacted: boolean;
  assigned_to?: { type: string; id: string };
};
type Conversation = {
  id: string;
  state: string;
  open: boolean;
  snoozed_until: number | null;
  admin_assignee_id: number | null;
  team_assignee_id: number | null;
  statistics: Record<string, unknown>;
  source: { body: string; redacted: boolean };
  contacts: { contacts: Array<{ id: string }> };
  linked_objects: { data: Array<{ type: string; id: string }> };
  conversation_parts: { conversation_parts: Part[] };
};

const lastPart = (c: Conversation) => c.conversation_parts.conversation_parts.at(-1) as Part;

describe('managing conversations', () => {
  const api = testApi({ conversations: 60 });
  const store = api.emulator.store;
  const now = FIXED_NOW / 1000;
  const admin = store.meAdminId;
  const open = () => [...store.conversations.values()].find((c) => c.state === 'open') as { id: string };

  it('closes, snoozes and opens', async () => {
    const id = open().id;
    const closed = await api.post<Conversation>(`/conversations/${id}/parts`, {
      message_type: 'close',
      type: 'admin',
      admin_id: admin,
      body: 'Bye',
    });
    expect(closed.body).toMatchObject({
      state: 'closed',
      open: false,
      statistics: { last_close_at: now, last_closed_by_id: admin },
    });
    expect(lastPart(closed.body)).toMatchObject({ part_type: 'close', body: 'Bye' });
    const snoozed = await api.post<Conversation>(`/conversations/${id}/parts`, {
      message_type: 'snoozed',
      admin_id: admin,
      snoozed_until: now + 3600,
    });
    expect(snoozed.body).toMatchObject({ state: 'snoozed', open: true, snoozed_until: now + 3600 });
    expect(lastPart(snoozed.body).part_type).toBe('snoozed');
    const opened = await api.post<Conversation>(`/conversations/${id}/parts`, {
      message_type: 'open',
      admin_id: admin,
    });
    expect(opened.body).toMatchObject({ state: 'open', snoozed_until: null });
    expect(lastPart(opened.body).part_type).toBe('open');
    expect(
      (
        await api.post(`/conversations/${id}/parts`, {
          message_type: 'snoozed',
          admin_id: admin,
          snoozed_until: now - 1,
        })
      ).status,
    ).toBe(400);
  });

  it('assigns to an admin or a team, unassigns with "0", and reopens closed ones', async () => {
    const id = open().id;
    const target = [...store.admins.keys()][4];
    const team = [...store.teams.keys()][1];
    const toAdmin = await api.post<Conversation>(`/conversations/${id}/parts`, {
      message_type: 'assignment',
      type: 'admin',
      admin_id: admin,
      assignee_id: target,
    });
    expect(toAdmin.body.admin_assignee_id).toBe(Number(target));
    expect(lastPart(toAdmin.body)).toMatchObject({
      part_type: 'assignment',
      assigned_to: { type: 'admin', id: target },
    });
    expect(
      (
        await api.post<Conversation>(`/conversations/${id}/parts`, {
          message_type: 'assignment',
          type: 'team',
          admin_id: admin,
          assignee_id: team,
        })
      ).body.team_assignee_id,
    ).toBe(Number(team));
    expect(
      (
        await api.post<Conversation>(`/conversations/${id}/parts`, {
          message_type: 'assignment',
          type: 'admin',
          admin_id: admin,
          assignee_id: '0',
        })
      ).body.admin_assignee_id,
    ).toBeNull();
    await api.post(`/conversations/${id}/parts`, { message_type: 'close', type: 'admin', admin_id: admin });
    const reopened = await api.post<Conversation>(`/conversations/${id}/parts`, {
      message_type: 'assignment',
      type: 'admin',
      admin_id: admin,
      assignee_id: target,
    });
    expect(reopened.body.state).toBe('open');
    expect(lastPart(reopened.body).part_type).toBe('assign_and_reopen');
    expect(
      errorCode(
        (
          await api.post(`/conversations/${id}/parts`, {
            message_type: 'assignment',
            type: 'admin',
            admin_id: admin,
            assignee_id: '5',
          })
        ).body,
      ),
    ).toBe('assignee_not_found');
  });

  it('validates manage bodies', async () => {
    const id = open().id;
    expect((await api.post(`/conversations/${id}/parts`, { message_type: 'snooze', admin_id: admin })).status).toBe(
      400,
    );
    expect((await api.post(`/conversations/${id}/parts`, { message_type: 'close', admin_id: admin })).status).toBe(400);
    expect(
      errorCode((await api.post(`/conversations/${id}/parts`, { message_type: 'open', admin_id: '1' })).body),
    ).toBe('admin_not_found');
    expect((await api.post(`/conversations/${id}/parts`, { message_type: 'open', admin_id: 42 })).status).toBe(404);
  });

  it('attaches and detaches contacts, refusing to remove the last one', async () => {
    const record = [...store.conversations.values()].find((c) => c.contact_ids.length === 1);
    const other = [...store.contacts.values()].find((c) => !record?.contact_ids.includes(c.id) && c.email);
    const added = await api.post<Conversation>(`/conversations/${record?.id}/customers`, {
      admin_id: admin,
      customer: { email: other?.email },
    });
    expect(added.body.contacts.contacts.map((c) => c.id)).toContain(other?.id);
    const removed = await api.delete<Conversation>(`/conversations/${record?.id}/customers/${other?.id}`, {
      admin_id: admin,
    });
    expect(removed.body.contacts.contacts.map((c) => c.id)).not.toContain(other?.id);
    const last = await api.delete(`/conversations/${record?.id}/customers/${record?.contact_ids[0]}`, {
      admin_id: admin,
    });
    expect(last.status).toBe(422);
    expect(last.body).toMatchObject({
      errors: [{ code: 'parameter_invalid', message: 'Removing the last customer is not allowed' }],
    });
    expect(
      (
        await api.post(`/conversations/${record?.id}/customers`, {
          admin_id: admin,
          customer: { intercom_user_id: 'nope' },
        })
      ).status,
    ).toBe(404);
    expect((await api.post(`/conversations/${record?.id}/customers`, { admin_id: admin, customer: {} })).status).toBe(
      400,
    );
  });

  it('redacts a part or the source message', async () => {
    const record = [...store.conversations.values()].find((c) => c.parts.some((p) => p.body));
    const part = record?.parts.find((p) => p.body);
    const redacted = await api.post<Conversation>('/conversations/redact', {
      type: 'conversation_part',
      conversation_id: record?.id,
      conversation_part_id: part?.id,
    });
    expect(redacted.body.conversation_parts.conversation_parts.find((p) => p.id === part?.id)).toMatchObject({
      body: '',
      redacted: true,
    });
    const source = await api.post<Conversation>('/conversations/redact', {
      type: 'source',
      conversation_id: record?.id,
      source_id: record?.source.id,
    });
    expect(source.body.source).toMatchObject({ body: '', redacted: true });
    const missing = await api.post('/conversations/redact', {
      type: 'conversation_part',
      conversation_id: record?.id,
      conversation_part_id: '1',
    });
    expect(errorCode(missing.body)).toBe('conversation_part_or_message_not_found');
  });

  it('converts a conversation into a linked customer ticket', async () => {
    const record = open();
    const customerType = [...store.ticketTypes.values()].find((t) => t.category === 'Customer');
    const backOffice = [...store.ticketTypes.values()].find((t) => t.category === 'Back-office');
    expect((await api.post(`/conversations/${record.id}/convert`, { ticket_type_id: backOffice?.id })).status).toBe(
      400,
    );
    const ticket = await api.post<{
      type: string;
      id: string;
      category: string;
      linked_objects: { data: Array<{ id: string }> };
    }>(`/conversations/${record.id}/convert`, { ticket_type_id: customerType?.id, attributes: { severity: 'high' } });
    expect(ticket.body).toMatchObject({
      type: 'ticket',
      category: 'Customer',
      ticket_attributes: { severity: 'high' },
    });
    expect(ticket.body.linked_objects.data.map((l) => l.id)).toEqual([record.id]);
    const conversation = await api.get<Conversation>(`/conversations/${record.id}`);
    expect(conversation.body.linked_objects.data).toContainEqual({
      type: 'ticket',
      id: ticket.body.id,
      category: 'Customer',
    });
    expect((await api.post(`/conversations/${record.id}/convert`, { ticket_type_id: customerType?.id })).status).toBe(
      400,
    );
    expect((await api.post(`/conversations/${record.id}/convert`, { ticket_type_id: 'nope' })).status).toBe(400);
  });
});
