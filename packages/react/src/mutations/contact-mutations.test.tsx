import { contacts } from '@intercom-kit/search-dsl';
import { act, renderHook, waitFor } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { useContact } from '../hooks/use-contact';
import { useContactNotes } from '../hooks/use-contact-notes';
import { useContacts } from '../hooks/use-contacts';
import { createTestEnv } from '../test-support/env';
import { useCreateContactNote } from './create-contact-note';
import { useTagContact } from './tag-contact';
import { useUntagContact } from './untag-contact';

function setup() {
  const env = createTestEnv();
  const contact = [...env.emulator.store.contacts.newestFirst()].find((c) => c.role === 'user')!;
  const tag = [...env.emulator.store.tags.values()].find((t) => !contact.tags.some((a) => a.id === t.id))!;
  const searches = () => env.sent.filter((r) => r.path === '/contacts/search').length;
  return { ...env, contact, tag, searches };
}

describe('useTagContact and useUntagContact', () => {
  it('updates the tag references of the cached contact and refreshes contact searches', async () => {
    const { wrapper, contact, tag, searches, holdNextRequest } = setup();
    const { result } = renderHook(
      () => ({
        users: useContacts(contacts.field('role').eq('user'), { perPage: 5 }),
        detail: useContact(contact.id),
        tag: useTagContact(),
        untag: useUntagContact(),
      }),
      { wrapper },
    );
    await waitFor(() => expect(result.current.users.isSuccess && result.current.detail.isSuccess).toBe(true));
    const refs = () => result.current.detail.data?.tags?.data?.map((t) => t.id) ?? [];
    const count = () => result.current.detail.data?.tags?.total_count;
    const before = count()!;

    const listed = () =>
      result.current.users.data?.contacts.find((c) => c.id === contact.id)?.tags?.data?.map((t) => t.id) ?? [];
    // The searches' refetch is held, so what the pages show before it lands is the mutation's own write.
    const isSearch = (r: { path: string }) => r.path === '/contacts/search';
    let release = holdNextRequest(isSearch);
    act(() => result.current.tag.mutate({ contact_id: contact.id, id: tag.id }));
    await waitFor(() => expect(listed()).toContain(tag.id));
    expect(refs()).toContain(tag.id);
    expect(count()).toBe(before + 1);
    expect(searches()).toBe(2);
    release();
    await waitFor(() => expect(result.current.tag.isSuccess).toBe(true));

    release = holdNextRequest(isSearch);
    act(() => result.current.untag.mutate({ contact_id: contact.id, tag_id: tag.id }));
    await waitFor(() => expect(listed()).not.toContain(tag.id));
    expect(refs()).not.toContain(tag.id);
    expect(count()).toBe(before);
    release();
    await waitFor(() => expect(result.current.untag.isSuccess).toBe(true));
    expect(searches()).toBe(3);
  });
});

describe('useCreateContactNote', () => {
  it('puts the new note first in the cached notes and refreshes the notes and the contact', async () => {
    const { wrapper, contact, sent, emulator, holdNextRequest } = setup();
    const admin = [...emulator.store.admins.values()][0]!.id;
    const { result } = renderHook(
      () => ({ notes: useContactNotes(contact.id), detail: useContact(contact.id), note: useCreateContactNote() }),
      { wrapper },
    );
    await waitFor(() => expect(result.current.notes.isSuccess && result.current.detail.isSuccess).toBe(true));
    const reads = () => sent.filter((r) => r.method === 'GET').length;
    const readsBefore = reads();

    // The notes' refetch is held, so the first note shown before it lands is the mutation's own write.
    const release = holdNextRequest((r) => r.method === 'GET' && r.path.endsWith('/notes'));
    act(() => result.current.note.mutate({ contact_id: contact.id, body: 'Called back', admin_id: admin }));
    await waitFor(() => expect(result.current.notes.data?.[0]?.body).toContain('Called back'));
    release();
    await waitFor(() => expect(result.current.note.isSuccess).toBe(true));
    expect(result.current.notes.data?.[0]?.id).toBe(result.current.note.data?.id);
    expect(reads()).toBe(readsBefore + 2); // the notes and the contact, fetched again
  });
});
