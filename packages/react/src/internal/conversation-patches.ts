import type { ConversationListItem, ManageConversationPartsRequest, Tag } from '@intercom-kit/core';

type ManageBody = ManageConversationPartsRequest['body'];

/**
 * What closing, opening, snoozing or assigning does to a conversation, applied before the API
 * answers (the answer then replaces it): the fields lists show and searches filter on.
 */
export function applyManage<T extends ConversationListItem>(body: ManageBody): (conversation: T) => T {
  switch (body.message_type) {
    case 'close':
      return (c) => ({ ...c, state: 'closed', open: false, snoozed_until: null });
    case 'open':
      return (c) => ({ ...c, state: 'open', open: true, snoozed_until: null });
    case 'snoozed':
      return (c) => ({ ...c, state: 'snoozed', open: true, snoozed_until: body.snoozed_until });
    case 'assignment': {
      const field = body.type === 'team' ? 'team_assignee_id' : 'admin_assignee_id';
      // "0" unassigns; assigning a closed or snoozed conversation reopens it.
      const assignee = String(body.assignee_id) === '0' ? null : Number(body.assignee_id);
      return (c) => ({
        ...c,
        ...(assignee === null || Number.isFinite(assignee) ? { [field]: assignee } : {}),
        ...(c.state === 'open' ? {} : { state: 'open', open: true, snoozed_until: null }),
      });
    }
  }
}

/** The conversation with `tag` in its tag list (once). */
export function withTag<T extends ConversationListItem>(tag: Tag): (conversation: T) => T {
  return (c) => ({
    ...c,
    tags: { type: 'tag.list', ...c.tags, tags: [...(c.tags?.tags ?? []).filter((t) => t.id !== tag.id), tag] },
  });
}

/** The conversation without the tag `tagId`. */
export function withoutTag<T extends ConversationListItem>(tagId: string): (conversation: T) => T {
  return (c) => ({
    ...c,
    tags: { type: 'tag.list', ...c.tags, tags: (c.tags?.tags ?? []).filter((t) => t.id !== tagId) },
  });
}
