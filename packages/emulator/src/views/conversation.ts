import type { ConversationRecord, LinkedRef, PartRecord } from '../store/conversation-types';
import type { Store } from '../store/store';
import { attachmentViews, authorView } from './authors';
import { appliedTagView, plainText } from './basics';
import { contactReference } from './people';

/** Intercom returns at most this many parts with a conversation. */
const MAX_PARTS = 500;

export interface ConversationViewOptions {
  plaintext?: boolean;
}

export function linkedObjectsView(linked: LinkedRef[]) {
  return {
    type: 'list',
    total_count: linked.length,
    has_more: false,
    data: linked.map((l) => ({ type: l.type, id: l.id, category: l.category })),
  };
}

/** A conversation as it appears in lists and search results (no parts). */
export function conversationListItemView(store: Store, c: ConversationRecord, options: ConversationViewOptions = {}) {
  const text = (html: string) => (options.plaintext ? plainText(html) : html);
  const rating = c.conversation_rating;
  return {
    type: 'conversation',
    id: c.id,
    title: c.title,
    created_at: c.created_at,
    updated_at: c.updated_at,
    waiting_since: c.waiting_since,
    snoozed_until: c.snoozed_until,
    open: c.open,
    state: c.state,
    read: c.read,
    priority: c.priority,
    admin_assignee_id: c.admin_assignee_id,
    team_assignee_id: c.team_assignee_id,
    tags: { type: 'tag.list', tags: c.tags.map((t) => appliedTagView(store, t)) },
    conversation_rating: rating
      ? {
          rating: rating.rating,
          remark: rating.remark,
          created_at: rating.created_at,
          updated_at: rating.created_at,
          contact: contactReference(store, rating.contact_id),
          teammate: { type: 'admin', id: rating.teammate_id },
        }
      : null,
    source: {
      type: c.source.type,
      id: c.source.id,
      delivered_as: c.source.delivered_as,
      subject: c.source.subject,
      body: text(c.source.body),
      author: authorView(store, c.source.author),
      attachments: [],
      url: c.source.url,
      redacted: c.source.redacted,
    },
    contacts: { type: 'contact.list', contacts: c.contact_ids.map((id) => contactReference(store, id)) },
    teammates: { type: 'admin.list', teammates: c.teammate_ids.map((id) => ({ type: 'admin', id })) },
    custom_attributes: { ...c.custom_attributes },
    first_contact_reply:
      c.statistics.first_contact_reply_at === undefined
        ? null
        : { created_at: c.statistics.first_contact_reply_at, type: 'conversation', url: c.source.url },
    sla_applied: null,
    statistics: statisticsView(c),
    linked_objects: linkedObjectsView(c.linked),
    ai_agent_participated: c.ai_agent_participated,
    ai_agent: c.ai_agent
      ? { ...c.ai_agent, content_sources: { type: 'content_source.list', total_count: 0, content_sources: [] } }
      : null,
  };
}

/** Statistics that have not happened yet are left out (the description types them as non-null integers). */
function statisticsView(c: ConversationRecord) {
  const view: Record<string, string | number> = { type: 'conversation_statistics' };
  for (const [key, value] of Object.entries(c.statistics)) if (value !== undefined) view[key] = value;
  return view;
}

export function partView(store: Store, part: PartRecord, options: ConversationViewOptions = {}) {
  return {
    type: 'conversation_part',
    id: part.id,
    part_type: part.part_type,
    body: part.body !== null && options.plaintext ? plainText(part.body) : part.body,
    created_at: part.created_at,
    updated_at: part.updated_at,
    notified_at: part.created_at,
    ...(part.assigned_to ? { assigned_to: { type: part.assigned_to.type, id: part.assigned_to.id } } : {}),
    author: authorView(store, part.author),
    attachments: attachmentViews(part.attachment_urls),
    external_id: null,
    redacted: part.redacted,
    metadata: part.quick_reply_options ? { quick_reply_options: part.quick_reply_options } : {},
    state: part.state,
    tags: [],
    app_package_code: null,
  };
}

/** A conversation with its parts, as `GET /conversations/{id}` and every conversation action answer. */
export function conversationView(store: Store, c: ConversationRecord, options: ConversationViewOptions = {}) {
  const parts = c.parts.length > MAX_PARTS ? c.parts.slice(-MAX_PARTS) : c.parts;
  return {
    ...conversationListItemView(store, c, options),
    conversation_parts: {
      type: 'conversation_part.list',
      conversation_parts: parts.map((p) => partView(store, p, options)),
      total_count: c.parts.length,
    },
  };
}
