import type { AuthorRef } from '../store/conversation-types';
import type { Store } from '../store/store';

/** The `author` object of a part or source: who wrote it, with their current name and email. */
export function authorView(store: Store, author: AuthorRef) {
  if (author.type === 'admin' || author.type === 'bot') {
    const admin = store.admins.get(author.id);
    return { type: author.type, id: author.id, name: admin?.name ?? null, ...(admin ? { email: admin.email } : {}) };
  }
  if (author.type === 'team') return { type: 'team', id: author.id, name: store.teams.get(author.id)?.name ?? null };
  const contact = store.contacts.get(author.id);
  // `email` has format "email" in the description, so it is left out when the contact has none.
  return {
    type: author.type,
    id: author.id,
    name: contact?.name ?? null,
    ...(contact?.email ? { email: contact.email } : {}),
  };
}

/** Ticket part authors only know admin, bot, team and user; a lead writes as a user. */
export function ticketAuthorView(store: Store, author: AuthorRef) {
  const view = authorView(store, author);
  return { ...view, type: author.type === 'lead' ? 'user' : author.type };
}

export function attachmentViews(urls: readonly string[]) {
  return urls.map((url) => {
    const name = url.split('/').pop() || 'attachment';
    return { type: 'upload', name, url, content_type: guessContentType(name), filesize: 0, width: 0, height: 0 };
  });
}

function guessContentType(name: string): string {
  const ext = name.split('.').pop()?.toLowerCase();
  if (ext === 'png') return 'image/png';
  if (ext === 'jpg' || ext === 'jpeg') return 'image/jpeg';
  if (ext === 'gif') return 'image/gif';
  if (ext === 'pdf') return 'application/pdf';
  return 'application/octet-stream';
}
