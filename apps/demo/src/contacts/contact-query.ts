import { and, contacts, type Expression } from '@intercom-kit/search-dsl';

export interface ContactSearch {
  readonly name: string;
  readonly email: string;
  readonly role: 'any' | 'user' | 'lead';
}

export const emptyContactSearch: ContactSearch = { name: '', email: '', role: 'any' };

type ContactQuery = Expression<'contacts'>;

/** Name and email match where they contain the text (case-insensitive); undefined lists every contact. */
export function buildContactQuery(search: ContactSearch): ContactQuery | undefined {
  const name = search.name.trim();
  const email = search.email.trim();
  const parts = [
    name ? contacts.field('name').contains(name) : undefined,
    email ? contacts.field('email').contains(email) : undefined,
    search.role === 'any' ? undefined : contacts.field('role').eq(search.role),
  ].filter((part): part is ContactQuery => part !== undefined);
  const [first, ...rest] = parts;
  if (!first) return undefined;
  return rest.length === 0 ? first : and(first, ...rest);
}
