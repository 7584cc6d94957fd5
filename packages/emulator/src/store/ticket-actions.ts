import type { AuthorRef } from './conversation-types';
import type { Store } from './store';
import type {
  TicketPartRecord,
  TicketRecord,
  TicketStateCategory,
  TicketStateRecord,
  TicketTypeRecord,
} from './ticket-types';

/** Creating and changing tickets, shared by the seed and the routes. */
export interface TicketInit {
  type: TicketTypeRecord;
  contactIds: string[];
  createdAt: number;
  attributes: Record<string, unknown>;
  adminAssigneeId?: string;
  teamAssigneeId?: string;
  companyId?: string | null;
  state?: TicketStateRecord;
}

export function stateFor(store: Store, category: TicketStateCategory): TicketStateRecord {
  for (const state of store.ticketStates.values()) if (state.category === category && !state.archived) return state;
  throw new Error(`No ticket state with category ${category}`);
}

export function createTicket(store: Store, init: TicketInit): TicketRecord {
  const state = init.state ?? stateFor(store, 'submitted');
  const ticket: TicketRecord = {
    id: store.ids.next('ticket'),
    seq: store.nextSeq(),
    created_at: init.createdAt,
    updated_at: init.createdAt,
    ticket_id: store.ids.next('ticketNumber'),
    ticket_type_id: init.type.id,
    ticket_state_id: state.id,
    ticket_attributes: { _default_title_: null, _default_description_: null, ...init.attributes },
    contact_ids: init.contactIds,
    admin_assignee_id: init.adminAssigneeId ?? '0',
    team_assignee_id: init.teamAssigneeId ?? '0',
    snoozed_until: null,
    is_shared: init.type.category === 'Customer',
    company_id: init.companyId ?? null,
    linked: [],
    parts: [],
    tags: [],
  };
  store.tickets.insert(ticket);
  return ticket;
}

export function isOpen(store: Store, ticket: TicketRecord): boolean {
  return store.ticketStates.get(ticket.ticket_state_id)?.category !== 'resolved';
}

export function addTicketPart(
  store: Store,
  ticket: TicketRecord,
  at: number,
  init: { part_type: string; body?: string | null; author: AuthorRef; assigned_to?: TicketPartRecord['assigned_to'] },
): TicketPartRecord {
  const category = store.ticketStates.get(ticket.ticket_state_id)?.category ?? null;
  const part: TicketPartRecord = {
    id: store.ids.next('ticketPart'),
    part_type: init.part_type,
    body: init.body ?? null,
    previous_ticket_state: category,
    ticket_state: category,
    created_at: at,
    updated_at: at,
    author: init.author,
    assigned_to: init.assigned_to ?? null,
    redacted: false,
  };
  ticket.parts.push(part);
  ticket.updated_at = Math.max(ticket.updated_at, at);
  return part;
}

export function changeTicketState(
  store: Store,
  ticket: TicketRecord,
  state: TicketStateRecord,
  adminId: string,
  at: number,
): TicketPartRecord {
  const previous = store.ticketStates.get(ticket.ticket_state_id)?.category ?? null;
  ticket.ticket_state_id = state.id;
  const part = addTicketPart(store, ticket, at, {
    part_type: 'ticket_state_updated_by_admin',
    author: { type: 'admin', id: adminId },
  });
  part.previous_ticket_state = previous;
  part.ticket_state = state.category;
  if (state.category === 'resolved') ticket.snoozed_until = null;
  return part;
}
