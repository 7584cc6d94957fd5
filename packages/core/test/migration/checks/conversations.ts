import type { ConversationRecord, Store } from '@intercom-kit/emulator';
import { expect } from 'vitest';
import { type Check, contactByEmail, sorted, storeOf } from './context';

const all = (store: Store) => [...store.conversations.values()];
const mine = (store: Store) => all(store).filter((c) => c.admin_assignee_id === Number(store.meAdminId));
/** The conversation the setup started for joe. */
function joesConversation(store: Store): ConversationRecord {
  const joe = contactByEmail(store, 'joe@example.com');
  const found = all(store).find((c) => c.contact_ids.includes(joe.id) && c.source.body === 'My order is late');
  if (!found) throw new Error("the setup's conversation is missing");
  return found;
}
const lastPart = (conversation: ConversationRecord) => conversation.parts.at(-1);

export const conversationChecks: Record<string, Check> = {
  'conversations.for-admin': (result, context) => {
    const expected = mine(storeOf(context)).map((c) => c.id);
    expect(expected.length).toBeGreaterThan(0);
    expect(sorted(result as string[])).toEqual(sorted(expected));
  },
  'conversations.open-for-admin': (result, context) => {
    const open = mine(storeOf(context)).filter((c) => c.open);
    expect(result).toEqual({ total: open.length, states: open.length ? ['open'] : [] });
  },
  'conversations.closed-for-admin': (result, context) => {
    const closed = mine(storeOf(context)).filter((c) => c.state === 'closed');
    expect(closed.length).toBeGreaterThan(0);
    expect(result).toEqual({ total: closed.length, states: ['closed'] });
  },
  'conversations.closed-before': (result, context) => {
    const { before } = result as { before: number };
    const closed = mine(storeOf(context)).filter((c) => c.state === 'closed');
    const expected = closed.filter((c) => c.created_at < before).length;
    // The filter removed some closed conversations and kept others.
    expect(expected).toBeGreaterThan(0);
    expect(expected).toBeLessThan(closed.length);
    expect(result).toEqual({ total: expected, before });
  },
  'conversations.for-user': (result, context) => {
    expect(result).toEqual([joesConversation(storeOf(context)).id]);
  },
  'conversations.unread-false': (result, context) => {
    const store = storeOf(context);
    const joe = contactByEmail(store, 'joe@example.com');
    const reads = all(store)
      .filter((c) => c.contact_ids.includes(joe.id))
      .map((c) => c.read);
    expect(sorted(reads)).toEqual([false, true]);
    expect(result).toEqual([false, true]);
  },
  'conversations.unread': (result, context) => {
    expect(joesConversation(storeOf(context)).read).toBe(true);
    expect(result).toEqual(['A second question']);
  },
  'conversations.find': (result, context) => {
    expect(result).toEqual({ id: joesConversation(storeOf(context)).id, state: 'open' });
  },
  'conversations.parts': (result, context) => {
    const parts = joesConversation(storeOf(context)).parts;
    expect(parts.map((p) => [p.part_type, p.author.type, p.body])).toEqual([
      ['comment', 'admin', 'Looking into it'],
      ['comment', 'user', 'Thanks!'],
    ]);
    expect(result).toEqual({ subject: '', firstPartType: 'comment', secondBody: 'Thanks!' });
  },
  'conversations.reply-user': (result, context) => {
    const store = storeOf(context);
    const part = lastPart(joesConversation(store));
    expect(part).toMatchObject({ body: 'foo', author: { id: contactByEmail(store, 'joe@example.com').id } });
    expect(result).toEqual([['user', 'foo']]);
  },
  'conversations.reply-admin': (result, context) => {
    const store = storeOf(context);
    expect(lastPart(joesConversation(store))).toMatchObject({
      body: 'bar',
      author: { type: 'admin', id: store.meAdminId },
    });
    expect(result).toEqual([['admin', store.meAdminId, 'bar']]);
  },
  'conversations.reply-attachment': (result, context) => {
    const part = lastPart(joesConversation(storeOf(context)));
    expect(part?.attachment_urls).toEqual(['http://www.example.com/attachment.jpg']);
    expect(result).toEqual(['http://www.example.com/attachment.jpg']);
  },
  'conversations.open-close-assign': (result, context) => {
    const store = storeOf(context);
    const conversation = joesConversation(store);
    const { assignee } = result as { assignee: string };
    expect(assignee).not.toBe(store.meAdminId);
    expect(store.admins.has(assignee)).toBe(true);
    expect(conversation.admin_assignee_id).toBe(Number(assignee));
    expect(conversation.parts.map((p) => p.part_type)).toEqual(['close', 'open', 'assignment']);
    expect(result).toEqual({ states: ['closed', 'open', Number(assignee)], assignee });
  },
  'conversations.reply-and-open': (result, context) => {
    const conversation = joesConversation(storeOf(context));
    expect(conversation.state).toBe('open');
    expect(conversation.parts.map((p) => [p.part_type, p.body])).toEqual([
      ['close', null],
      ['comment', 'bar'],
      ['open', null],
    ]);
    expect(result).toEqual({ state: 'open', parts: ['close', 'comment', 'open'] });
  },
  'conversations.reply-and-close': (result, context) => {
    const conversation = joesConversation(storeOf(context));
    expect(conversation.state).toBe('closed');
    expect(lastPart(conversation)).toMatchObject({ part_type: 'close', body: 'bar' });
    expect(result).toEqual({ state: 'closed', partType: 'close', body: 'bar' });
  },
  'conversations.mark-read': (result, context) => {
    expect(joesConversation(storeOf(context)).read).toBe(true);
    expect(result).toBe(true);
  },
  'messages.in-app': (result, context) => {
    const store = storeOf(context);
    const [message] = store.messages.values();
    expect(message).toMatchObject({
      message_type: 'inapp',
      body: "What's up :)",
      from_admin_id: store.meAdminId,
      to: [{ type: 'user', id: contactByEmail(store, 'bob@example.com').id }],
    });
    expect(result).toEqual({ type: 'inapp', body: "What's up :)" });
  },
  'messages.email': (result, context) => {
    const [message] = storeOf(context).messages.values();
    expect(message).toMatchObject({ message_type: 'email', subject: 'Hey there', template: 'plain' });
    expect(result).toEqual({ type: 'email', subject: 'Hey there' });
  },
  'messages.from-user': (result, context) => {
    const store = storeOf(context);
    const bob = contactByEmail(store, 'bob@example.com');
    const started = all(store).filter((c) => c.contact_ids.includes(bob.id));
    expect(started.map((c) => c.source.body)).toEqual(['halp']);
    expect(result).toEqual({ body: 'halp', author: bob.id });
  },
  'messages.to-lead': (result, context) => {
    const store = storeOf(context);
    const [message] = store.messages.values();
    expect(message?.to).toEqual([{ type: 'lead', id: contactByEmail(store, 'some_contact@example.com').id }]);
    expect(result).toBe('How can I help :)');
  },
  'messages.from-lead': (result, context) => {
    const store = storeOf(context);
    const lead = contactByEmail(store, 'some_contact@example.com');
    const started = all(store).filter((c) => c.contact_ids.includes(lead.id));
    expect(started.map((c) => c.source.body)).toEqual(['halp']);
    expect(result).toBe('lead');
  },
};
