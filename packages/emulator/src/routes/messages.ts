import * as v from 'valibot';
import { ApiError } from '../errors';
import { post, type RouteDefinition } from '../http/context';
import { idSchema, parseBody, unixSecondsSchema } from '../http/validate';
import { blankConversation } from '../store/conversation-factory';
import type { MessageRecord } from '../store/misc-types';
import { adminMessageView } from '../views/misc';

const recipient = v.object({ type: v.picklist(['user', 'lead'], "to.type must be 'user' or 'lead'"), id: idSchema });

const messageSchema = v.object({
  message_type: v.picklist(['in_app', 'email'], "message_type must be 'in_app' or 'email'"),
  subject: v.optional(v.string()),
  body: v.optional(v.string()),
  template: v.optional(v.picklist(['plain', 'personal'], "template must be 'plain' or 'personal'")),
  from: v.object({ type: v.literal('admin'), id: idSchema }, 'from must be {type: "admin", id}'),
  to: v.union(
    [recipient, v.pipe(v.array(recipient), v.minLength(1))],
    'to must be a recipient {type, id} or a list of them',
  ),
  cc: v.optional(v.union([recipient, v.array(recipient)])),
  bcc: v.optional(v.union([recipient, v.array(recipient)])),
  created_at: v.optional(unixSecondsSchema),
  create_conversation_without_contact_reply: v.optional(v.boolean()),
});

export const messageRoutes: RouteDefinition[] = [
  post('/messages', ({ store, body, now }) => {
    const input = parseBody(messageSchema, body);
    if (!input.body)
      throw new ApiError(
        400,
        'parameter_not_found',
        `No body supplied for ${input.message_type === 'email' ? 'email' : 'in-app'} message`,
        'body',
      );
    if (input.message_type === 'email' && !input.subject)
      throw new ApiError(422, 'parameter_not_found', 'No subject supplied for email message', 'subject');
    const admin = store.admin(input.from.id);
    const to = [input.to].flat().map((r) => {
      const contact = store.contacts.get(r.id);
      if (!contact) throw new ApiError(404, 'not_found', `User Not Found: no contact with id '${r.id}'`);
      return { type: contact.role, id: contact.id };
    });
    const createdAt = input.created_at ?? now;
    const message: MessageRecord = {
      id: store.ids.next('message'),
      created_at: createdAt,
      message_type: input.message_type === 'email' ? 'email' : 'inapp',
      subject: input.subject ?? null,
      body: input.body,
      template: input.template ?? null,
      from_admin_id: admin.id,
      to,
      conversation_id: null,
    };
    // Intercom opens the conversation when the contact replies, or at once when asked to.
    if (input.create_conversation_without_contact_reply) {
      const conversation = blankConversation(
        store,
        createdAt,
        {
          type: input.message_type === 'email' ? 'email' : 'conversation',
          delivered_as: 'admin_initiated',
          subject: input.subject ?? '',
          body: input.body,
          author: { type: 'admin', id: admin.id },
        },
        to.map((r) => r.id),
      );
      if (input.subject) conversation.title = input.subject;
      store.conversations.insert(conversation);
      message.conversation_id = conversation.id;
    }
    store.messages.set(message.id, message);
    return adminMessageView(store, message);
  }),
];
