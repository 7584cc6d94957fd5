import * as v from 'valibot';
import { ApiError } from '../errors';
import { del, get, post, put, type RouteDefinition } from '../http/context';
import { idSchema, parseBody, unixSecondsSchema } from '../http/validate';
import { ticketFields } from '../search/fields/tickets';
import { runSearch } from '../search/request';
import type { Store } from '../store/store';
import { changeTicketState, stateFor } from '../store/ticket-actions';
import type { TicketRecord } from '../store/ticket-types';
import { ticketView } from '../views/ticket';
import { jobView } from './jobs';
import { checkTicketAttributes } from './ticket-attributes';
import { commitTicket, prepareTicket } from './ticket-create';

const updateSchema = v.object({
  ticket_attributes: v.optional(v.record(v.string(), v.unknown())),
  ticket_state_id: v.optional(idSchema),
  company_id: v.optional(idSchema),
  open: v.optional(v.boolean('open must be a boolean')),
  is_shared: v.optional(v.boolean('is_shared must be a boolean')),
  snoozed_until: v.optional(unixSecondsSchema),
  admin_id: v.optional(idSchema),
  assignee_id: v.optional(idSchema),
  skip_notifications: v.optional(v.boolean()),
});

function assign(store: Store, ticket: TicketRecord, assigneeId: string): void {
  if (assigneeId === '0') {
    ticket.admin_assignee_id = '0';
    ticket.team_assignee_id = '0';
  } else if (store.admins.has(assigneeId)) ticket.admin_assignee_id = assigneeId;
  else if (store.teams.has(assigneeId)) ticket.team_assignee_id = assigneeId;
  else throw new ApiError(404, 'assignee_not_found', `Assignee Not Found: no admin or team with id '${assigneeId}'`);
}

export const ticketRoutes: RouteDefinition[] = [
  post('/tickets', ({ store, body, now }) =>
    ticketView(store, commitTicket(store, prepareTicket(store, body, now), now)),
  ),
  post('/tickets/enqueue', ({ store, body, now, origin, jobDelaySeconds }) => {
    const prepared = prepareTicket(store, body, now);
    const job = {
      id: store.ids.next('job'),
      created_at: now,
      ready_at: now + jobDelaySeconds,
      status: 'pending' as const,
      resource_type: 'ticket' as const,
      resource_id: null,
      run: () => commitTicket(store, prepared, now).id,
    };
    store.jobs.set(job.id, job);
    return jobView(job, origin);
  }),
  post('/tickets/search', (ctx) => {
    const page = runSearch(ctx, {
      resource: 'tickets',
      records: ctx.store.tickets.ascending(),
      fields: ticketFields(ctx.store),
      perPageDefault: 20,
    });
    return {
      type: 'ticket.list',
      tickets: page.items.map((t) => ticketView(ctx.store, t)),
      total_count: page.totalCount,
      pages: page.pages,
    };
  }),
  get('/tickets/{ticket_id}', ({ store, params }) => ticketView(store, store.ticket(params.ticket_id as string))),
  put('/tickets/{ticket_id}', ({ store, params, body, now }) => {
    const ticket = store.ticket(params.ticket_id as string);
    const input = parseBody(updateSchema, body);
    const type = store.ticketType(ticket.ticket_type_id);
    const adminId = store.admin(input.admin_id ?? store.meAdminId).id;
    const state = input.ticket_state_id === undefined ? undefined : store.ticketStates.get(input.ticket_state_id);
    if (input.ticket_state_id !== undefined && (!state || state.archived)) {
      throw new ApiError(
        400,
        'ticket_state_id_invalid',
        `ticket_state_id '${input.ticket_state_id}' is not a ticket state of this workspace`,
        'ticket_state_id',
      );
    }
    if (input.company_id !== undefined) ticket.company_id = store.company(input.company_id).id;
    if (input.ticket_attributes) {
      ticket.ticket_attributes = {
        ...ticket.ticket_attributes,
        ...checkTicketAttributes(type, input.ticket_attributes, false),
      };
    }
    if (input.assignee_id !== undefined) assign(store, ticket, input.assignee_id);
    if (input.is_shared !== undefined) ticket.is_shared = input.is_shared;
    const current = store.ticketStates.get(ticket.ticket_state_id)?.category;
    const target =
      state ??
      (input.open === false && current !== 'resolved'
        ? stateFor(store, 'resolved')
        : input.open === true && current === 'resolved'
          ? stateFor(store, 'submitted')
          : undefined);
    if (target && target.id !== ticket.ticket_state_id) changeTicketState(store, ticket, target, adminId, now);
    if (input.snoozed_until !== undefined) ticket.snoozed_until = input.snoozed_until;
    ticket.updated_at = now;
    return ticketView(store, ticket);
  }),
  del('/tickets/{ticket_id}', ({ store, params }) => {
    const ticket = store.ticket(params.ticket_id as string);
    store.tickets.remove(ticket.id);
    for (const linked of ticket.linked) {
      const conversation = linked.type === 'conversation' ? store.conversations.get(linked.id) : undefined;
      if (conversation) conversation.linked = conversation.linked.filter((l) => l.id !== ticket.id);
    }
    return { id: ticket.id, object: 'ticket', deleted: true };
  }),
];
