import type { Store } from '../store/store';
import type { TicketPartRecord, TicketRecord, TicketStateRecord, TicketTypeRecord } from '../store/ticket-types';
import { ticketAuthorView } from './authors';
import { linkedObjectsView } from './conversation';
import { contactReference } from './people';

export function ticketStateView(state: TicketStateRecord) {
  return {
    type: 'ticket_state',
    id: state.id,
    category: state.category,
    internal_label: state.internal_label,
    external_label: state.external_label,
  };
}

export function ticketTypeView(store: Store, type: TicketTypeRecord) {
  const attributes = type.attributes.map((a) => ({
    type: 'ticket_type_attribute',
    id: a.id,
    workspace_id: store.app.id_code,
    name: a.name,
    description: a.description,
    data_type: a.data_type,
    ...(a.input_options ? { input_options: a.input_options } : {}),
    order: a.order,
    required_to_create: a.required_to_create,
    required_to_create_for_contacts: a.required_to_create_for_contacts,
    visible_on_create: a.visible_on_create,
    visible_to_contacts: a.visible_to_contacts,
    default: a.default,
    ticket_type_id: Number(type.id),
    archived: a.archived,
    created_at: a.created_at,
    updated_at: a.updated_at,
  }));
  return {
    type: 'ticket_type',
    id: type.id,
    category: type.category,
    name: type.name,
    description: type.description,
    icon: type.icon,
    workspace_id: store.app.id_code,
    // The description names this list `ticket_type_attributes`; Intercom's examples use `data`. Both are sent.
    ticket_type_attributes: { type: 'list', ticket_type_attributes: attributes, data: attributes },
    ticket_states: {
      type: 'list',
      data: [...store.ticketStates.values()].filter((s) => !s.archived).map(ticketStateView),
    },
    archived: type.archived,
    is_internal: type.is_internal,
    created_at: type.created_at,
    updated_at: type.updated_at,
  };
}

export function ticketPartView(store: Store, part: TicketPartRecord) {
  return {
    type: 'ticket_part',
    id: part.id,
    part_type: part.part_type,
    body: part.body,
    ...(part.previous_ticket_state ? { previous_ticket_state: part.previous_ticket_state } : {}),
    ...(part.ticket_state ? { ticket_state: part.ticket_state } : {}),
    created_at: part.created_at,
    updated_at: part.updated_at,
    ...(part.assigned_to ? { assigned_to: part.assigned_to } : {}),
    author: ticketAuthorView(store, part.author),
    attachments: [],
    external_id: null,
    redacted: part.redacted,
  };
}

/** `ticket_reply`: the part a reply created. */
export function ticketReplyView(store: Store, part: TicketPartRecord) {
  return {
    type: 'ticket_part',
    id: part.id,
    part_type: part.part_type,
    body: part.body,
    created_at: part.created_at,
    updated_at: part.updated_at,
    author: ticketAuthorView(store, part.author),
    attachments: [],
    redacted: part.redacted,
  };
}

export function ticketView(store: Store, ticket: TicketRecord) {
  const type = store.ticketType(ticket.ticket_type_id);
  const state = store.ticketStates.get(ticket.ticket_state_id);
  return {
    type: 'ticket',
    id: ticket.id,
    ticket_id: ticket.ticket_id,
    category: type.category,
    ticket_attributes: { ...ticket.ticket_attributes },
    ticket_state: state ? ticketStateView(state) : null,
    ticket_type: ticketTypeView(store, type),
    contacts: { type: 'contact.list', contacts: ticket.contact_ids.map((id) => contactReference(store, id)) },
    admin_assignee_id: ticket.admin_assignee_id,
    team_assignee_id: ticket.team_assignee_id,
    created_at: ticket.created_at,
    updated_at: ticket.updated_at,
    open: state?.category !== 'resolved',
    ...(ticket.snoozed_until === null ? {} : { snoozed_until: ticket.snoozed_until }),
    linked_objects: linkedObjectsView(ticket.linked),
    ticket_parts: {
      type: 'ticket_part.list',
      ticket_parts: ticket.parts.map((p) => ticketPartView(store, p)),
      total_count: ticket.parts.length,
    },
    is_shared: ticket.is_shared,
  };
}
