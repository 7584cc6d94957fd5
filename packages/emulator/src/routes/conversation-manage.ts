import * as v from 'valibot';
import { ApiError } from '../errors';
import { del, post, type RouteDefinition } from '../http/context';
import { idSchema, parseBody } from '../http/validate';
import {
  assignConversation,
  closeConversation,
  openConversation,
  snoozeConversation,
} from '../store/conversation-actions';
import { conversationResponse } from './conversations';

const manageSchema = v.variant(
  'message_type',
  [
    v.object({
      message_type: v.literal('close'),
      type: v.literal('admin'),
      admin_id: idSchema,
      body: v.optional(v.string()),
    }),
    v.object({
      message_type: v.literal('snoozed'),
      admin_id: idSchema,
      snoozed_until: v.pipe(v.number('snoozed_until must be unix seconds'), v.integer()),
    }),
    v.object({ message_type: v.literal('open'), admin_id: idSchema }),
    v.object({
      message_type: v.literal('assignment'),
      type: v.picklist(['admin', 'team'], "type must be 'admin' or 'team'"),
      admin_id: idSchema,
      assignee_id: idSchema,
      body: v.optional(v.string()),
    }),
  ],
  "message_type must be 'close', 'snoozed', 'open' or 'assignment'",
);

const customerSchema = v.object({
  admin_id: idSchema,
  customer: v.object(
    { intercom_user_id: v.optional(idSchema), user_id: v.optional(v.string()), email: v.optional(v.string()) },
    'customer must be an object with intercom_user_id, user_id or email',
  ),
});

const detachSchema = v.object({ admin_id: idSchema });

export const conversationManageRoutes: RouteDefinition[] = [
  post('/conversations/{conversation_id}/parts', (ctx) => {
    const { store, now } = ctx;
    const conversation = store.conversation(ctx.params.conversation_id as string);
    const input = parseBody(manageSchema, ctx.body);
    store.admin(input.admin_id);
    switch (input.message_type) {
      case 'close':
        closeConversation(store, conversation, input.admin_id, now, input.body);
        break;
      case 'snoozed':
        if (input.snoozed_until <= now)
          throw new ApiError(400, 'parameter_invalid', 'snoozed_until must be in the future', 'snoozed_until');
        snoozeConversation(store, conversation, input.admin_id, now, input.snoozed_until);
        break;
      case 'open':
        openConversation(store, conversation, input.admin_id, now);
        break;
      case 'assignment':
        if (input.assignee_id !== '0') {
          const exists =
            input.type === 'admin' ? store.admins.has(input.assignee_id) : store.teams.has(input.assignee_id);
          if (!exists)
            throw new ApiError(
              404,
              'assignee_not_found',
              `Assignee Not Found: no ${input.type} with id '${input.assignee_id}'`,
            );
        }
        assignConversation(
          store,
          conversation,
          input.admin_id,
          now,
          { type: input.type, id: input.assignee_id },
          input.body,
        );
        break;
    }
    return conversationResponse(ctx, conversation);
  }),
  post('/conversations/{conversation_id}/customers', (ctx) => {
    const { store, now } = ctx;
    const conversation = store.conversation(ctx.params.conversation_id as string);
    const input = parseBody(customerSchema, ctx.body);
    store.admin(input.admin_id);
    const { intercom_user_id: id, user_id: userId, email } = input.customer;
    const contact =
      id !== undefined
        ? store.contact(id)
        : userId !== undefined
          ? store.findContactBy('external_id', userId)
          : email !== undefined
            ? store.findContactBy('email', email)
            : undefined;
    if (!contact) {
      if (id === undefined && userId === undefined && email === undefined) {
        throw new ApiError(400, 'parameter_not_found', 'customer needs intercom_user_id, user_id or email', 'customer');
      }
      throw new ApiError(404, 'not_found', 'User Not Found: no contact matches customer');
    }
    if (!conversation.contact_ids.includes(contact.id)) conversation.contact_ids.push(contact.id);
    conversation.updated_at = now;
    return conversationResponse(ctx, conversation);
  }),
  del('/conversations/{conversation_id}/customers/{contact_id}', (ctx) => {
    const { store, now } = ctx;
    const conversation = store.conversation(ctx.params.conversation_id as string);
    store.admin(parseBody(detachSchema, ctx.body).admin_id);
    const contactId = ctx.params.contact_id as string;
    if (!conversation.contact_ids.includes(contactId)) {
      throw new ApiError(404, 'not_found', `Contact ${contactId} is not part of conversation ${conversation.id}`);
    }
    if (conversation.contact_ids.length === 1)
      throw new ApiError(422, 'parameter_invalid', 'Removing the last customer is not allowed');
    conversation.contact_ids = conversation.contact_ids.filter((id) => id !== contactId);
    conversation.updated_at = now;
    return conversationResponse(ctx, conversation);
  }),
];
