import * as v from 'valibot';
import { del, get, post, put, type RouteContext, type RouteDefinition } from '../http/context';
import { attachmentUrlsSchema, idSchema, parseBody, unixSecondsSchema } from '../http/validate';
import { conversationFields } from '../search/fields/conversations';
import type { CursorPage } from '../search/paginate';
import { runSearch } from '../search/request';
import { blankConversation } from '../store/conversation-factory';
import type { ConversationRecord } from '../store/conversation-types';
import type { Store } from '../store/store';
import { conversationListItemView, conversationView } from '../views/conversation';
import { listPage } from './listing';

const createSchema = v.object({
  from: v.object({
    type: v.picklist(['lead', 'user', 'contact'], "from.type must be 'lead', 'user' or 'contact'"),
    id: idSchema,
  }),
  body: v.pipe(v.string('body is required and must be a string'), v.nonEmpty('body must not be empty')),
  subject: v.optional(v.string()),
  attachment_urls: v.optional(attachmentUrlsSchema),
  created_at: v.optional(unixSecondsSchema),
});

const updateSchema = v.object({
  read: v.optional(v.boolean('read must be a boolean')),
  title: v.optional(v.string('title must be a string')),
  custom_attributes: v.optional(
    v.record(
      v.string(),
      v.union(
        [v.string(), v.pipe(v.number(), v.integer())],
        'conversation custom attribute values must be strings or integers',
      ),
    ),
  ),
  company_id: v.optional(idSchema),
});

const plaintext = (ctx: RouteContext) => ({ plaintext: ctx.query.get('display_as') === 'plaintext' });

export function conversationResponse(ctx: RouteContext, conversation: ConversationRecord) {
  return conversationView(ctx.store, conversation, plaintext(ctx));
}

/** A page of conversations as lists and searches answer it. */
function conversationList(store: Store, page: CursorPage<ConversationRecord>) {
  return {
    type: 'conversation.list',
    conversations: page.items.map((c) => conversationListItemView(store, c)),
    total_count: page.totalCount,
    pages: page.pages,
  };
}

export const conversationRoutes: RouteDefinition[] = [
  get('/conversations', (ctx) => conversationList(ctx.store, listPage(ctx, ctx.store.conversations.ascending(), 20))),
  post('/conversations', ({ store, body, now }) => {
    const input = parseBody(createSchema, body);
    const contact = store.contact(input.from.id);
    const createdAt = input.created_at ?? now;
    const conversation = blankConversation(
      store,
      createdAt,
      {
        type: 'conversation',
        delivered_as: 'customer_initiated',
        subject: input.subject ?? '',
        body: input.body,
        author: { type: contact.role, id: contact.id },
      },
      [contact.id],
    );
    conversation.company_id = contact.company_ids[0] ?? null;
    store.conversations.insert(conversation);
    contact.last_replied_at = createdAt;
    return {
      type: 'user_message',
      id: conversation.source.id,
      created_at: createdAt,
      body: input.body,
      message_type: 'inapp',
      conversation_id: conversation.id,
    };
  }),
  post('/conversations/search', (ctx) => {
    const page = runSearch(ctx, {
      resource: 'conversations',
      records: ctx.store.conversations.ascending(),
      fields: conversationFields(ctx.store),
      perPageDefault: 20,
    });
    return conversationList(ctx.store, page);
  }),
  get('/conversations/{conversation_id}', (ctx) =>
    conversationResponse(ctx, ctx.store.conversation(ctx.params.conversation_id as string)),
  ),
  put('/conversations/{conversation_id}', (ctx) => {
    const conversation = ctx.store.conversation(ctx.params.conversation_id as string);
    const input = parseBody(updateSchema, ctx.body);
    if (input.company_id !== undefined) conversation.company_id = ctx.store.company(input.company_id).id;
    if (input.read !== undefined) conversation.read = input.read;
    if (input.title !== undefined) conversation.title = input.title;
    if (input.custom_attributes)
      conversation.custom_attributes = { ...conversation.custom_attributes, ...input.custom_attributes };
    conversation.updated_at = ctx.now;
    return conversationResponse(ctx, conversation);
  }),
  del('/conversations/{conversation_id}', ({ store, params }) => {
    const conversation = store.conversation(params.conversation_id as string);
    store.conversations.remove(conversation.id);
    for (const linked of conversation.linked) {
      const ticket = linked.type === 'ticket' ? store.tickets.get(linked.id) : undefined;
      if (ticket) ticket.linked = ticket.linked.filter((l) => l.id !== conversation.id);
    }
    return { id: conversation.id, object: 'conversation', deleted: true };
  }),
];
