import { ForbiddenError, InternalServerError, UnauthorizedError } from '@intercom-kit/core';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { createBackend } from './backend';
import { createDemoHandler, isDemoPath } from './demo-handler';
import { demoStack } from './test-support';

const openQuery = { field: 'state', operator: '=', value: 'open' } as const;

describe('isDemoPath', () => {
  it('claims /api and /__demo and leaves everything else to the app', () => {
    expect(isDemoPath('/api')).toBe(true);
    expect(isDemoPath('/api/conversations/search')).toBe(true);
    expect(isDemoPath('/__demo/info')).toBe(true);
    expect(isDemoPath('/apiary')).toBe(false);
    expect(isDemoPath('/src/main.tsx')).toBe(false);
    expect(isDemoPath('/')).toBe(false);
  });
});

describe('the demo handler on the emulator', () => {
  it('serves the seeded workspace through the proxy to a client with no token', async () => {
    const { client } = demoStack();
    const page = await client.conversations.search({ query: openQuery, pagination: { per_page: 5 } });
    expect(page.data).toHaveLength(5);
    expect(page.data.every((c) => c.state === 'open')).toBe(true);
    expect((await client.admins.identify())?.id).toBeTruthy();
  });

  it('lets the writes the screens make through', async () => {
    const { client, backend } = demoStack();
    const me = await client.admins.identify();
    const [conversation] = (await client.conversations.search({ query: openQuery })).data;
    const id = conversation?.id ?? '';
    await client.conversations.reply({
      conversation_id: id,
      body: { message_type: 'comment', type: 'admin', admin_id: String(me?.id), body: '<p>On it</p>' },
    });
    const closed = await client.conversations.manage({
      conversation_id: id,
      body: { message_type: 'close', type: 'admin', admin_id: String(me?.id) },
    });
    expect(closed.state).toBe('closed');
    expect(backend.emulator?.store.conversations.get(id)?.state).toBe('closed');
  });

  it('refuses writes the screens do not make', async () => {
    const { client } = demoStack();
    const [contact] = (await client.contacts.list({ per_page: 1 })).data;
    await expect(client.contacts.delete({ contact_id: contact?.id ?? '' })).rejects.toBeInstanceOf(ForbiddenError);
  });

  it('answers only on loopback host names', async () => {
    const { handler } = demoStack();
    const rebound = await handler(new Request('http://attacker.example:5173/api/admins'));
    expect(rebound.status).toBe(403);
    expect(await rebound.json()).toEqual({ error: "The demo answers only on localhost, not on 'attacker.example'." });
    expect((await handler(new Request('http://127.0.0.1:5173/api/admins'))).status).toBe(200);
  });

  it('describes itself at /__demo/info', async () => {
    const { handler } = demoStack();
    const info = await handler(new Request('http://localhost/__demo/info'));
    expect(await info.json()).toEqual({ upstream: 'emulator', seed: 1, faults: true, armed: null });
  });

  it('fails the next search and each client retry of it once a network drop is armed, then recovers', async () => {
    const { client, handler, sent } = demoStack();
    const arm = await handler(
      new Request('http://localhost/__demo/faults', { method: 'POST', body: JSON.stringify({ fault: 'network' }) }),
    );
    expect(await arm.json()).toEqual({ armed: 'network' });
    await client.admins.list(); // not a list or search request: unaffected
    const failed = await client.conversations.search({ query: openQuery }).catch((error: unknown) => error);
    expect(failed).toBeInstanceOf(InternalServerError);
    expect((failed as InternalServerError).statusCode).toBe(502); // the proxy could not reach the upstream
    expect(sent.filter((r) => r.path === '/api/conversations/search')).toHaveLength(3);
    await expect(client.conversations.search({ query: openQuery })).resolves.toBeDefined();
  });

  it('answers 401 once for a simulated authentication failure', async () => {
    const { client, handler } = demoStack();
    await handler(
      new Request('http://localhost/__demo/faults', { method: 'POST', body: JSON.stringify({ fault: 'auth' }) }),
    );
    await expect(client.conversations.list()).rejects.toBeInstanceOf(UnauthorizedError);
    await expect(client.conversations.list()).resolves.toBeDefined();
  });

  it('refuses unknown faults and requests from other origins', async () => {
    const { handler } = demoStack();
    const unknown = await handler(
      new Request('http://localhost/__demo/faults', { method: 'POST', body: JSON.stringify({ fault: 'boom' }) }),
    );
    expect(unknown.status).toBe(400);
    expect((await unknown.json()).error).toMatch(/one of rate-limit, auth, network, server/);
    const crossSite = await handler(
      new Request('http://localhost/__demo/faults', {
        method: 'POST',
        headers: { origin: 'https://elsewhere.example' },
        body: JSON.stringify({ fault: 'auth' }),
      }),
    );
    expect(crossSite.status).toBe(403);
  });
});

describe('the demo handler on a live workspace', () => {
  afterEach(() => vi.unstubAllGlobals());

  it("forwards to the region's host with the token, and has no fault controls", async () => {
    const upstream = vi.fn(
      async (_input: string, _init: RequestInit) =>
        new Response(JSON.stringify({ type: 'admin.list', admins: [] }), {
          headers: { 'content-type': 'application/json' },
        }),
    );
    vi.stubGlobal('fetch', upstream);
    const handler = createDemoHandler(createBackend({ kind: 'live', region: 'eu', token: 'secret-token' }));
    const response = await handler(new Request('http://localhost/api/admins'));
    expect(response.status).toBe(200);
    const [url, init] = upstream.mock.calls[0] ?? [];
    expect(String(url)).toBe('https://api.eu.intercom.io/admins');
    expect(new Headers(init?.headers).get('authorization')).toBe('Bearer secret-token');
    const faults = await handler(new Request('http://localhost/__demo/faults', { method: 'POST', body: '{}' }));
    expect(faults.status).toBe(404);
    const info = await handler(new Request('http://localhost/__demo/info'));
    expect(await info.json()).toEqual({ upstream: 'live', region: 'eu', faults: false, armed: null });
  });
});
