import * as v from 'valibot';
import type { WebhookFamily } from './topics';

// Each schema checks what a notification's consumers rely on (the item's kind and the ids that
// `load()` uses) and keeps every other member as Intercom sent it: a model that gains a field
// must not make notifications fail.

const id = v.pipe(v.string(), v.nonEmpty());
const identified = (type: string) => v.looseObject({ type: v.literal(type), id });
const anyObject = v.looseObject({});

const conversation = identified('conversation');
const ticket = identified('ticket');
const contact = identified('contact');
const tag = v.looseObject({ id });

export const itemSchemas: Record<WebhookFamily, v.GenericSchema> = {
  admin: identified('admin'),
  article: identified('article'),
  call: identified('call'),
  company: identified('company'),
  contact,
  contact_merged: v.looseObject({
    type: v.literal('contact'),
    id,
    merged_from: v.looseObject({ id }),
  }),
  contact_tag: v.looseObject({ type: v.literal('contact_tag'), tag, contact: v.looseObject({ id }) }),
  content_stat: v.looseObject({ type: v.string() }),
  conversation,
  conversation_part: v.union([conversation, identified('conversation_part')]),
  deleted: anyObject,
  event: v.looseObject({ type: v.literal('event'), event_name: v.string() }),
  job: v.looseObject({ id }),
  legacy_contact: v.looseObject({ type: v.string(), id }),
  object: anyObject,
  ping: v.looseObject({ type: v.literal('ping') }),
  subscription: anyObject,
  ticket,
  ticket_closed: v.union([ticket, v.looseObject({ ticket })]),
  user_tag: v.looseObject({ type: v.literal('user_tag'), tag, user: v.looseObject({ id }) }),
  visitor: v.looseObject({ type: v.literal('visitor'), id, user_id: id }),
};
