import type { ConversationRecord, ConversationStatistics } from '../../store/conversation-types';
import type { Store } from '../../store/store';
import type { FieldResolver, FieldSpec, FieldType, FieldValue } from '../types';

type Spec = FieldSpec<ConversationRecord>;
const field = (type: FieldType, get: (c: ConversationRecord) => FieldValue, words = false): Spec => ({
  type,
  get,
  words,
});

const statisticsFields: Array<[keyof ConversationStatistics, FieldType]> = [
  ['time_to_assignment', 'integer'],
  ['time_to_admin_reply', 'integer'],
  ['time_to_first_close', 'integer'],
  ['time_to_last_close', 'integer'],
  ['median_time_to_reply', 'integer'],
  ['first_contact_reply_at', 'date'],
  ['first_assignment_at', 'date'],
  ['first_admin_reply_at', 'date'],
  ['first_close_at', 'date'],
  ['last_assignment_at', 'date'],
  ['last_assignment_admin_reply_at', 'date'],
  ['last_contact_reply_at', 'date'],
  ['last_admin_reply_at', 'date'],
  ['last_close_at', 'date'],
  ['last_closed_by_id', 'string'],
  ['count_reopens', 'integer'],
  ['count_assignments', 'integer'],
  ['count_conversation_parts', 'integer'],
];

/**
 * Conversation search fields → where the value lives on a stored conversation. Membership fields
 * (`contact_ids`, `teammate_ids`, `tag_ids`) are lists; `channel_initiated` has no model property
 * and reads `source.delivered_as`; `conversation_rating.admin_d` (sic) is the rated teammate.
 */
export function conversationFields(store: Store): FieldResolver<ConversationRecord> {
  const author = (c: ConversationRecord) => c.source.author;
  const authorRecord = (c: ConversationRecord) =>
    c.source.author.type === 'admin' || c.source.author.type === 'bot'
      ? store.admins.get(c.source.author.id)
      : store.contacts.get(c.source.author.id);
  const specs: Record<string, Spec> = {
    id: field('string', (c) => c.id),
    created_at: field('date', (c) => c.created_at),
    updated_at: field('date', (c) => c.updated_at),
    'source.type': field('string', (c) => c.source.type),
    'source.id': field('string', (c) => c.source.id),
    'source.delivered_as': field('string', (c) => c.source.delivered_as),
    'source.subject': field('string', (c) => c.source.subject),
    'source.body': field('string', (c) => c.source.body, true),
    'source.author.id': field('string', (c) => author(c).id),
    'source.author.type': field('string', (c) => author(c).type),
    'source.author.name': field('string', (c) => authorRecord(c)?.name),
    'source.author.email': field('string', (c) => authorRecord(c)?.email || null),
    'source.url': field('string', (c) => c.source.url),
    contact_ids: field('string', (c) => c.contact_ids),
    teammate_ids: field('string', (c) => c.teammate_ids),
    admin_assignee_id: field('integer', (c) => c.admin_assignee_id),
    team_assignee_id: field('integer', (c) => c.team_assignee_id),
    channel_initiated: field('string', (c) => c.source.delivered_as),
    open: field('boolean', (c) => c.open),
    read: field('boolean', (c) => c.read),
    state: field('string', (c) => c.state),
    waiting_since: field('date', (c) => c.waiting_since),
    snoozed_until: field('date', (c) => c.snoozed_until),
    tag_ids: field('string', (c) => c.tags),
    priority: field('string', (c) => c.priority),
    'conversation_rating.requested_at': field('date', (c) => c.conversation_rating?.requested_at),
    'conversation_rating.replied_at': field('date', (c) => c.conversation_rating?.created_at),
    'conversation_rating.score': field('integer', (c) => c.conversation_rating?.rating),
    'conversation_rating.remark': field('string', (c) => c.conversation_rating?.remark),
    'conversation_rating.contact_id': field('string', (c) => c.conversation_rating?.contact_id),
    'conversation_rating.admin_d': field('string', (c) => c.conversation_rating?.teammate_id),
    ai_agent_participated: field('boolean', (c) => c.ai_agent_participated),
    'ai_agent.resolution_state': field('string', (c) => c.ai_agent?.resolution_state),
    'ai_agent.last_answer_type': field('string', (c) => c.ai_agent?.last_answer_type),
    'ai_agent.rating': field('integer', (c) => c.ai_agent?.rating),
    'ai_agent.rating_remark': field('string', (c) => c.ai_agent?.rating_remark),
    'ai_agent.source_type': field('string', (c) => c.ai_agent?.source_type),
    'ai_agent.source_title': field('string', (c) => c.ai_agent?.source_title),
  };
  for (const [name, type] of statisticsFields) specs[`statistics.${name}`] = field(type, (c) => c.statistics[name]);
  return { resource: 'conversations', resolve: (name) => (Object.hasOwn(specs, name) ? specs[name] : undefined) };
}
