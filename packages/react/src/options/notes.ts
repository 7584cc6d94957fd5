import type { IntercomClient, Note, NoteList } from '@intercom-kit/core';
import { type QueryKey, queryOptions } from '@tanstack/react-query';
import { type IntercomId, intercomKeys } from '../keys';
import type { IntercomQueryOptions } from './types';

/** Query options for the notes of a contact, newest first (the first page of `GET /contacts/{id}/notes`). */
export function contactNotesOptions(
  client: IntercomClient,
  contactId: IntercomId,
): IntercomQueryOptions<NoteList, Note[]> {
  return queryOptions({
    queryKey: intercomKeys.contacts.notes(contactId) as QueryKey,
    queryFn: async ({ signal }) =>
      (await client.notes.list({ contact_id: String(contactId) }, { abortSignal: signal })).response,
    select: selectNotes,
    retry: false,
  });
}

const selectNotes = (list: NoteList): Note[] => list.data ?? [];
