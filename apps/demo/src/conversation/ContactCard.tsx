import { useContact } from '@intercom-kit/react';
import { routeHref } from '../app/route';
import { ContactSummary } from '../contacts/ContactSummary';
import { ErrorState } from '../errors/ErrorState';

/** The conversation's contact, beside the timeline (`useContact`). */
export function ContactCard({ contactId }: { readonly contactId: string }) {
  const contact = useContact(contactId);
  return (
    <section className="side-section" aria-label="Contact" data-testid="contact-card">
      <h3>Contact</h3>
      {contact.isPending ? (
        <p className="muted">Loading contact…</p>
      ) : contact.isError ? (
        <ErrorState
          compact
          error={contact.error}
          onRetry={() => void contact.refetch()}
          retrying={contact.isFetching}
        />
      ) : (
        <>
          <ContactSummary contact={contact.data} />
          <a className="link-button" href={routeHref({ screen: 'contacts', contactId })}>
            Open contact →
          </a>
        </>
      )}
    </section>
  );
}
