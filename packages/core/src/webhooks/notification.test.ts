import { describe, expect, it } from 'vitest';
import { WebhookPayloadError } from './errors';
import { isKnownNotification, parseNotification } from './notification';
import { type WebhookFamily, webhookTopics } from './topics';

const envelope = (topic: string, item: unknown) => ({
  type: 'notification_event',
  app_id: 'a86dr8yl',
  id: 'notif_78c122d0-23ba-11e4-9464-79b01267cc2e',
  topic,
  created_at: 1392731331,
  delivery_attempts: 1,
  first_sent_at: 1392731392,
  delivery_status: 'pending',
  links: {},
  self: null,
  data: { type: 'notification_event_data', item },
});

// One item per family, shaped like the examples on Intercom's webhook models page.
const contact = { type: 'contact', id: '5f2a1b3c4d5e6f7a8b9c0d1e', role: 'user', email: 'alice@example.com' };
const ticket = { type: 'ticket', id: '364', ticket_id: '22', ticket_state: 'submitted' };
const itemOf: Record<WebhookFamily, unknown> = {
  admin: { type: 'admin', id: '1', name: 'John Doe', away_mode_enabled: true },
  article: { type: 'article', id: '6871119', title: 'Getting started' },
  call: { type: 'call', id: '90', conversation_id: '1234' },
  company: { type: 'company', id: '531ee472cce572a6ec000006', name: 'Example Company Inc.', company_id: '6' },
  contact,
  contact_merged: { ...contact, merged_from: { type: 'contact', id: '6a3b2c4d5e6f7a8b9c0d1e2f' } },
  contact_tag: {
    type: 'contact_tag',
    created_at: 1392731331,
    tag: { id: '1287', name: 'independent', type: 'tag' },
    contact,
  },
  content_stat: { type: 'content_stat.series', created_at: '2022-10-11T15:01:07.000Z', content_stat: { id: 1 } },
  conversation: { type: 'conversation', id: '147', state: 'open', conversation_parts: { conversation_parts: [] } },
  conversation_part: { type: 'conversation', id: '147', conversation_parts: { conversation_parts: [] } },
  deleted: { type: 'contact', id: '5f2a1b3c4d5e6f7a8b9c0d1e', external_id: 'user-42' },
  event: { type: 'event', event_name: 'invited-friend', created_at: 1389913941, email: 'pi@example.org' },
  job: { type: 'job', id: 'job_1', status: 'success' },
  legacy_contact: { type: 'user', id: '530370b477ad7120001d', user_id: '25', name: 'Joe Example' },
  object: { type: 'company_contact', company: { id: 'c1' }, contact: { id: 'u1' } },
  ping: { type: 'ping', message: 'something something interzen' },
  subscription: { type: 'subscription', contact: { id: 'u1' } },
  ticket,
  ticket_closed: { type: 'ticket_closed', ticket },
  user_tag: { type: 'user_tag', tag: { id: '1287', name: 'independent' }, user: { type: 'user', id: '530370b477ad' } },
  visitor: { type: 'visitor', id: '8a88a590e', user_id: '3ecf64d0-9ed1-4e9f-88e1-da7d6e6782f3' },
};

