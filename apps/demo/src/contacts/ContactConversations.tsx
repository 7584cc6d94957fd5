import { useConversations } from '@intercom-kit/react';
import { conversations } from '@intercom-kit/search-dsl';
import { routeHref } from '../app/route';
import { conversationSubject } from '../conversation/timeline';
import { ErrorState } from '../errors/ErrorState';
import { timeAgo } from '../shared/format';

/** The contact's conversations, newest first (`useConversations` with `contact_ids = <id>`). */
export function ContactConversations({ contactId }: { readonly contactId: string }) {
  const list = useConversations(conversations.field('contact_ids').eq(contactId), { perPage: 10 });
  return (
    <section className="side-section" aria-label="Conversations" data-testid="contact-conversations">
      <h3>
        Conversations
        {list.data?.totalCount !== undefined && <span className="count"> · {list.data.totalCount}</span>}
      </h3>
      {list.isPending ? (
        <p className="muted">Loading conversations…</p>
      ) : list.isError && !list.data ? (
        <ErrorState compact error={list.error} onRetry={() => void list.refetch()} retrying={list.isFetching} />
      ) : list.data.conversations.length === 0 ? (
        <p className="muted">No conversations.</p>
      ) : (
        <ul className="plain-list">
          {list.data.conversations.map((c) => (
            <li key={c.id}>
              <a className="mini-row" href={routeHref({ screen: 'inbox', conversationId: c.id ?? '' })}>
                <span className={`badge state-${c.state}`}>{c.state}</span>
                <span className="mini-subject">{conversationSubject(c, 60)}</span>
                <span className="muted">{timeAgo(c.updated_at)}</span>
              </a>
            </li>
          ))}
        </ul>
      )}
      {list.hasNextPage && (
        <button
          type="button"
          className="link-button"
          disabled={list.isFetchingNextPage}
          onClick={() => void list.fetchNextPage()}
        >
          {list.isFetchingNextPage ? 'Loading…' : 'Show more'}
        </button>
      )}
    </section>
  );
}
