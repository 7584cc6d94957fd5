import type { ConversationListItem } from '@intercom-kit/core';
import { memo } from 'react';
import { routeHref } from '../app/route';
import { authorName, conversationSubject } from '../conversation/timeline';
import { timeAgo } from '../shared/format';

interface ConversationRowProps {
  readonly conversation: ConversationListItem;
  readonly selected: boolean;
  readonly assigneeName: string | undefined;
}

/** One line of the inbox: who, what, when, and the state at a glance. */
export const ConversationRow = memo(function ConversationRow({
  conversation: c,
  selected,
  assigneeName,
}: ConversationRowProps) {
  const author = authorName(c.source?.author);
  const subject = conversationSubject(c, 80) || '(no message)';
  return (
    <a
      href={routeHref({ screen: 'inbox', conversationId: c.id ?? '' })}
      className={`conversation-row${selected ? ' selected' : ''}${c.read === false ? ' unread' : ''}`}
      data-testid="conversation-row"
      data-id={c.id}
      data-state={c.state}
      aria-current={selected ? 'true' : undefined}
    >
      <div className="row-top">
        <span className="row-author">
          {c.read === false && <span className="unread-dot" title="Unread" />}
          {author}
        </span>
        <span className="row-time">{timeAgo(c.updated_at)}</span>
      </div>
      <div className="row-subject">{subject}</div>
      <div className="row-meta">
        <span className={`badge state-${c.state}`}>{c.state}</span>
        {c.priority === 'priority' && <span className="badge priority">priority</span>}
        <span className="row-assignee">{assigneeName ?? 'Unassigned'}</span>
        <span className="row-id">#{c.id}</span>
      </div>
    </a>
  );
});
