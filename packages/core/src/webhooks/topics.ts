/**
 * Intercom's documented webhook topics (the "Webhook models" page of the developer docs, API 2.x,
 * plus the 1.x names still sent to apps pinned to an old version), each mapped to the family of
 * its `data.item`. The API 2.14 description has no topic catalogue, so this table is the source of
 * the `WebhookTopic` union and of which model each notification carries.
 */
export const webhookTopics = {
  'admin.activity_log_event.created': 'object',
  'admin.added_to_workspace': 'admin',
  'admin.away_mode_updated': 'admin',
  'admin.logged_in': 'admin',
  'admin.logged_out': 'admin',
  'admin.removed_from_workspace': 'admin',

  'article.created': 'article',
  'article.deleted': 'deleted',
  'article.published': 'article',
  'article.unpublished': 'article',
  'article.updated': 'article',

  'call.ended': 'call',
  'call.recording_available': 'call',
  'call.started': 'call',
  'call.transcription_available': 'call',

  'company.contact.attached': 'object',
  'company.contact.detached': 'object',
  'company.created': 'company',
  'company.deleted': 'deleted',
  'company.updated': 'company',

  'contact.archived': 'contact',
  'contact.deleted': 'deleted',
  'contact.email.updated': 'contact',
  'contact.lead.added_email': 'contact',
  'contact.lead.created': 'contact',
  'contact.lead.signed_up': 'contact',
  'contact.lead.tag.created': 'contact_tag',
  'contact.lead.tag.deleted': 'contact_tag',
  'contact.lead.updated': 'contact',
  'contact.merged': 'contact_merged',
  'contact.subscribed': 'subscription',
  'contact.unarchive': 'contact',
  'contact.unsubscribed': 'subscription',
  'contact.user.created': 'contact',
  'contact.user.tag.created': 'contact_tag',
  'contact.user.tag.deleted': 'contact_tag',
  'contact.user.updated': 'contact',

  'content_stat.banner': 'content_stat',
  'content_stat.carousel': 'content_stat',
  'content_stat.chat': 'content_stat',
  'content_stat.checklist': 'content_stat',
  'content_stat.custom_bot': 'content_stat',
  'content_stat.email': 'content_stat',
  'content_stat.news_item': 'content_stat',
  'content_stat.post': 'content_stat',
  'content_stat.push': 'content_stat',
  'content_stat.series': 'content_stat',
  'content_stat.series.webhook': 'content_stat',
  'content_stat.sms': 'content_stat',
  'content_stat.survey': 'content_stat',
  'content_stat.tooltip_group': 'content_stat',
  'content_stat.tour': 'content_stat',

  'conversation.admin.assigned': 'conversation',
  'conversation.admin.closed': 'conversation',
  'conversation.admin.noted': 'conversation',
  'conversation.admin.open.assigned': 'conversation',
  'conversation.admin.opened': 'conversation',
  'conversation.admin.replied': 'conversation',
  'conversation.admin.single.created': 'conversation',
  'conversation.admin.snoozed': 'conversation',
  'conversation.admin.unsnoozed': 'conversation',
  'conversation.contact.attached': 'object',
  'conversation.contact.detached': 'object',
  'conversation.deleted': 'deleted',
  'conversation.operator.replied': 'conversation',
  'conversation.priority.updated': 'conversation',
  'conversation.rating.added': 'conversation',
  'conversation.read': 'conversation',
  'conversation.user.created': 'conversation',
  'conversation.user.replied': 'conversation',
  'conversation_part.redacted': 'conversation_part',
  'conversation_part.tag.created': 'conversation_part',

  'event.created': 'event',
  'granular.subscribe': 'subscription',
  'granular.unsubscribe': 'subscription',
  'job.completed': 'job',
  ping: 'ping',

  'ticket.admin.assigned': 'ticket',
  'ticket.admin.replied': 'ticket',
  'ticket.attribute.updated': 'ticket',
  'ticket.closed': 'ticket_closed',
  'ticket.contact.attached': 'ticket',
  'ticket.contact.detached': 'ticket',
  'ticket.contact.replied': 'ticket',
  'ticket.created': 'ticket',
  'ticket.note.created': 'ticket',
  'ticket.rating.provided': 'ticket',
  'ticket.state.updated': 'ticket',
  'ticket.team.assigned': 'ticket',

  'visitor.signed_up': 'visitor',

  // API 1.x names: users and leads became contacts in 2.0, with the same ids.
  'contact.added_email': 'legacy_contact',
  'contact.created': 'legacy_contact',
  'contact.signed_up': 'legacy_contact',
  'contact.tag.created': 'contact_tag',
  'contact.tag.deleted': 'contact_tag',
  'contact.updated': 'legacy_contact',
  'user.created': 'legacy_contact',
  'user.deleted': 'deleted',
  'user.email.updated': 'legacy_contact',
  'user.tag.created': 'user_tag',
  'user.tag.deleted': 'user_tag',
  'user.unsubscribed': 'legacy_contact',
  'user.unsubscribed_from_sms': 'legacy_contact',
} as const satisfies Record<string, WebhookFamily>;

/** The kinds of `data.item`, one per model a topic can carry. */
export type WebhookFamily =
  | 'admin'
  | 'article'
  | 'call'
  | 'company'
  | 'contact'
  | 'contact_merged'
  | 'contact_tag'
  | 'content_stat'
  | 'conversation'
  | 'conversation_part'
  | 'deleted'
  | 'event'
  | 'job'
  | 'legacy_contact'
  | 'object'
  | 'ping'
  | 'subscription'
  | 'ticket'
  | 'ticket_closed'
  | 'user_tag'
  | 'visitor';

/** A topic this package knows; notifications on any other topic still parse, with `data.item: unknown`. */
export type WebhookTopic = keyof typeof webhookTopics;

/** The family of a topic's item. */
export type WebhookFamilyOf<T extends WebhookTopic> = (typeof webhookTopics)[T];

export function isKnownTopic(topic: string): topic is WebhookTopic {
  return Object.hasOwn(webhookTopics, topic);
}

export function familyOf(topic: string): WebhookFamily | undefined {
  return isKnownTopic(topic) ? webhookTopics[topic] : undefined;
}
