import type { Random } from '../random';
import {
  adminReply,
  assignConversation,
  closeConversation,
  contactReply,
  snoozeConversation,
} from '../store/conversation-actions';
import { blankConversation } from '../store/conversation-factory';
import type { ConversationRecord } from '../store/conversation-types';
import type { Store } from '../store/store';
import type { AppliedTag, ContactRecord } from '../store/types';
import { buildBodies, type TopicBodies } from './bodies';
import { sortedTimestamps } from './time';

const HOUR = 3600;
const DAY = 86_400;
const sourceTypes = ['conversation', 'email', 'push', 'facebook', 'whatsapp', 'sms', 'twitter'] as const;
const sourceWeights = [70, 18, 3, 3, 3, 2, 1] as const;
/** Pages of the customer's site where messenger conversations start. */
const pageUrls = [
  'https://www.example.com/pricing',
  'https://app.example.com/settings/billing',
  'https://app.example.com/dashboard',
  'https://docs.example.com/api',
];

interface Cast {
  contacts: ContactRecord[];
  adminIds: string[];
  teamIds: string[];
  tagIds: string[];
  topics: TopicBodies[];
}

/** Conversations spread over `days` before `now`, each with a plausible history of parts. */
export function seedConversations(store: Store, random: Random, count: number, days: number, now: number): void {
  if (store.contacts.size === 0 || count === 0) return;
  const cast: Cast = {
    contacts: [...store.contacts.ascending()],
    adminIds: [...store.admins.keys()],
    teamIds: [...store.teams.keys()],
    tagIds: [...store.tags.keys()],
    topics: buildBodies(random),
  };
  const times = sortedTimestamps(random, count, now - days * DAY, now - 60);
  const generated: ConversationRecord[] = [];
  for (let i = 0; i < count; i++) generated.push(generate(store, random, cast, times[i] as number, now));
  for (const conversation of generated.map(compact)) store.conversations.insert(conversation);
}

const NO_TAGS: AppliedTag[] = Object.freeze([]) as unknown as AppliedTag[];

/**
 * Copies a generated record together with the parts searches read (tags, contacts, source,
 * statistics), so records end up next to each other in memory and filter scans walk it in order.
 * Parts stay where they are: searches never read them.
 */
function compact(c: ConversationRecord): ConversationRecord {
  return {
    ...c,
    tags: c.tags.length ? c.tags.map((t) => ({ ...t })) : NO_TAGS,
    contact_ids: [...c.contact_ids],
    teammate_ids: [...c.teammate_ids],
    source: { ...c.source },
    statistics: { ...c.statistics },
  };
}

/** A contact that already existed when the conversation started (contacts are sorted by creation). */
function contactBefore(random: Random, contacts: ContactRecord[], at: number): ContactRecord {
  let lo = 0;
  let hi = contacts.length;
  while (lo < hi) {
    const mid = (lo + hi) >>> 1;
    if ((contacts[mid] as ContactRecord).created_at <= at) lo = mid + 1;
    else hi = mid;
  }
  return contacts[random.int(0, Math.max(0, lo - 1))] as ContactRecord;
}

function generate(store: Store, random: Random, cast: Cast, createdAt: number, now: number): ConversationRecord {
  const contact = contactBefore(random, cast.contacts, createdAt);
  const topic = random.pick(cast.topics);
  const admin = random.pick(cast.adminIds);
  const fromContact = random.chance(0.88);
  const type = random.weighted(sourceTypes, sourceWeights);
  const conversation = blankConversation(
    store,
    createdAt,
    {
      type,
      delivered_as: fromContact
        ? 'customer_initiated'
        : random.pick(['admin_initiated', 'automated', 'campaigns_initiated']),
      subject: type === 'email' ? topic.subject : '',
      body: fromContact ? random.pick(topic.customer) : random.pick(topic.admin),
      author: fromContact ? { type: contact.role, id: contact.id } : { type: 'admin', id: admin },
    },
    [contact.id],
  );
  if (type === 'email') conversation.title = topic.subject;
  if (type === 'conversation' && random.chance(0.6)) conversation.source.url = random.pick(pageUrls);
  conversation.company_id = contact.company_ids[0] ?? null;
  conversation.priority = random.chance(0.12) ? 'priority' : 'not_priority';
  conversation.custom_attributes = { issue_type: topic.words[0] as string, channel_detail: type };
  playHistory(store, random, cast, conversation, { contact, topic, admin }, now);
  for (const tagId of random.sample(cast.tagIds, random.weighted([0, 1, 2, 3], [4, 3, 2, 1]))) {
    const appliedAt = random.int(createdAt, conversation.updated_at);
    conversation.tags.push({ id: tagId, applied_at: appliedAt, applied_by: { type: 'admin', id: admin } });
  }
  if (random.chance(0.25)) addAiAgent(random, conversation);
  return conversation;
}

