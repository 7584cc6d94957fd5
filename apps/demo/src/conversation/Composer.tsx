import { useReplyToConversation } from '@intercom-kit/react';
import { useState } from 'react';
import { MutationErrorState } from '../errors/ErrorState';
import { textToHtml } from '../shared/html-text';

interface ComposerProps {
  readonly conversationId: string;
  readonly adminId: string | undefined;
}

/** Reply to the contact, or leave an internal note (`useReplyToConversation`). */
export function Composer({ conversationId, adminId }: ComposerProps) {
  const [kind, setKind] = useState<'comment' | 'note'>('comment');
  const [text, setText] = useState('');
  const reply = useReplyToConversation({ onSuccess: () => setText('') });
  const send = () => {
    if (!adminId || !text.trim()) return;
    reply.mutate({
      conversation_id: conversationId,
      body: { message_type: kind, type: 'admin', admin_id: adminId, body: textToHtml(text) },
    });
  };
  return (
    <form
      className={`composer ${kind}`}
      data-testid="composer"
      onSubmit={(event) => {
        event.preventDefault();
        send();
      }}
    >
      <div className="composer-tabs" role="tablist">
        {(['comment', 'note'] as const).map((option) => (
          <button
            key={option}
            type="button"
            role="tab"
            aria-selected={kind === option}
            data-testid={`composer-${option}`}
            onClick={() => setKind(option)}
          >
            {option === 'comment' ? 'Reply' : 'Note'}
          </button>
        ))}
      </div>
      <textarea
        data-testid="composer-text"
        aria-label={kind === 'comment' ? 'Reply to the contact' : 'Internal note'}
        placeholder={kind === 'comment' ? 'Write a reply… (Ctrl+Enter sends)' : 'Write a note only teammates see…'}
        value={text}
        rows={3}
        onChange={(event) => setText(event.target.value)}
        onKeyDown={(event) => {
          if (event.key === 'Enter' && (event.ctrlKey || event.metaKey)) send();
        }}
      />
      <MutationErrorState mutation={reply} />
      <div className="composer-actions">
        <span className="muted">{adminId ? '' : 'Loading your admin account…'}</span>
        <button
          type="submit"
          className="button primary"
          data-testid="composer-send"
          disabled={!adminId || !text.trim() || reply.isPending}
        >
          {reply.isPending ? 'Sending…' : kind === 'comment' ? 'Send reply' : 'Add note'}
        </button>
      </div>
    </form>
  );
}
