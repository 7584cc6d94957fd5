import type { CreateContactNoteRequest, IntercomClient, Note, NoteList } from '@intercom-kit/core';
import type { DefaultError, QueryClient, UseMutationOptions, UseMutationResult } from '@tanstack/react-query';
import { type IntercomId, intercomKeys } from '../keys';
import type { MutationHookOptions } from './hook-options';
import { useBoundMutation } from './use-bound-mutation';

/** `notes.create`'s request, with the contact id as the API returns it (a string). */
export type CreateContactNoteVariables = Omit<CreateContactNoteRequest, 'contact_id'> & { contact_id: IntercomId };

/**
 * Mutation options for a note on a contact (`POST /contacts/{id}/notes`, `{ body, admin_id? }`). The
 * new note goes first into the contact's cached notes; those notes and the contact (whose summary
 * lists its notes) are refreshed.
 */
export function createContactNoteOptions(
  client: IntercomClient,
  queryClient: QueryClient,
): UseMutationOptions<Note, DefaultError, CreateContactNoteVariables> {
  return {
    mutationKey: [...intercomKeys.contacts.all, 'note'],
    mutationFn: ({ contact_id, ...note }) => client.notes.create({ ...note, contact_id }),
    onSuccess: async (note, { contact_id }) => {
      const notesKey = intercomKeys.contacts.notes(contact_id);
      queryClient.setQueryData<NoteList>(notesKey, (list) => list && withNote(list, note));
      await Promise.all([
        queryClient.invalidateQueries({ queryKey: notesKey }),
        queryClient.invalidateQueries({ queryKey: intercomKeys.contacts.detail(contact_id), exact: true }),
      ]);
    },
  };
}

function withNote(list: NoteList, note: Note): NoteList {
  const others = (list.data ?? []).filter((n) => n.id !== note.id);
  const added = others.length === (list.data ?? []).length;
  const total = list.total_count;
  return { ...list, data: [note, ...others], ...(total === undefined || !added ? {} : { total_count: total + 1 }) };
}

/** Adds a note to a contact: `mutate({ contact_id, body, admin_id })`. */
export function useCreateContactNote(
  options?: MutationHookOptions<Note, CreateContactNoteVariables>,
): UseMutationResult<Note, DefaultError, CreateContactNoteVariables> {
  return useBoundMutation(createContactNoteOptions, options);
}
