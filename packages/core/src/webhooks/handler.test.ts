import { createHmac } from 'node:crypto';
import { createEmulator } from '@intercom-kit/emulator';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { IntercomClient } from '../client';
import { IntercomInputError } from '../errors/client-errors';
import { createWebhookHandler } from './handler';
import type { LoadableWebhookNotification, WebhookNotification } from './index';

const secret = 'client-secret-123';
const sign = (body: string | Uint8Array) => `sha1=${createHmac('sha1', secret).update(body).digest('hex')}`;

const payload = (topic: string, item: unknown) =>
  JSON.stringify({ type: 'notification_event', id: 'notif_1', app_id: 'app', topic, data: { item } });
const closed = payload('conversation.admin.closed', { type: 'conversation', id: '147', state: 'closed' });

function post(body: BodyInit, headers: Record<string, string> = {}): Request {
  return new Request('https://hooks.example/intercom', {
    method: 'POST',
    body,
    headers,
    duplex: 'half',
  } as RequestInit);
}

async function errorOf(response: Response): Promise<{ code: string; message: string }> {
  return ((await response.json()) as { error: { code: string; message: string } }).error;
}

afterEach(() => vi.restoreAllMocks());

describe('createWebhookHandler', () => {
  it('verifies, parses, calls onNotification once and answers 200', async () => {
    const received: [WebhookNotification, Request][] = [];
    const handle = createWebhookHandler({ clientSecret: secret, onNotification: (n, r) => void received.push([n, r]) });
    const request = post(closed, { 'X-Hub-Signature': sign(closed) });
    const response = await handle(request);
    expect(response.status).toBe(200);
    expect(received).toHaveLength(1);
    expect(received[0]?.[0]).toEqual(JSON.parse(closed));
    expect(received[0]?.[1]).toBe(request);
    expect(request.bodyUsed).toBe(true);
  });

  it('waits for an async onNotification before answering', async () => {
    const order: string[] = [];
    const handle = createWebhookHandler({
      clientSecret: secret,
      onNotification: async () => {
        await new Promise((resolve) => setTimeout(resolve, 5));
        order.push('callback done');
      },
    });
    const response = await handle(post(closed, { 'X-Hub-Signature': sign(closed) }));
    order.push(`answered ${response.status}`);
    expect(order).toEqual(['callback done', 'answered 200']);
  });

  it('answers 401 to a missing or wrong signature without parsing the body', async () => {
    const onNotification = vi.fn();
    const handle = createWebhookHandler({ clientSecret: secret, onNotification });
    const parse = vi.spyOn(JSON, 'parse');
    const notJson = '{ this is not json';
    for (const request of [
      post(closed),
      post(closed, { 'X-Hub-Signature': sign(`${closed} `) }),
      post(closed, { 'X-Hub-Signature': 'sha1=nothex' }),
      post(notJson, { 'X-Hub-Signature': sign(closed) }),
    ]) {
      const response = await handle(request);
      expect(response.status).toBe(401);
      expect(await errorOf(response)).toEqual({
        code: 'invalid_signature',
        message: 'Missing or invalid X-Hub-Signature header.',
      });
    }
    expect(parse.mock.calls.filter(([text]) => text === closed || text === notJson)).toEqual([]);
    expect(onNotification).not.toHaveBeenCalled();
  });

  it('answers 400 to a signed body that is not a notification, saying why', async () => {
    const onNotification = vi.fn();
    const handle = createWebhookHandler({ clientSecret: secret, onNotification });
    const cases: [BodyInit, string | Uint8Array, RegExp][] = [
      ['{ nope', '{ nope', /not valid JSON/],
      ['{"type":"event"}', '{"type":"event"}', /Not the notification_event envelope: type: /],
      [
        payload('conversation.admin.closed', { type: 'conversation' }),
        payload('conversation.admin.closed', { type: 'conversation' }),
        /Not a conversation.admin.closed notification: data.item.id: /,
      ],
      [new Uint8Array([0x7b, 0xff, 0x7d]), new Uint8Array([0x7b, 0xff, 0x7d]), /not UTF-8/],
    ];
    for (const [body, signed, message] of cases) {
      const response = await handle(post(body, { 'X-Hub-Signature': sign(signed) }));
      expect(response.status).toBe(400);
      const error = await errorOf(response);
      expect(error.code).toBe('invalid_notification');
      expect(error.message).toMatch(message);
    }
    expect(onNotification).not.toHaveBeenCalled();
  });

  it('delivers notifications on unknown topics', async () => {
    const onNotification = vi.fn();
    const body = payload('future.topic', { anything: 1 });
    const handle = createWebhookHandler({ clientSecret: secret, onNotification });
    expect((await handle(post(body, { 'X-Hub-Signature': sign(body) }))).status).toBe(200);
    expect(onNotification.mock.calls[0]?.[0]).toMatchObject({ topic: 'future.topic', data: { item: { anything: 1 } } });
  });

  it('answers 405 to anything but POST', async () => {
    const handle = createWebhookHandler({ clientSecret: secret, onNotification: vi.fn() });
    const response = await handle(new Request('https://hooks.example/intercom'));
    expect(response.status).toBe(405);
    expect(response.headers.get('allow')).toBe('POST');
  });

  it('refuses a body over maxBodyBytes with 413, from Content-Length or while reading, without reading it all', async () => {
    const handle = createWebhookHandler({ clientSecret: secret, onNotification: vi.fn(), maxBodyBytes: 100 });
    expect((await handle(post('x'.repeat(50), { 'Content-Length': '101' }))).status).toBe(413);

    let pulled = 0;
    let cancelled = false;
    const endless = new ReadableStream<Uint8Array>({
      pull(controller) {
        pulled++;
        controller.enqueue(new Uint8Array(40));
      },
      cancel() {
        cancelled = true;
      },
    });
    const response = await handle(post(endless));
    expect(response.status).toBe(413);
    expect(await errorOf(response)).toMatchObject({ code: 'body_too_large' });
    expect(cancelled).toBe(true);
    expect(pulled).toBeLessThan(10);
  });

  it('lets an error thrown by onNotification reach the caller, so the delivery fails and is retried', async () => {
    const failure = new Error('database down');
    const handle = createWebhookHandler({
      clientSecret: secret,
      onNotification: () => {
        throw failure;
      },
    });
    await expect(handle(post(closed, { 'X-Hub-Signature': sign(closed) }))).rejects.toBe(failure);
  });

  it('gives notifications load() when a client is passed', async () => {
    const emulator = createEmulator({ seed: 5, conversations: 5, rateLimit: false });
    const client = new IntercomClient({ token: 'test', fetch: emulator.fetch, baseUrl: 'https://api.intercom.io' });
    const conversation = (await client.conversations.list()).data[0];
    const body = payload('conversation.user.replied', { type: 'conversation', id: conversation?.id });
    let loaded: unknown;
    const handle = createWebhookHandler({
      clientSecret: secret,
      client,
      onNotification: async (notification: LoadableWebhookNotification) => {
        if ('load' in notification) loaded = await notification.load();
      },
    });
    expect((await handle(post(body, { 'X-Hub-Signature': sign(body) }))).status).toBe(200);
    expect(loaded).toMatchObject({ type: 'conversation', id: conversation?.id, conversation_parts: {} });
  });

  it('refuses bad options when it is created', () => {
    const onNotification = vi.fn();
    const cases: [unknown, RegExp][] = [
      [{ clientSecret: '', onNotification }, /client secret must be a non-empty string/],
      [{ clientSecret: secret }, /onNotification must be a function/],
      [{ clientSecret: secret, onNotification, maxBodyBytes: 0 }, /maxBodyBytes must be a positive integer/],
      [{ clientSecret: secret, onNotification, secret: 'x' }, /unknown option\(s\) secret/],
      [{ clientSecret: secret, onNotification, client: 'token' }, /client must be an IntercomClient/],
    ];
    for (const [options, message] of cases) {
      expect(() => createWebhookHandler(options as never)).toThrow(IntercomInputError);
      expect(() => createWebhookHandler(options as never)).toThrow(message);
    }
  });
});
