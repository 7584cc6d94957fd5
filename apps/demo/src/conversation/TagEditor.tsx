import type { Conversation } from '@intercom-kit/core';
import { useTagConversation, useTags, useUntagConversation } from '@intercom-kit/react';
import { ErrorState } from '../errors/ErrorState';

interface TagEditorProps {
  readonly conversation: Conversation;
  readonly adminId: string | undefined;
}

/** The conversation's tags, with add and remove (`useTagConversation`, `useUntagConversation`). */
export function TagEditor({ conversation, adminId }: TagEditorProps) {
  const tags = useTags();
  const tag = useTagConversation();
  const untag = useUntagConversation();
  const id = conversation.id ?? '';
  const current = conversation.tags?.tags ?? [];
  const currentIds = new Set(current.map((t) => t.id));
  const failed = tag.isError ? tag : untag.isError ? untag : undefined;
  return (
    <section className="side-section" aria-label="Tags" data-testid="tag-editor">
      <h3>Tags</h3>
      <div className="chips">
        {current.length === 0 && <span className="muted">No tags</span>}
        {current.map((t) => (
          <span key={t.id} className="chip" data-testid="conversation-tag">
            {t.name}
            <button
              type="button"
              aria-label={`Remove tag ${t.name}`}
              disabled={!adminId || untag.isPending}
              onClick={() => adminId && t.id && untag.mutate({ conversation_id: id, tag_id: t.id, admin_id: adminId })}
            >
              ×
            </button>
          </span>
        ))}
      </div>
      <select
        aria-label="Add a tag"
        data-testid="tag-add"
        value=""
        disabled={!adminId || tag.isPending}
        onChange={(event) =>
          adminId &&
          event.target.value &&
          tag.mutate({ conversation_id: id, id: event.target.value, admin_id: adminId })
        }
      >
        <option value="">Add a tag…</option>
        {tags.data
          ?.filter((t) => !currentIds.has(t.id))
          .map((t) => (
            <option key={t.id} value={t.id}>
              {t.name}
            </option>
          ))}
      </select>
      {failed && <ErrorState compact error={failed.error} />}
    </section>
  );
}
