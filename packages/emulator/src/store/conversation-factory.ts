import type { ConversationRecord, ConversationSource, ConversationStatistics } from './conversation-types';
import type { Store } from './store';

/** A new, open conversation started by `source`; callers add parts with the conversation actions. */
export function blankConversation(
  store: Store,
  createdAt: number,
  source: Omit<ConversationSource, 'id' | 'redacted' | 'url'> & { url?: string | null },
  contactIds: string[],
): ConversationRecord {
  const fromContact = source.author.type === 'user' || source.author.type === 'lead';
  return {
    id: store.ids.next('conversation'),
    seq: store.nextSeq(),
    created_at: createdAt,
    updated_at: createdAt,
    title: null,
    waiting_since: fromContact ? createdAt : null,
    snoozed_until: null,
    open: true,
    state: 'open',
    read: !fromContact,
    priority: 'not_priority',
    admin_assignee_id: null,
    team_assignee_id: null,
    tags: [],
    source: {
      type: source.type,
      id: store.ids.next('message'),
      delivered_as: source.delivered_as,
      subject: source.subject,
      body: source.body,
      author: source.author,
      url: source.url ?? null,
      redacted: false,
    },
    contact_ids: contactIds,
    teammate_ids: fromContact ? [] : [source.author.id],
    custom_attributes: {},
    statistics: blankStatistics(fromContact ? createdAt : undefined),
    conversation_rating: null,
    ai_agent_participated: false,
    ai_agent: null,
    parts: [],
    linked: [],
    company_id: null,
    reply_times: [],
  };
}

/** Every statistics key is present (undefined until it happens) so all records share one shape. */
function blankStatistics(contactFirstAt: number | undefined): ConversationStatistics {
  return {
    time_to_assignment: undefined,
    time_to_admin_reply: undefined,
    time_to_first_close: undefined,
    time_to_last_close: undefined,
    median_time_to_reply: undefined,
    first_contact_reply_at: contactFirstAt,
    first_assignment_at: undefined,
    first_admin_reply_at: undefined,
    first_close_at: undefined,
    last_assignment_at: undefined,
    last_assignment_admin_reply_at: undefined,
    last_contact_reply_at: contactFirstAt,
    last_admin_reply_at: undefined,
    last_close_at: undefined,
    last_closed_by_id: undefined,
    count_reopens: 0,
    count_assignments: 0,
    count_conversation_parts: 0,
  };
}
