import type { SearchQueryInput } from '@intercom-kit/core';
import { useContacts } from '@intercom-kit/react';
import { routeHref } from '../app/route';
import { useFaultTarget } from '../dev/fault-target';
import { ErrorState } from '../errors/ErrorState';
import { formatCount, timeAgo } from '../shared/format';
import { contactName } from './contact-name';

/** Matching contacts, a page at a time (`useContacts`). */
export function ContactList({
  query,
  selectedId,
}: {
  readonly query?: SearchQueryInput;
  readonly selectedId?: string;
}) {
  const list = useContacts(query, { perPage: 25 });
  useFaultTarget(() => void list.refetch());
  if (list.isPending) return <p className="list-message">Searching contacts…</p>;
  if (list.isError && !list.data) {
    return <ErrorState error={list.error} onRetry={() => void list.refetch()} retrying={list.isFetching} />;
  }
  const contacts = list.data?.contacts ?? [];
  return (
    <section className="contact-list" aria-label="Contacts">
      <header className="list-header">
        <span data-testid="contact-total" data-total={list.data?.totalCount ?? ''}>
          <strong>{formatCount(list.data?.totalCount ?? contacts.length)}</strong> contacts
        </span>
        {list.isFetching && <span className="spinner" role="status" aria-label="Loading" />}
      </header>
      {list.isRefetchError && (
        <ErrorState compact error={list.error} onRetry={() => void list.refetch()} retrying={list.isFetching} />
      )}
      {contacts.length === 0 && <p className="list-message">No contact matches.</p>}
      <ul className="plain-list">
        {contacts.map((contact) => (
          <li key={contact.id}>
            <a
              href={routeHref({ screen: 'contacts', contactId: contact.id ?? '' })}
              className={`contact-row${contact.id === selectedId ? ' selected' : ''}`}
              data-testid="contact-row"
              aria-current={contact.id === selectedId ? 'true' : undefined}
            >
              <span className="row-author">{contactName(contact)}</span>
              <span className={`badge role-${contact.role}`}>{contact.role}</span>
              <span className="muted row-email">{contact.email}</span>
              <span className="muted row-time">
                {contact.last_seen_at ? `seen ${timeAgo(contact.last_seen_at)}` : ''}
              </span>
            </a>
          </li>
        ))}
      </ul>
      {list.isFetchNextPageError && (
        <ErrorState
          compact
          error={list.error}
          onRetry={() => void list.fetchNextPage()}
          retrying={list.isFetchingNextPage}
        />
      )}
      {list.hasNextPage && (
        <button
          type="button"
          className="button load-more"
          data-testid="contacts-more"
          disabled={list.isFetchingNextPage}
          onClick={() => void list.fetchNextPage()}
        >
          {list.isFetchingNextPage ? 'Loading…' : `Load more (${contacts.length} of ${list.data?.totalCount ?? '?'})`}
        </button>
      )}
    </section>
  );
}
