import * as v from 'valibot';
import { ApiError } from '../errors';
import { idSchema, parseBody, unixSecondsSchema } from '../http/validate';
import { blankContact } from '../seed/people';
import type { Store } from '../store/store';
import { createTicket, type TicketInit } from '../store/ticket-actions';
import type { TicketRecord } from '../store/ticket-types';
import { checkTicketAttributes } from './ticket-attributes';

const contactRef = v.object({
  id: v.optional(idSchema),
  external_id: v.optional(v.string()),
  email: v.optional(v.string()),
});

export const createTicketSchema = v.object({
  ticket_type_id: idSchema,
  contacts: v.pipe(
    v.array(contactRef, 'contacts must be an array of {id}, {external_id} or {email}'),
    v.minLength(1, 'contacts needs one contact'),
  ),
  conversation_to_link_id: v.optional(idSchema),
  company_id: v.optional(idSchema),
  created_at: v.optional(unixSecondsSchema),
  ticket_attributes: v.optional(v.record(v.string(), v.unknown())),
  assignment: v.optional(v.object({ admin_assignee_id: v.optional(idSchema), team_assignee_id: v.optional(idSchema) })),
  skip_notifications: v.optional(v.boolean()),
});

export type PreparedTicket = { init: TicketInit; linkConversationId: string | undefined; newLeadEmails: string[] };

/**
 * Validates a create-ticket body completely before anything is written, so `POST /tickets/enqueue`
 * can answer 400 at once and create the ticket later. Unknown emails become new leads (on create).
 */
export function prepareTicket(store: Store, body: unknown, now: number): PreparedTicket {
  const input = parseBody(createTicketSchema, body);
  const type = store.ticketTypes.get(input.ticket_type_id);
  if (!type || type.archived)
    throw new ApiError(
      400,
      'parameter_invalid',
      `ticket_type_id '${input.ticket_type_id}' is not an active ticket type`,
      'ticket_type_id',
    );
  const contactIds: string[] = [];
  const newLeadEmails: string[] = [];
  for (const ref of input.contacts) {
    if (ref.id !== undefined) contactIds.push(store.contact(ref.id).id);
    else if (ref.external_id !== undefined) {
      const found = store.findContactBy('external_id', ref.external_id);
      if (!found)
        throw new ApiError(404, 'not_found', `Contact Not Found: no contact with external_id '${ref.external_id}'`);
      contactIds.push(found.id);
    } else if (ref.email !== undefined) {
      const found = store.findContactBy('email', ref.email);
      if (found) contactIds.push(found.id);
      else newLeadEmails.push(ref.email);
    } else throw new ApiError(400, 'parameter_not_found', 'Each contact needs id, external_id or email', 'contacts');
  }
  if (input.company_id !== undefined) store.company(input.company_id);
  if (input.conversation_to_link_id !== undefined) store.conversation(input.conversation_to_link_id);
  const admin = input.assignment?.admin_assignee_id;
  const team = input.assignment?.team_assignee_id;
  if (admin !== undefined && admin !== '0') store.admin(admin);
  if (team !== undefined && team !== '0') store.team(team);
  const createdAt = input.created_at ?? now;
  const attributes = checkTicketAttributes(type, input.ticket_attributes ?? {}, true);
  return {
    init: {
      type,
      contactIds,
      createdAt,
      attributes,
      adminAssigneeId: admin,
      teamAssigneeId: team,
      companyId: input.company_id ?? null,
    },
    linkConversationId: input.conversation_to_link_id,
    newLeadEmails,
  };
}

export function commitTicket(store: Store, prepared: PreparedTicket, now: number): TicketRecord {
  const contactIds = [...prepared.init.contactIds];
  for (const email of prepared.newLeadEmails) {
    const lead = blankContact(store, 'lead', now);
    lead.email = email;
    store.contacts.insert(lead);
    contactIds.push(lead.id);
  }
  const ticket = createTicket(store, { ...prepared.init, contactIds });
  const conversation = prepared.linkConversationId ? store.conversations.get(prepared.linkConversationId) : undefined;
  if (conversation) {
    ticket.linked.push({ type: 'conversation', id: conversation.id, category: null });
    conversation.linked.push({ type: 'ticket', id: ticket.id, category: prepared.init.type.category });
  }
  return ticket;
}
