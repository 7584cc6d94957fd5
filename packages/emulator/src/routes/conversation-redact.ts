import * as v from 'valibot';
import { ApiError } from '../errors';
import { post, type RouteDefinition } from '../http/context';
import { idSchema, parseBody } from '../http/validate';
import { createTicket } from '../store/ticket-actions';
import { ticketView } from '../views/ticket';
import { conversationResponse } from './conversations';
import { checkTicketAttributes } from './ticket-attributes';

const redactSchema = v.variant(
  'type',
  [
    v.object({ type: v.literal('conversation_part'), conversation_id: idSchema, conversation_part_id: idSchema }),
    v.object({ type: v.literal('source'), conversation_id: idSchema, source_id: idSchema }),
  ],
  "type must be 'conversation_part' or 'source'",
);

const convertSchema = v.object({
  ticket_type_id: idSchema,
  attributes: v.optional(v.record(v.string(), v.unknown())),
});

const missingPart = (what: string) =>
  new ApiError(404, 'conversation_part_or_message_not_found', `Conversation part or message not found: ${what}`);

/** Redacting a part or the source message, and converting a conversation into a ticket. */
export const conversationRedactRoutes: RouteDefinition[] = [
  post('/conversations/redact', (ctx) => {
    const input = parseBody(redactSchema, ctx.body);
    const conversation = ctx.store.conversation(input.conversation_id);
    if (input.type === 'source') {
      if (conversation.source.id !== input.source_id)
        throw missingPart(`source ${input.source_id} in conversation ${conversation.id}`);
      conversation.source.body = '';
      conversation.source.redacted = true;
    } else {
      const part = conversation.parts.find((p) => p.id === input.conversation_part_id);
      if (!part) throw missingPart(`part ${input.conversation_part_id} in conversation ${conversation.id}`);
      part.body = '';
      part.redacted = true;
      part.updated_at = ctx.now;
    }
    conversation.updated_at = ctx.now;
    return conversationResponse(ctx, conversation);
  }),
  post('/conversations/{conversation_id}/convert', ({ store, params, body, now }) => {
    const conversation = store.conversation(params.conversation_id as string);
    const input = parseBody(convertSchema, body);
    const type = store.ticketTypes.get(input.ticket_type_id);
    if (!type)
      throw new ApiError(
        400,
        'parameter_invalid',
        `ticket_type_id '${input.ticket_type_id}' is not a ticket type of this workspace`,
        'ticket_type_id',
      );
    if (type.category !== 'Customer') {
      throw new ApiError(
        400,
        'parameter_invalid',
        `Only Customer ticket types can be converted from a conversation; '${type.name}' is ${type.category}`,
        'ticket_type_id',
      );
    }
    if (conversation.linked.some((l) => l.type === 'ticket' && l.category === 'Customer')) {
      throw new ApiError(
        400,
        'parameter_invalid',
        `Conversation ${conversation.id} is already linked to a customer ticket`,
      );
    }
    const title = conversation.title || conversation.source.subject || `Conversation ${conversation.id}`;
    const attributes = checkTicketAttributes(type, { _default_title_: title, ...input.attributes }, true);
    const ticket = createTicket(store, {
      type,
      contactIds: [...conversation.contact_ids],
      createdAt: now,
      attributes,
      companyId: conversation.company_id,
    });
    ticket.linked.push({ type: 'conversation', id: conversation.id, category: null });
    conversation.linked.push({ type: 'ticket', id: ticket.id, category: type.category });
    conversation.updated_at = now;
    return ticketView(store, ticket);
  }),
];
