import { NotFoundError } from '@intercom-kit/core';
import { contacts, tickets } from '@intercom-kit/search-dsl';
import { renderHook, waitFor } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { createTestEnv } from '../test-support/env';
import { useAdmins } from './use-admins';
import { useContact } from './use-contact';
import { useContactNotes } from './use-contact-notes';
import { useContacts } from './use-contacts';
import { useConversation } from './use-conversation';
import { useTags } from './use-tags';
import { useTeams } from './use-teams';
import { useTicket } from './use-ticket';
import { useTickets } from './use-tickets';

describe('detail hooks', () => {
  it('useConversation loads one conversation with its parts', async () => {
    const { wrapper, emulator, sent } = createTestEnv();
    const record = [...emulator.store.conversations.newestFirst()][0]!;
    const { result } = renderHook(() => useConversation(record.id), { wrapper });
    await waitFor(() => expect(result.current.isSuccess).toBe(true));
    expect(result.current.data?.id).toBe(record.id);
    expect(result.current.data?.conversation_parts?.conversation_parts?.length).toBe(record.parts.length);
    expect(sent.map((r) => `${r.method} ${r.path}`)).toEqual([`GET /conversations/${record.id}`]);
  });

  it("surfaces a missing conversation as core's NotFoundError", async () => {
    const { wrapper } = createTestEnv();
    const { result } = renderHook(() => useConversation('999999999'), { wrapper });
    await waitFor(() => expect(result.current.isError).toBe(true));
    expect(result.current.error).toBeInstanceOf(NotFoundError);
    expect((result.current.error as NotFoundError).statusCode).toBe(404);
  });

  it('useContact and useTicket load their entity', async () => {
    const { wrapper, emulator } = createTestEnv();
    const contact = [...emulator.store.contacts.newestFirst()][0]!;
    const ticket = [...emulator.store.tickets.newestFirst()][0]!;
    const { result } = renderHook(() => ({ contact: useContact(contact.id), ticket: useTicket(ticket.id) }), {
      wrapper,
    });
    await waitFor(() => expect(result.current.contact.isSuccess && result.current.ticket.isSuccess).toBe(true));
    expect(result.current.contact.data?.id).toBe(contact.id);
    expect(result.current.ticket.data?.id).toBe(ticket.id);
  });

  it('useContactNotes lists the notes of a contact', async () => {
    const { wrapper, emulator } = createTestEnv();
    const contact = [...emulator.store.contacts.newestFirst()].find((c) => emulator.store.notesOf(c.id).length > 0)!;
    const { result } = renderHook(() => useContactNotes(contact.id), { wrapper });
    await waitFor(() => expect(result.current.isSuccess).toBe(true));
    expect(result.current.data?.map((n) => n.id).sort()).toEqual(
      emulator.store
        .notesOf(contact.id)
        .map((n) => n.id)
        .sort(),
    );
  });
});

describe('workspace lists', () => {
  it('useAdmins, useTeams and useTags give the items of their list', async () => {
    const { wrapper, emulator } = createTestEnv();
    const { result } = renderHook(() => ({ admins: useAdmins(), teams: useTeams(), tags: useTags() }), { wrapper });
    await waitFor(() =>
      expect(result.current.admins.isSuccess && result.current.teams.isSuccess && result.current.tags.isSuccess).toBe(
        true,
      ),
    );
    expect(result.current.admins.data?.map((a) => a.id)).toEqual([...emulator.store.admins.values()].map((a) => a.id));
    expect(result.current.teams.data?.map((t) => t.id)).toEqual([...emulator.store.teams.values()].map((t) => t.id));
    expect(result.current.tags.data?.length).toBe(emulator.store.tags.size);
  });
});

describe('useContacts and useTickets', () => {
  it('search contacts with an expression, or list them without one', async () => {
    const { wrapper, emulator, sent } = createTestEnv();
    const users = [...emulator.store.contacts.newestFirst()].filter((c) => c.role === 'user');
    const { result } = renderHook(
      () => ({ users: useContacts(contacts.field('role').eq('user'), { perPage: 10 }), all: useContacts() }),
      { wrapper },
    );
    await waitFor(() => expect(result.current.users.isSuccess && result.current.all.isSuccess).toBe(true));
    expect(result.current.users.data?.contacts.map((c) => c.id)).toEqual(users.slice(0, 10).map((c) => c.id));
    expect(result.current.users.data?.totalCount).toBe(users.length);
    expect(result.current.all.data?.totalCount).toBe(emulator.store.contacts.size);
    expect(sent.map((r) => r.path).sort()).toEqual(['/contacts', '/contacts/search']);
  });

  it('search tickets', async () => {
    const { wrapper, emulator } = createTestEnv();
    const { result } = renderHook(() => useTickets(tickets.field('created_at').gt(0), { perPage: 5 }), { wrapper });
    await waitFor(() => expect(result.current.isSuccess).toBe(true));
    expect(result.current.data?.tickets).toHaveLength(5);
    expect(result.current.data?.totalCount).toBe(emulator.store.tickets.size);
    expect(result.current.hasNextPage).toBe(true);
  });
});
