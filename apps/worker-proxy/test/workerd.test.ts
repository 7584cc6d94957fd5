import { request as httpRequest } from 'node:http';
import { createEmulator } from '@intercom-kit/emulator';
import { type ServedEmulator, serveEmulator } from '@intercom-kit/emulator/node';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { bundleWorker, type RunningWorkerd, startWorkerd, workerdAvailable } from './workerd-harness';

// The Worker in workerd, in front of the emulator served on loopback. Two services share the
// budget of one Durable Object namespace, so the shared limit is checked across isolates.

const TOKEN = 'intercom-token-in-workerd-0123456789';
const SECRET = 'proxy-secret-in-workerd-0123456789';
const ORIGIN = 'https://dash.example.com';
const available = workerdAvailable();
const required = process.env.REQUIRE_RUNTIMES === '1';

if (!available.ok && !required) console.warn(`Skipping the workerd tests: ${available.reason}`);

describe.skipIf(!available.ok && !required)('the Worker in workerd', () => {
  let emulator: ServedEmulator;
  let workerd: RunningWorkerd;
  let upstreamHits = 0;

  beforeAll(async () => {
    if (!available.ok) throw new Error(`REQUIRE_RUNTIMES=1 but ${available.reason}`);
    const inner = createEmulator({ conversations: 20, tokens: [TOKEN], rateLimit: false });
    emulator = await serveEmulator({
      ...inner,
      fetch: (input, init) => {
        upstreamHits++;
        return inner.fetch(input, init);
      },
    });
    const common = { INTERCOM_TOKEN: TOKEN, PROXY_SECRET: SECRET, INTERCOM_BASE_URL: emulator.url, LOG_LEVEL: 'debug' };
    workerd = await startWorkerd(await bundleWorker(), [
      {
        name: 'proxy-a',
        vars: {
          ...common,
          ALLOWED_ORIGINS: ORIGIN,
          ALLOWED_OPERATIONS: 'readOnly, tags.create',
          RATE_LIMIT_REQUESTS: '1000',
        },
      },
      { name: 'proxy-b', vars: { ...common, RATE_LIMIT_REQUESTS: '1000' }, budgetFrom: 'proxy-a' },
      { name: 'budget-a', vars: { ...common, RATE_LIMIT_REQUESTS: '5', RATE_LIMIT_WINDOW_SECONDS: '60' } },
      {
        name: 'budget-b',
        vars: { ...common, RATE_LIMIT_REQUESTS: '5', RATE_LIMIT_WINDOW_SECONDS: '60' },
        budgetFrom: 'budget-a',
      },
    ]);
  });

  afterAll(async () => {
    await workerd?.stop();
    await emulator?.close();
    expect(workerd?.output() ?? '').not.toContain(TOKEN);
  });

  const call = async (service: string, path: string, init: RequestInit = {}) => {
    const headers = new Headers(init.headers);
    if (!headers.has('authorization')) headers.set('authorization', `Bearer ${SECRET}`);
    const response = await fetch(`${workerd.urls[service]}${path}`, { ...init, headers });
    const body = await response.text();
    expect(body).not.toContain(TOKEN);
    expect([...response.headers].join('\n')).not.toContain(TOKEN);
    return {
      status: response.status,
      headers: response.headers,
      json: body ? (JSON.parse(body) as Record<string, unknown>) : undefined,
    };
  };
  const errorCode = (json: Record<string, unknown> | undefined) =>
    (json?.errors as { code: string }[] | undefined)?.[0]?.code;

  it('forwards an allowed read with the token, returning rate-limit headers and the request id', async () => {
    const before = upstreamHits;
    const { status, json, headers } = await call('proxy-a', '/admins');
    expect(status).toBe(200);
    expect(json?.type).toBe('admin.list');
    expect(headers.get('x-request-id')).toMatch(/^[0-9a-f-]{36}$/);
    expect(headers.get('cache-control')).toBe('no-store');
    expect(upstreamHits).toBe(before + 1);
  });

  it('validates search bodies with search-dsl before forwarding', async () => {
    const before = upstreamHits;
    const search = (query: unknown) =>
      call('proxy-b', '/conversations/search', {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body: JSON.stringify({ query }),
      });
    const found = await search({ field: 'open', operator: '=', value: true });
    expect(found.status).toBe(200);
    expect(found.json?.type).toBe('conversation.list');
    const refused = await search({ field: 'no_such_field', operator: '=', value: 1 });
    expect(refused.status).toBe(400);
    expect(refused.json).toMatchObject({
      type: 'error.list',
      errors: [{ code: 'parameter_invalid', field: 'query.field' }],
    });
    expect(upstreamHits).toBe(before + 1);
  });

  it('allows the writes named in ALLOWED_OPERATIONS and only those', async () => {
    const before = upstreamHits;
    const created = await call('proxy-a', '/tags', {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: '{"name":"from-workerd"}',
    });
    expect(created.status).toBe(200);
    const refused = await call('proxy-b', '/tags', {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: '{"name":"x"}',
    });
    expect(refused.status).toBe(403);
    expect(upstreamHits).toBe(before + 1);
  });

  it('refuses missing credentials, wrong origins and hostile paths without calling upstream', async () => {
    const before = upstreamHits;
    expect(
      (await call('proxy-a', '/admins', { headers: { authorization: 'Bearer wrong-secret-0123456789' } })).status,
    ).toBe(401);
    expect((await call('proxy-a', '/admins', { headers: { origin: 'https://evil.example' } })).status).toBe(403);
    expect((await call('proxy-a', '/contacts/%2e%2e%2fadmins')).status).toBe(400);
    expect((await call('proxy-a', '/contacts/a%2fb')).status).toBe(400);
    expect((await call('proxy-a', '/no/such/endpoint')).status).toBe(404);
    const big = await call('proxy-a', '/conversations/search', {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: `{"pad":"${'x'.repeat(1_100_000)}"}`,
    });
    expect(big.status).toBe(413);
    expect(upstreamHits).toBe(before);
  });

  it('answers CORS preflights for allowed origins and operations', async () => {
    const preflight = await fetch(`${workerd.urls['proxy-a']}/conversations/search`, {
      method: 'OPTIONS',
      headers: {
        origin: ORIGIN,
        'access-control-request-method': 'POST',
        'access-control-request-headers': 'authorization, content-type',
      },
    });
    expect(preflight.status).toBe(204);
    expect(preflight.headers.get('access-control-allow-origin')).toBe(ORIGIN);
    const read = await call('proxy-a', '/me', { headers: { origin: ORIGIN } });
    expect(read.headers.get('access-control-allow-origin')).toBe(ORIGIN);
    expect(read.headers.get('access-control-expose-headers')).toMatch(/X-RateLimit-Remaining/);
  });

  it('treats dot segments the runtime resolved like any other path', async () => {
    // workerd resolves `..` before the Worker sees the URL; the result is matched like any path.
    const status = await new Promise<number>((resolve, reject) => {
      const url = new URL(workerd.urls['proxy-a']!);
      const req = httpRequest(
        {
          host: url.hostname,
          port: url.port,
          path: '/contacts/../no/such',
          headers: { authorization: `Bearer ${SECRET}` },
        },
        (res) => {
          res.resume();
          resolve(res.statusCode ?? 0);
        },
      );
      req.on('error', reject);
      req.end();
    });
    expect(status).toBe(404);
  });

  it('keeps one request budget across isolates through the Durable Object', async () => {
    const before = upstreamHits;
    const statuses: number[] = [];
    let retryAfter: string | null = null;
    for (let index = 0; index < 8; index++) {
      const { status, headers, json } = await call(index % 2 === 0 ? 'budget-a' : 'budget-b', '/me');
      statuses.push(status);
      if (status === 429) {
        retryAfter = headers.get('retry-after');
        expect(errorCode(json)).toBe('rate_limit_exceeded');
      }
    }
    expect(statuses).toEqual([200, 200, 200, 200, 200, 429, 429, 429]);
    expect(Number(retryAfter)).toBeGreaterThan(0);
    expect(Number(retryAfter)).toBeLessThanOrEqual(60);
    expect(upstreamHits).toBe(before + 5);
  });

  it('logs through console without the token', () => {
    expect(workerd.output()).toMatch(/intercom proxy: GET \/admins \(admins\.list\) → 200/);
    expect(workerd.output()).not.toContain(TOKEN);
  });
});