function playHistory(
  store: Store,
  random: Random,
  cast: Cast,
  conversation: ConversationRecord,
  who: { contact: ContactRecord; topic: TopicBodies; admin: string },
  now: number,
): void {
  const age = now - conversation.created_at;
  let t = conversation.created_at;
  const step = (min: number, max: number) => {
    t = Math.min(now, t + random.int(min, max));
    return t;
  };
  if (random.chance(0.85)) {
    const team = cast.teamIds.length && random.chance(0.7) ? random.pick(cast.teamIds) : undefined;
    if (team) assignConversation(store, conversation, who.admin, step(10, 900), { type: 'team', id: team });
    assignConversation(store, conversation, who.admin, step(5, 600), { type: 'admin', id: who.admin });
  }
  if (t >= now) return;
  if (random.chance(0.85))
    adminReply(store, conversation, who.admin, step(60, 6 * HOUR), 'comment', random.pick(who.topic.admin));
  const rounds = random.weighted([0, 1, 2, 3], [4, 3, 2, 1]);
  for (let r = 0; r < rounds && t < now; r++) {
    contactReply(store, conversation, who.contact, step(300, 12 * HOUR), random.pick(who.topic.customer));
    if (random.chance(0.85))
      adminReply(store, conversation, who.admin, step(60, 8 * HOUR), 'comment', random.pick(who.topic.admin));
  }
  if (random.chance(0.1))
    adminReply(store, conversation, who.admin, step(30, HOUR), 'note', '<p>Internal: follow up on this one.</p>');
  const settled = age > 3 * DAY;
  const outcome = random.weighted(['closed', 'open', 'snoozed'], settled ? [85, 10, 5] : [40, 50, 10]);
  if (t >= now || outcome === 'open') return;
  if (outcome === 'snoozed') {
    snoozeConversation(store, conversation, who.admin, step(60, HOUR), now + random.int(HOUR, 3 * DAY));
    return;
  }
  closeConversation(store, conversation, who.admin, step(60, 2 * DAY));
  if (t < now && random.chance(0.08)) {
    contactReply(store, conversation, who.contact, step(HOUR, 3 * DAY), random.pick(who.topic.customer));
    adminReply(store, conversation, who.admin, step(60, 4 * HOUR), 'comment', random.pick(who.topic.admin));
    closeConversation(store, conversation, who.admin, step(60, DAY));
  }
  if (conversation.state === 'closed' && random.chance(0.3)) {
    const requestedAt = conversation.statistics.last_close_at ?? t;
    conversation.conversation_rating = {
      rating: random.weighted([1, 2, 3, 4, 5], [1, 1, 2, 4, 6]),
      remark: random.pick(['', 'Great help!', 'Took too long.', 'Thanks!']),
      requested_at: requestedAt,
      created_at: Math.min(now, requestedAt + random.int(60, DAY)),
      contact_id: who.contact.id,
      teammate_id: who.admin,
    };
  }
}

function addAiAgent(random: Random, conversation: ConversationRecord): void {
  conversation.ai_agent_participated = true;
  conversation.ai_agent = {
    source_type: random.pick(['workflow', 'profile', 'essentials_plan_setup']),
    source_title: random.pick(['Support bot', 'Billing assistant']),
    last_answer_type: random.pick(['ai_answer', 'custom_answer', null]),
    resolution_state: random.pick(['assumed_resolution', 'confirmed_resolution', 'routed_to_team', 'abandoned']),
    rating: random.chance(0.4) ? random.int(1, 5) : null,
    rating_remark: random.chance(0.3) ? random.pick(['Helpful answer', 'Did not solve it', 'Fast']) : null,
    created_at: conversation.created_at,
    updated_at: conversation.created_at,
  };
}
