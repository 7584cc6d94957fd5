import { describe, expectTypeOf, it } from 'vitest';
import type { IntercomClient } from '../client';
import type { Contact, Conversation, Ticket } from '../operations/models.gen';
import type { ContactsFindResponse } from '../operations/responses.gen';
import {
  createWebhookHandler,
  isKnownNotification,
  type LoadableWebhookNotification,
  parseNotification,
  verifyWebhookSignature,
  type WebhookItem,
  type WebhookNotification,
  type WebhookTopic,
  withLoad,
} from './index';

declare const client: IntercomClient;

describe('webhook types', () => {
  it('types data.item by topic once the topic is known', () => {
    const notification = parseNotification('{}');
    expectTypeOf(notification).toEqualTypeOf<WebhookNotification>();
    if (isKnownNotification(notification)) {
      if (notification.topic === 'conversation.user.replied') {
        expectTypeOf(notification.data.item).toExtend<Conversation>();
        expectTypeOf(notification.data.item.id).toEqualTypeOf<string>();
        expectTypeOf(notification.data.item.type).toEqualTypeOf<'conversation'>();
      }
      if (notification.topic === 'contact.user.tag.created') {
        expectTypeOf(notification.data.item.contact).toExtend<Contact>();
        expectTypeOf(notification.data.item.tag.id).toEqualTypeOf<string>();
      }
    } else {
      expectTypeOf(notification.data.item).toBeUnknown();
      expectTypeOf(notification.topic).toEqualTypeOf<string>();
    }
  });

  it('knows the documented topics only', () => {
    expectTypeOf<'conversation.admin.closed'>().toExtend<WebhookTopic>();
    expectTypeOf<'ticket.state.updated'>().toExtend<WebhookTopic>();
    expectTypeOf<'conversation.admin.teleported'>().not.toExtend<WebhookTopic>();
    expectTypeOf<WebhookItem<'ticket.closed'>>().toExtend<Ticket | { ticket: Ticket }>();
  });

  it('offers load() only where a model can be fetched, typed by topic', () => {
    const loadable = withLoad(parseNotification('{}'), client);
    expectTypeOf(loadable).toEqualTypeOf<LoadableWebhookNotification>();
    if (isKnownNotification(loadable)) {
      if (loadable.topic === 'conversation.admin.assigned') {
        expectTypeOf(loadable.load).returns.resolves.toEqualTypeOf<Conversation>();
      }
      if (loadable.topic === 'contact.lead.created') {
        expectTypeOf(loadable.load).returns.resolves.toEqualTypeOf<ContactsFindResponse>();
      }
      if (loadable.topic === 'ping') {
        expectTypeOf(loadable).not.toHaveProperty('load');
      }
    }
  });

  it('gives the handler callback load() only when a client is passed', () => {
    createWebhookHandler({
      clientSecret: 's',
      client,
      onNotification: (notification) => {
        expectTypeOf(notification).toEqualTypeOf<LoadableWebhookNotification>();
      },
    });
    createWebhookHandler({
      clientSecret: 's',
      onNotification: (notification) => {
        expectTypeOf(notification).toEqualTypeOf<WebhookNotification>();
      },
    });
  });

  it('takes the raw body, not the parsed JSON', () => {
    expectTypeOf(verifyWebhookSignature).toBeCallableWith('{}', 'sha1=…', 's');
    expectTypeOf(verifyWebhookSignature).toBeCallableWith(new Uint8Array(), null, 's');
    // @ts-expect-error a parsed object is not the raw body
    verifyWebhookSignature({ type: 'notification_event' }, 'sha1=…', 's');
  });
});
