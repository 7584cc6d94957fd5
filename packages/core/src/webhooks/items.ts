import type {
  Admin,
  Article,
  Call,
  Company,
  Contact,
  Conversation,
  ConversationPart,
  Jobs,
  Tag,
  Ticket,
  Visitor,
} from '../operations/models.gen';
import type { WebhookFamily, WebhookFamilyOf, WebhookTopic } from './topics';

// The models mark every member optional; a notification's item is checked for the members below,
// so their types say they are there.
type Identified<M, Type extends string> = M & { type: Type; id: string };

/** An object that only webhooks send, or whose shape Intercom does not document: its members as sent. */
export interface WebhookObject {
  type?: string;
  [member: string]: unknown;
}

/** `*.deleted` topics send only identifying members (`id`, sometimes `external_id`), not the whole model. */
export interface DeletedItem extends WebhookObject {
  id?: string;
}

/** The item of `contact.*.tag.created|deleted` (and the 1.x `contact.tag.*`): which tag, on which contact. */
export interface ContactTagItem {
  type: 'contact_tag';
  created_at?: number;
  tag: Tag & { id: string };
  contact: Contact & { id: string };
}

/** The item of the 1.x `user.tag.created|deleted`. */
export interface UserTagItem {
  type: 'user_tag';
  created_at?: number;
  tag: Tag & { id: string };
  user: WebhookObject & { id: string };
}

/** A 1.x user or lead: the fields of that API version, under the id the contact still has. */
export interface LegacyContactItem extends WebhookObject {
  type: string;
  id: string;
}

/** `event.created`: a data event as submitted. */
export interface EventItem extends WebhookObject {
  type: 'event';
  event_name: string;
  id?: string;
  created_at?: number;
  user_id?: string;
  intercom_user_id?: string;
  email?: string;
  metadata?: Record<string, unknown>;
}

/** `content_stat.*`: an outbound message statistic and the contact it concerns. */
export interface ContentStatItem extends WebhookObject {
  type: string;
  created_at?: string | number;
  content_stat?: WebhookObject;
  contact?: WebhookObject;
  company?: WebhookObject;
}

/** `ping`, sent when a subscription is saved or pinged. */
export interface PingItem extends WebhookObject {
  type: 'ping';
  message?: string;
}

// A family without a model, or a model without a family, fails to compile.
type OnePerFamily<T extends Record<WebhookFamily, unknown> & Record<Exclude<keyof T, WebhookFamily>, never>> = T;

/** The model behind each family. */
export type WebhookItems = OnePerFamily<{
  admin: Identified<Admin, 'admin'>;
  article: Identified<Article, 'article'>;
  call: Identified<Call, 'call'>;
  company: Identified<Company, 'company'>;
  contact: Identified<Contact, 'contact'>;
  contact_merged: Identified<Contact, 'contact'> & { merged_from: { type?: 'contact'; id: string } };
  contact_tag: ContactTagItem;
  content_stat: ContentStatItem;
  conversation: Identified<Conversation, 'conversation'>;
  conversation_part: Identified<Conversation, 'conversation'> | Identified<ConversationPart, 'conversation_part'>;
  deleted: DeletedItem;
  event: EventItem;
  job: Jobs & { id: string };
  legacy_contact: LegacyContactItem;
  object: WebhookObject;
  ping: PingItem;
  subscription: WebhookObject;
  ticket: Identified<Ticket, 'ticket'>;
  // Before API 2.15 the ticket is the item; from 2.15 it is nested under `ticket`.
  ticket_closed: Identified<Ticket, 'ticket'> | (WebhookObject & { ticket: Identified<Ticket, 'ticket'> });
  user_tag: UserTagItem;
  visitor: Identified<Visitor, 'visitor'> & { user_id: string };
}>;

/** The `data.item` of a notification on topic `T`. */
export type WebhookItem<T extends WebhookTopic> = WebhookItems[WebhookFamilyOf<T>];
