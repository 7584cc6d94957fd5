import * as v from 'valibot';
import { ApiError } from '../errors';
import { get, post, type RouteDefinition } from '../http/context';
import { idSchema, parseBody } from '../http/validate';
import { compileSearch } from '../search/evaluate';
import { contactFields } from '../search/fields/contacts';
import type { Store } from '../store/store';
import type { ContactRecord } from '../store/types';
import { segmentView } from '../views/basics';
import { subscriptionTypeView } from '../views/misc';
import { contactView } from '../views/people';

const mergeSchema = v.object({ from: idSchema, into: idSchema });

const reference = (c: ContactRecord) => ({ type: 'contact', id: c.id, external_id: c.external_id });

/** Moves everything a lead owns to the user it is merged into, then removes the lead. */
function mergeLeadIntoUser(store: Store, lead: ContactRecord, user: ContactRecord, now: number): void {
  const toUser = (ids: string[]) => [...new Set(ids.map((id) => (id === lead.id ? user.id : id)))];
  for (const conversation of store.conversations.values()) {
    if (!conversation.contact_ids.includes(lead.id)) continue;
    conversation.contact_ids = toUser(conversation.contact_ids);
    const rewrite = (author: { type: string; id: string }) =>
      author.id === lead.id ? { type: 'user' as const, id: user.id } : author;
    conversation.source.author = rewrite(conversation.source.author) as typeof conversation.source.author;
    for (const part of conversation.parts) part.author = rewrite(part.author) as typeof part.author;
  }
  for (const ticket of store.tickets.values()) {
    if (ticket.contact_ids.includes(lead.id)) ticket.contact_ids = toUser(ticket.contact_ids);
  }
  user.tags = [...user.tags, ...lead.tags.filter((tag) => !user.tags.some((t) => t.id === tag.id))];
  for (const companyId of lead.company_ids) {
    const company = store.companies.get(companyId);
    if (company) store.attachCompany(user, company);
  }
  store.moveNotes(lead.id, user.id);
  const leadEvents = store.events.get(lead.id);
  if (leadEvents)
    store.events.set(
      user.id,
      [...leadEvents, ...(store.events.get(user.id) ?? [])].sort((a, b) => b.created_at - a.created_at),
    );
  for (const [name, value] of Object.entries(lead.custom_attributes))
    if (!(name in user.custom_attributes)) user.custom_attributes[name] = value;
  user.email ||= lead.email;
  user.name ??= lead.name;
  user.phone ??= lead.phone;
  user.updated_at = now;
  store.removeContact(lead);
  store.mergedInto.set(lead.id, user.id);
}

export const contactActionRoutes: RouteDefinition[] = [
  post('/contacts/{contact_id}/archive', ({ store, params, now }) => {
    const contact = store.contact(params.contact_id as string);
    contact.archived = true;
    contact.updated_at = now;
    return { ...reference(contact), archived: true };
  }),
  post('/contacts/{contact_id}/unarchive', ({ store, params, now }) => {
    const contact = store.contact(params.contact_id as string);
    contact.archived = false;
    contact.updated_at = now;
    return { ...reference(contact), archived: false };
  }),
  post('/contacts/{contact_id}/block', ({ store, params, now }) => {
    const contact = store.contact(params.contact_id as string);
    contact.blocked = true;
    contact.updated_at = now;
    return { ...reference(contact), blocked: true };
  }),
  post('/contacts/merge', ({ store, body, now }) => {
    const input = parseBody(mergeSchema, body);
    if (input.from === input.into)
      throw new ApiError(400, 'parameter_invalid', 'from and into must be different contacts');
    const lead = store.contact(input.from);
    const user = store.contact(input.into);
    if (lead.role !== 'lead')
      throw new ApiError(400, 'parameter_invalid', `from (${lead.id}) must be a lead; it is a ${lead.role}`, 'from');
    if (user.role !== 'user')
      throw new ApiError(400, 'parameter_invalid', `into (${user.id}) must be a user; it is a ${user.role}`, 'into');
    mergeLeadIntoUser(store, lead, user, now);
    return contactView(store, user);
  }),
  get('/contacts/{contact_id}/segments', ({ store, params }) => {
    const contact = store.contact(params.contact_id as string);
    const fields = contactFields(store);
    const data = [...store.segments.values()]
      .filter((s) => compileSearch(s.query, fields, { timeZone: store.app.timezone })(contact))
      .map((s) => segmentView(s));
    return { type: 'list', data };
  }),
  get('/contacts/{contact_id}/subscriptions', ({ store, params }) => {
    const contact = store.contact(params.contact_id as string);
    const data = [...store.subscriptionTypes.values()]
      .filter((s) => !(contact.unsubscribed_from_emails && s.content_types.every((t) => t === 'email')))
      .map(subscriptionTypeView);
    return { type: 'list', data };
  }),
];
