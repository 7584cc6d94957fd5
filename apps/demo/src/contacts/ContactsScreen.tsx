import { useContact } from '@intercom-kit/react';
import { useMemo, useState } from 'react';
import { ErrorState } from '../errors/ErrorState';
import { ContactConversations } from './ContactConversations';
import { ContactList } from './ContactList';
import { ContactNotes } from './ContactNotes';
import { ContactSearchForm } from './ContactSearchForm';
import { ContactSummary } from './ContactSummary';
import { buildContactQuery, type ContactSearch, emptyContactSearch } from './contact-query';

/** Search contacts by name, email and role; the selected contact's details, notes and conversations. */
export function ContactsScreen({ contactId }: { readonly contactId: string | undefined }) {
  const [search, setSearch] = useState<ContactSearch>(emptyContactSearch);
  const query = useMemo(() => buildContactQuery(search), [search]);
  return (
    <div className="contacts">
      <div className="contacts-column">
        <ContactSearchForm onChange={setSearch} />
        <ContactList query={query} selectedId={contactId} />
      </div>
      {contactId ? (
        <ContactDetails key={contactId} id={contactId} />
      ) : (
        <div className="empty-detail">
          <p>Select a contact to see their details, notes and conversations.</p>
        </div>
      )}
    </div>
  );
}

function ContactDetails({ id }: { readonly id: string }) {
  const contact = useContact(id);
  if (contact.isPending) return <div className="contact-details">Loading contact…</div>;
  if (contact.isError) {
    return (
      <div className="contact-details">
        <ErrorState error={contact.error} onRetry={() => void contact.refetch()} retrying={contact.isFetching} />
      </div>
    );
  }
  return (
    <article className="contact-details" data-testid="contact-details">
      <ContactSummary contact={contact.data} />
      <div className="contact-panels">
        <ContactConversations contactId={id} />
        <ContactNotes contactId={id} />
      </div>
    </article>
  );
}
