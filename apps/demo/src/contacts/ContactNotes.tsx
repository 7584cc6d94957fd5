import { useContactNotes, useCreateContactNote } from '@intercom-kit/react';
import { useState } from 'react';
import { useMe } from '../app/use-me';
import { ErrorState, MutationErrorState } from '../errors/ErrorState';
import { formatDateTime } from '../shared/format';
import { htmlToParagraphs, textToHtml } from '../shared/html-text';

/** A contact's notes, newest first, and a form to add one (`useContactNotes`, `useCreateContactNote`). */
export function ContactNotes({ contactId }: { readonly contactId: string }) {
  const notes = useContactNotes(contactId);
  const me = useMe();
  const [text, setText] = useState('');
  const create = useCreateContactNote({ onSuccess: () => setText('') });
  const adminId = me.data?.id === undefined ? undefined : String(me.data.id);
  return (
    <section className="side-section" aria-label="Notes" data-testid="contact-notes">
      <h3>Notes</h3>
      <form
        className="note-form"
        onSubmit={(event) => {
          event.preventDefault();
          if (text.trim()) create.mutate({ contact_id: contactId, body: textToHtml(text), admin_id: adminId });
        }}
      >
        <textarea
          aria-label="New note"
          placeholder="Add a note about this contact…"
          rows={2}
          value={text}
          onChange={(event) => setText(event.target.value)}
        />
        <button type="submit" className="button" disabled={!text.trim() || create.isPending}>
          {create.isPending ? 'Saving…' : 'Add note'}
        </button>
      </form>
      <MutationErrorState mutation={create} />
      {notes.isPending ? (
        <p className="muted">Loading notes…</p>
      ) : notes.isError ? (
        <ErrorState compact error={notes.error} onRetry={() => void notes.refetch()} retrying={notes.isFetching} />
      ) : notes.data.length === 0 ? (
        <p className="muted">No notes yet.</p>
      ) : (
        <ul className="notes">
          {notes.data.map((note) => (
            <li key={note.id} className="note" data-testid="contact-note">
              <header>
                <strong>{note.author?.name ?? 'Someone'}</strong>
                <time className="stamp">{note.created_at ? formatDateTime(note.created_at) : ''}</time>
              </header>
              <p>{htmlToParagraphs(note.body).join(' ')}</p>
            </li>
          ))}
        </ul>
      )}
    </section>
  );
}
