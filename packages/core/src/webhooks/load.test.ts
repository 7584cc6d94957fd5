import { createEmulator } from '@intercom-kit/emulator';
import { beforeAll, describe, expect, it } from 'vitest';
import { IntercomClient } from '../client';
import { WebhookLoadError } from './errors';
import { withLoad } from './load';
import { parseNotification, type WebhookNotification } from './notification';

const emulator = createEmulator({ seed: 3, conversations: 40, rateLimit: false });
const requests: string[] = [];
const client = new IntercomClient({
  token: 'test',
  baseUrl: 'https://api.intercom.io',
  fetch: (input, init) => {
    const request = new Request(input, init);
    requests.push(`${request.method} ${new URL(request.url).pathname}${new URL(request.url).search}`);
    return emulator.fetch(request);
  },
});

const notification = (topic: string, item: unknown): WebhookNotification =>
  parseNotification({ type: 'notification_event', id: 'notif_1', app_id: 'app', topic, data: { item } });

/** Loads the item through `load()`, and says which request it made. */
async function load(topic: string, item: unknown): Promise<{ loaded: unknown; request: string | undefined }> {
  const loadable = withLoad(notification(topic, item), client) as { load?: () => Promise<unknown> };
  if (!loadable.load) throw new Error(`no load() on ${topic}`);
  requests.length = 0;
  const loaded = await loadable.load();
  return { loaded, request: requests[0] };
}

let conversationId = '';
let contact: { id: string; type: string };
let companyId = '';
let ticketId = '';

beforeAll(async () => {
  conversationId = (await client.conversations.list()).data[0]?.id as string;
  const first = (await client.contacts.list()).data[0] as { id: string; type: string };
  contact = { id: first.id, type: 'contact' };
  companyId = (await client.companies.list()).data[0]?.id as string;
  ticketId = (await client.tickets.search({ query: { field: 'open', operator: '=', value: true } })).data[0]
    ?.id as string;
});

describe('load()', () => {
  it('fetches the conversation of conversation topics, as client.conversations.find does', async () => {
    const { loaded, request } = await load('conversation.admin.replied', { type: 'conversation', id: conversationId });
    expect(request).toBe(`GET /conversations/${conversationId}`);
    expect(loaded).toEqual(await client.conversations.find({ conversation_id: Number(conversationId) }));
    expect(loaded).toHaveProperty('conversation_parts');
  });

  it('fetches the contact of contact, contact-tag, merged and 1.x user topics', async () => {
    const expected = await client.contacts.find({ contact_id: contact.id });
    const tag = { id: '1', name: 'vip' };
    const cases: [string, unknown][] = [
      ['contact.user.created', contact],
      ['contact.merged', { ...contact, merged_from: { type: 'contact', id: 'gone' } }],
      ['contact.user.tag.created', { type: 'contact_tag', tag, contact }],
      ['user.tag.created', { type: 'user_tag', tag, user: { type: 'user', id: contact.id } }],
      ['user.created', { type: 'user', id: contact.id, user_id: '25' }],
    ];
    for (const [topic, item] of cases) {
      const { loaded, request } = await load(topic, item);
      expect(request, topic).toBe(`GET /contacts/${contact.id}`);
      expect(loaded, topic).toEqual(expected);
    }
  });

  it('fetches the company and the ticket (also when ticket.closed nests it)', async () => {
    expect((await load('company.updated', { type: 'company', id: companyId })).loaded).toEqual(
      await client.companies.find({ company_id: companyId }),
    );
    const ticket = await client.tickets.get({ ticket_id: ticketId });
    expect((await load('ticket.created', { type: 'ticket', id: ticketId })).loaded).toEqual(ticket);
    expect((await load('ticket.closed', { ticket: { type: 'ticket', id: ticketId } })).loaded).toEqual(ticket);
  });

  it('fetches the admin and the job', async () => {
    const meId = (await client.admins.identify())?.id as string;
    expect((await load('admin.away_mode_updated', { type: 'admin', id: meId })).request).toBe(`GET /admins/${meId}`);
    const job = await client.tickets.enqueueCreateTicket({
      ticket_type_id: (await client.ticketTypes.list()).data?.[0]?.id as string,
      contacts: [{ id: contact.id }],
      ticket_attributes: { _default_title_: 'Printer on fire', _default_description_: 'Since Monday' },
    });
    const { loaded, request } = await load('job.completed', { type: 'job', id: job.id });
    expect(request).toBe(`GET /jobs/status/${job.id}`);
    expect(loaded).toMatchObject({ id: job.id });
  });

  it('asks for visitors, articles and calls at their endpoints (which the emulator does not serve)', async () => {
    const cases: [string, unknown, string][] = [
      ['visitor.signed_up', { type: 'visitor', id: 'v1', user_id: 'u-1' }, 'GET /visitors?user_id=u-1'],
      ['article.published', { type: 'article', id: '77' }, 'GET /articles/77'],
      ['call.ended', { type: 'call', id: '90' }, 'GET /calls/90'],
    ];
    for (const [topic, item, expected] of cases) {
      requests.length = 0;
      const loadable = withLoad(notification(topic, item), client) as { load: () => Promise<unknown> };
      await expect(loadable.load(), topic).rejects.toMatchObject({ statusCode: 404 });
      expect(requests[0], topic).toBe(expected);
    }
  });

  it('loads the conversation of conversation_part topics, and says why a bare part cannot be loaded', async () => {
    expect((await load('conversation_part.tag.created', { type: 'conversation', id: conversationId })).request).toBe(
      `GET /conversations/${conversationId}`,
    );
    const part = withLoad(notification('conversation_part.redacted', { type: 'conversation_part', id: '9' }), client);
    await expect((part as { load: () => Promise<unknown> }).load()).rejects.toThrow(WebhookLoadError);
  });

  it('passes request options through', async () => {
    const loadable = withLoad(notification('conversation.read', { type: 'conversation', id: conversationId }), client);
    const aborted = AbortSignal.abort(new Error('stop'));
    await expect(
      (loadable as { load: (o: object) => Promise<unknown> }).load({ abortSignal: aborted }),
    ).rejects.toThrow('stop');
  });

  it('adds no load() where nothing can be fetched, and never changes what the notification serialises to', () => {
    const cases: [string, unknown][] = [
      ['ping', { type: 'ping', message: 'hi' }],
      ['event.created', { type: 'event', event_name: 'x' }],
      ['contact.deleted', { type: 'contact', id: contact.id }],
      ['granular.unsubscribe', { type: 'subscription' }],
      ['brand_new.topic', { type: 'conversation', id: conversationId }],
    ];
    for (const [topic, item] of cases)
      expect(withLoad(notification(topic, item), client), topic).not.toHaveProperty('load');
    const loadable = notification('conversation.user.created', { type: 'conversation', id: conversationId });
    const withMethod = withLoad(loadable, client);
    expect(withMethod).toHaveProperty('load');
    expect(JSON.stringify(withMethod)).toBe(JSON.stringify(loadable));
  });
});
