import type { Note, NoteList } from '@intercom-kit/core';
import { type UseQueryResult, useQuery } from '@tanstack/react-query';
import type { IntercomId } from '../keys';
import { contactNotesOptions } from '../options/notes';
import { useIntercomClient } from '../provider';
import type { QueryHookOptions } from './types';

/** The notes of a contact, newest first (the first page of `GET /contacts/{id}/notes`). */
export function useContactNotes(
  contactId: IntercomId,
  options: QueryHookOptions<NoteList, Note[]> = {},
): UseQueryResult<Note[]> {
  const client = useIntercomClient();
  return useQuery({ ...contactNotesOptions(client, contactId), ...options });
}
