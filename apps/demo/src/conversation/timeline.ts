import type { Conversation, ConversationPart } from '@intercom-kit/core';
import { htmlSnippet, htmlToParagraphs } from '../shared/html-text';

export type TimelineKind = 'message' | 'note' | 'event';

/** One item of a conversation's timeline: a message, an internal note, or an event (close, assign…). */
export interface TimelineEntry {
  readonly id: string;
  readonly kind: TimelineKind;
  /** Who wrote or did it. */
  readonly author: string;
  /** `user`, `lead`, `admin`, `bot`, `team`… as the API says. */
  readonly authorType: string;
  readonly createdAt: number | undefined;
  readonly paragraphs: readonly string[];
  /** What happened, for events: "closed the conversation", "assigned it to Support". */
  readonly action?: string;
}

/** Names of admins and teams by id, to say who a conversation was assigned to. */
export type NameLookup = (reference: { type?: string; id?: string | null } | undefined) => string | undefined;

const MESSAGE_PARTS = new Set(['comment', 'quick_reply']);

const EVENT_ACTIONS: Record<string, string> = {
  close: 'closed the conversation',
  open: 'reopened the conversation',
  snoozed: 'snoozed the conversation',
  assignment: 'assigned the conversation',
  assign_and_reopen: 'reopened and assigned the conversation',
  default_assignment: 'assigned the conversation',
  away_mode_assignment: 'reassigned the conversation (away mode)',
  participant_added: 'added a participant',
  conversation_attribute_updated_by_admin: 'updated an attribute',
};

/** The conversation's first message (its source) followed by its parts, oldest first. */
export function timelineEntries(conversation: Conversation, names: NameLookup): TimelineEntry[] {
  const source = conversation.source;
  const first: TimelineEntry[] = source
    ? [
        {
          id: `source-${source.id ?? conversation.id}`,
          kind: 'message',
          author: authorName(source.author),
          authorType: source.author?.type ?? 'user',
          createdAt: conversation.created_at,
          paragraphs: [source.subject, ...htmlToParagraphs(source.body)].filter((p): p is string => !!p),
        },
      ]
    : [];
  const parts = conversation.conversation_parts?.conversation_parts ?? [];
  return [...first, ...parts.map((part) => partEntry(part, names))];
}

function partEntry(part: ConversationPart, names: NameLookup): TimelineEntry {
  const type = part.part_type ?? 'comment';
  const base = {
    id: part.id ?? `${type}-${part.created_at}`,
    author: authorName(part.author),
    authorType: part.author?.type ?? 'admin',
    createdAt: part.created_at,
    paragraphs: htmlToParagraphs(part.body),
  };
  if (MESSAGE_PARTS.has(type)) return { ...base, kind: 'message' };
  if (type === 'note') return { ...base, kind: 'note' };
  return { ...base, kind: 'event', action: eventAction(type, part, names) };
}

function eventAction(type: string, part: ConversationPart, names: NameLookup): string {
  const action = EVENT_ACTIONS[type] ?? type.replace(/_/g, ' ');
  const assignee = part.assigned_to ? names(part.assigned_to) : undefined;
  if (assignee && type.includes('assign')) return `${action.replace(/ the conversation$/, '')} it to ${assignee}`;
  return action;
}

/** A name to show for a message's author, also when the API sends none (leads often have no name). */
export function authorName(author: { name?: string | null; email?: string; type?: string } | undefined): string {
  if (author?.name) return author.name;
  if (author?.email) return author.email;
  if (author?.type === 'bot') return 'Operator';
  return author?.type === 'lead' ? 'Unnamed lead' : author?.type === 'user' ? 'Unnamed user' : 'Unknown author';
}

/** What a conversation is about: its title, else its first message's subject, else the start of that message. */
export function conversationSubject(
  conversation: { title?: string | null; source?: { subject?: string | null; body?: string | null } | null },
  maxLength: number,
): string {
  return conversation.title || conversation.source?.subject || htmlSnippet(conversation.source?.body, maxLength);
}
