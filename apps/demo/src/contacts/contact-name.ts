import type { Contact } from '@intercom-kit/core';

/** A contact's name, or what they are when they have none (leads often have no name). */
export function contactName(contact: Pick<Contact, 'name' | 'role'>): string {
  return contact.name || `Unnamed ${contact.role === 'lead' || contact.role === 'user' ? contact.role : 'contact'}`;
}
