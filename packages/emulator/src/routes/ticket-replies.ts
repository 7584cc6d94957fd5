import { ApiError } from '../errors';
import { post, type RouteDefinition } from '../http/context';
import { parseBody } from '../http/validate';
import { addTicketPart } from '../store/ticket-actions';
import { ticketReplyView } from '../views/ticket';
import { replyingContact, replySchema, replyTime, requireBodyFor, requireReplyOptions } from './reply-schemas';

export const ticketReplyRoutes: RouteDefinition[] = [
  post('/tickets/{ticket_id}/reply', ({ store, params, body: raw, now }) => {
    const ticket = store.ticket(params.ticket_id as string);
    const input = parseBody(replySchema, raw);
    const at = replyTime(input.created_at, now);
    const body = requireBodyFor(input.message_type, input.body);
    if (input.type === 'admin') {
      store.admin(input.admin_id);
      requireReplyOptions(input);
      const part = addTicketPart(store, ticket, at, {
        part_type: input.message_type,
        body,
        author: { type: 'admin', id: input.admin_id },
      });
      return ticketReplyView(store, part);
    }
    const contact = replyingContact(store, input);
    const category = store.ticketType(ticket.ticket_type_id).category;
    if (category !== 'Customer') {
      throw new ApiError(
        400,
        'parameter_mismatch',
        `Contacts cannot reply to a ${category} ticket; only Customer tickets take contact replies`,
      );
    }
    if (!ticket.contact_ids.includes(contact.id)) {
      throw new ApiError(400, 'parameter_invalid', `Contact ${contact.id} is not a participant of ticket ${ticket.id}`);
    }
    const part = addTicketPart(store, ticket, at, {
      part_type: input.message_type,
      body,
      author: { type: contact.role, id: contact.id },
    });
    return ticketReplyView(store, part);
  }),
];
