import { ApiError } from '../errors';
import { post, type RouteDefinition } from '../http/context';
import { parseBody } from '../http/validate';
import { adminReply, contactReply } from '../store/conversation-actions';
import type { ConversationRecord } from '../store/conversation-types';
import type { Store } from '../store/store';
import { conversationResponse } from './conversations';
import { replyingContact, replySchema, replyTime, requireBodyFor, requireReplyOptions } from './reply-schemas';

/** `last` means the replying contact's most recently updated conversation. */
function lastConversationOf(store: Store, contactId: string): ConversationRecord {
  let latest: ConversationRecord | undefined;
  for (const c of store.conversations.values()) {
    if (c.contact_ids.includes(contactId) && (!latest || c.updated_at > latest.updated_at)) latest = c;
  }
  if (!latest)
    throw new ApiError(
      404,
      'not_found',
      `Conversation Not Found: contact ${contactId} has no conversation to reply to`,
    );
  return latest;
}

export const conversationReplyRoutes: RouteDefinition[] = [
  post('/conversations/{conversation_id}/reply', (ctx) => {
    const { store, params, now } = ctx;
    const input = parseBody(replySchema, ctx.body);
    const at = replyTime(input.created_at, now);
    const body = requireBodyFor(input.message_type, input.body);
    if (input.type === 'admin') requireReplyOptions(input);
    const extra = {
      attachment_urls: [
        ...(input.attachment_urls ?? []),
        ...(input.attachment_files ?? []).map((f) => `https://uploads.intercom.test/${encodeURIComponent(f.name)}`),
      ],
      quick_reply_options: input.reply_options ?? null,
    };
    if (input.type === 'admin') {
      if (params.conversation_id === 'last') {
        throw new ApiError(
          400,
          'parameter_invalid',
          "'last' needs a contact reply (type user with intercom_user_id, user_id or email)",
        );
      }
      const conversation = store.conversation(params.conversation_id as string);
      store.admin(input.admin_id);
      adminReply(store, conversation, input.admin_id, at, input.message_type, body, extra);
      return conversationResponse(ctx, conversation);
    }
    const contact = replyingContact(store, input);
    const conversation =
      params.conversation_id === 'last'
        ? lastConversationOf(store, contact.id)
        : store.conversation(params.conversation_id as string);
    contactReply(store, conversation, contact, at, body, { ...extra, part_type: input.message_type });
    contact.last_replied_at = at;
    return conversationResponse(ctx, conversation);
  }),
];
