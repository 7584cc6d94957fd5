import type { Conversation } from '@intercom-kit/core';
import { useConversation } from '@intercom-kit/react';
import { useMe } from '../app/use-me';
import { useNames } from '../app/use-names';
import { ErrorState } from '../errors/ErrorState';
import { formatDateTime } from '../shared/format';
import { Composer } from './Composer';
import { ContactCard } from './ContactCard';
import { ConversationActions } from './ConversationActions';
import { TagEditor } from './TagEditor';
import { Timeline } from './Timeline';
import { conversationSubject, timelineEntries } from './timeline';

/** One conversation: header and actions, the timeline with the composer, the contact and tags beside. */
export function ConversationView({ id }: { readonly id: string }) {
  const conversation = useConversation(id);
  const me = useMe();
  if (conversation.isPending) return <div className="conversation loading">Loading conversation…</div>;
  if (conversation.isError) {
    return (
      <div className="conversation">
        <ErrorState
          error={conversation.error}
          onRetry={() => void conversation.refetch()}
          retrying={conversation.isFetching}
        />
      </div>
    );
  }
  const adminId = me.data?.id === undefined ? undefined : String(me.data.id);
  const contactId = conversation.data.contacts?.contacts?.[0]?.id;
  return (
    <article className="conversation" data-testid="conversation-view" data-id={id}>
      <ConversationHeader conversation={conversation.data} />
      <ConversationActions conversation={conversation.data} adminId={adminId} />
      <div className="conversation-body">
        <div className="timeline-column">
          <ConversationTimeline conversation={conversation.data} />
          <Composer conversationId={id} adminId={adminId} />
        </div>
        <aside className="conversation-side">
          {contactId && <ContactCard contactId={contactId} />}
          <TagEditor conversation={conversation.data} adminId={adminId} />
        </aside>
      </div>
    </article>
  );
}

function ConversationHeader({ conversation: c }: { readonly conversation: Conversation }) {
  const names = useNames();
  const assignee =
    names({ type: 'admin', id: c.admin_assignee_id?.toString() }) ??
    names({ type: 'team', id: c.team_assignee_id?.toString() });
  return (
    <header className="conversation-header">
      <div>
        <h2>{conversationSubject(c, 70) || `Conversation ${c.id}`}</h2>
        <p className="muted">
          #{c.id} · started {c.created_at ? formatDateTime(c.created_at) : '—'} · {assignee ?? 'unassigned'}
          {c.state === 'snoozed' && c.snoozed_until ? ` · snoozed until ${formatDateTime(c.snoozed_until)}` : ''}
        </p>
      </div>
      <div className="header-badges">
        {c.priority === 'priority' && <span className="badge priority">priority</span>}
        <span className={`badge state-${c.state}`} data-testid="conversation-state">
          {c.state}
        </span>
      </div>
    </header>
  );
}

function ConversationTimeline({ conversation }: { readonly conversation: Conversation }) {
  const names = useNames();
  return <Timeline entries={timelineEntries(conversation, names)} />;
}