describe('parseNotification', () => {
  it('parses every documented topic with an item of its model', () => {
    for (const [topic, family] of Object.entries(webhookTopics)) {
      const parsed = parseNotification(envelope(topic, itemOf[family]));
      expect(parsed.topic, topic).toBe(topic);
      expect(parsed.data.item, topic).toEqual(itemOf[family]);
    }
  });

  it('takes the JSON text as well, and passes every member it does not check through', () => {
    const sent = envelope('conversation.user.replied', { ...(itemOf.conversation as object), custom: { a: 1 } });
    const parsed = parseNotification(JSON.stringify(sent));
    expect(parsed).toEqual(sent);
    expect(parsed).toMatchObject({ delivery_status: 'pending', links: {}, data: { item: { custom: { a: 1 } } } });
  });

  it('accepts the minimal envelope of the signed-notification example (no timestamps, no data.type)', () => {
    const parsed = parseNotification({
      type: 'notification_event',
      id: 'notif_78c122d0',
      topic: 'user.created',
      app_id: 'a86dr8yl',
      data: { item: { type: 'user', id: '530370b477ad7120001d', user_id: '25' } },
    });
    expect(parsed.topic).toBe('user.created');
  });

  it('takes ticket.closed as the ticket itself (API ≤ 2.14) or nested under `ticket` (2.15+)', () => {
    expect(parseNotification(envelope('ticket.closed', ticket)).data.item).toEqual(ticket);
    expect(parseNotification(envelope('ticket.closed', { ticket })).data.item).toEqual({ ticket });
  });

  it('passes an unknown topic through with its item unchecked', () => {
    for (const item of [{ type: 'brand_new', anything: true }, 'text', undefined]) {
      const parsed = parseNotification(envelope('brand_new.topic', item));
      expect(parsed.topic).toBe('brand_new.topic');
      expect(parsed.data.item).toEqual(item);
      expect(isKnownNotification(parsed)).toBe(false);
    }
  });

  it('refuses text that is not JSON', () => {
    expect(() => parseNotification('{"type": notification')).toThrow(WebhookPayloadError);
    expect(() => parseNotification('{"type": notification')).toThrow(/not valid JSON/);
  });

  it.each([
    ['not an object', 42, '(root)'],
    ['another type', { ...envelope('ping', itemOf.ping), type: 'event' }, 'type'],
    ['no id', { ...envelope('ping', itemOf.ping), id: undefined }, 'id'],
    ['an empty topic', envelope('', itemOf.ping), 'topic'],
    ['no app_id', { ...envelope('ping', itemOf.ping), app_id: undefined }, 'app_id'],
    ['a text delivery count', { ...envelope('ping', itemOf.ping), delivery_attempts: '1' }, 'delivery_attempts'],
    ['no data', { ...envelope('ping', itemOf.ping), data: undefined }, 'data'],
  ])('refuses an envelope with %s, naming where', (_, payload, path) => {
    let error: unknown;
    try {
      parseNotification(payload);
    } catch (caught) {
      error = caught;
    }
    expect(error).toBeInstanceOf(WebhookPayloadError);
    const issues = (error as WebhookPayloadError).issues;
    expect(issues.map((issue) => issue.path || '(root)')).toContain(path);
    expect((error as Error).message).toMatch(/^Not the notification_event envelope: /);
  });

  it('refuses a known topic whose item is not its model, naming the member', () => {
    const cases: [string, unknown, string][] = [
      ['conversation.admin.closed', { type: 'conversation' }, 'data.item.id'],
      ['conversation.admin.closed', { ...(itemOf.contact as object) }, 'data.item.type'],
      ['contact.user.tag.created', { type: 'contact_tag', tag: { id: '1' }, contact: {} }, 'data.item.contact.id'],
      ['visitor.signed_up', { type: 'visitor', id: 'v1' }, 'data.item.user_id'],
      ['ping', 'pong', 'data.item'],
    ];
    for (const [topic, item, path] of cases) {
      let error: unknown;
      try {
        parseNotification(envelope(topic, item));
      } catch (caught) {
        error = caught;
      }
      expect(error, topic).toBeInstanceOf(WebhookPayloadError);
      expect((error as WebhookPayloadError).issues.map((issue) => issue.path)).toContain(path);
      expect((error as Error).message).toContain(`Not a ${topic} notification`);
    }
  });

  it('isKnownNotification tells the documented topics from new ones', () => {
    expect(isKnownNotification(parseNotification(envelope('conversation.user.created', itemOf.conversation)))).toBe(
      true,
    );
    expect(isKnownNotification({ topic: 'conversation.user.created.v2' })).toBe(false);
    expect(isKnownNotification({ topic: 'toString' })).toBe(false);
  });
});
