import { createEmulator } from '@intercom-kit/emulator';
import { describe, expect, it } from 'vitest';
import { IntercomClient } from '../client';
import { NotFoundError } from '../errors/status-errors';
import { bearerSecret } from './auth/bearer';
import { createIntercomProxy } from './handler';
import type { IntercomProxyOptions } from './options';
import { capturingLogger, errorOf, PROXY_SECRET, recordingUpstream, TOKEN } from './testing';

const emulator = createEmulator({ conversations: 30, tokens: [TOKEN], rateLimit: { limit: 1000, windowMs: 10_000 } });
const auth = { authorization: `Bearer ${PROXY_SECRET}` };

function setup(
  options: Partial<IntercomProxyOptions> = {},
  answer: (request: Request) => Response | Promise<Response> = (request) => emulator.fetch(request),
) {
  const upstream = recordingUpstream(answer);
  const proxy = createIntercomProxy({
    token: TOKEN,
    baseUrl: 'https://api.intercom.io',
    authorize: bearerSecret(PROXY_SECRET),
    fetch: upstream.fetch,
    ...options,
  });
  return { proxy, calls: upstream.calls };
}

const get = (path: string, headers: Record<string, string> = auth) =>
  new Request(`https://proxy.test${path}`, { headers });
const post = (path: string, body: unknown, headers: Record<string, string> = auth) =>
  new Request(`https://proxy.test${path}`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', ...headers },
    body: JSON.stringify(body),
  });

describe('forwarding', () => {
  it('adds the token, keeps the query string and returns status, body, rate-limit headers and request id', async () => {
    const { proxy, calls } = setup();
    const response = await proxy(
      get('/admins?display_avatar=true', { ...auth, 'intercom-version': '2.14', accept: 'application/json' }),
    );
    expect(response.status).toBe(200);
    expect(((await response.json()) as { type: string }).type).toBe('admin.list');
    expect(calls).toHaveLength(1);
    expect(calls[0]!.url).toBe('https://api.intercom.io/admins?display_avatar=true');
    expect(calls[0]!.headers.get('authorization')).toBe(`Bearer ${TOKEN}`);
    expect(calls[0]!.headers.get('intercom-version')).toBe('2.14');
    for (const name of ['x-ratelimit-limit', 'x-ratelimit-remaining', 'x-ratelimit-reset', 'x-request-id']) {
      expect(response.headers.get(name), name).not.toBeNull();
    }
    expect(response.headers.get('cache-control')).toBe('no-store');
  });

  it('forwards only allowlisted request headers: never the caller’s Authorization, Cookie or forwarding headers', async () => {
    const { proxy, calls } = setup();
    await proxy(
      get('/me', {
        ...auth,
        cookie: 'session=abc',
        'x-forwarded-host': 'evil.example',
        'x-forwarded-for': '10.0.0.1',
        'accept-language': 'fr',
        'x-custom': 'nope',
      }),
    );
    expect([...calls[0]!.headers.keys()].sort()).toEqual(['accept-language', 'authorization']);
    expect(calls[0]!.headers.get('authorization')).toBe(`Bearer ${TOKEN}`);
  });

  it('drops an allowlisted header the caller nominates as hop-by-hop in Connection', async () => {
    const { proxy, calls } = setup();
    await proxy(get('/me', { ...auth, connection: 'intercom-version', 'intercom-version': '2.14' }));
    expect(calls[0]!.headers.has('intercom-version')).toBe(false);
  });

  it('returns only allowlisted response headers, never Set-Cookie', async () => {
    const { proxy } = setup({}, () =>
      Response.json(
        { type: 'admin' },
        {
          headers: {
            'set-cookie': 'upstream=1; HttpOnly',
            'x-request-id': 'req-9',
            'retry-after': '3',
            server: 'nginx',
            'access-control-allow-origin': '*',
          },
        },
      ),
    );
    const response = await proxy(get('/me'));
    expect([...response.headers.keys()].sort()).toEqual([
      'cache-control',
      'content-type',
      'retry-after',
      'x-content-type-options',
      'x-request-id',
    ]);
  });

  it('streams the upstream body back without waiting for its end', async () => {
    let finish!: () => void;
    const { proxy } = setup({}, () => {
      const body = new ReadableStream<Uint8Array>({
        start(controller) {
          controller.enqueue(new TextEncoder().encode('{"type":"admin.list",'));
          finish = () => {
            controller.enqueue(new TextEncoder().encode('"admins":[]}'));
            controller.close();
          };
        },
      });
      return new Response(body, { headers: { 'content-type': 'application/json' } });
    });
    const response = await proxy(get('/admins'));
    const reader = response.body!.getReader();
    expect(new TextDecoder().decode((await reader.read()).value)).toBe('{"type":"admin.list",');
    finish();
    expect(new TextDecoder().decode((await reader.read()).value)).toBe('"admins":[]}');
  });

  it('passes upstream errors through unchanged', async () => {
    const { proxy } = setup();
    const response = await proxy(get('/contacts/000000000000000000000000'));
    expect(response.status).toBe(404);
    expect((await errorOf(response)).requestId).toBe(response.headers.get('x-request-id'));
  });

  it('maps a mount path onto API paths and refuses paths outside it', async () => {
    const { proxy, calls } = setup({ mountPath: '/api/intercom/' });
    expect((await proxy(get('/api/intercom/me'))).status).toBe(200);
    expect(calls[0]!.url).toBe('https://api.intercom.io/me');
    expect((await proxy(get('/me'))).status).toBe(404);
    expect((await proxy(get('/api/intercomme'))).status).toBe(404);
    expect(calls).toHaveLength(1);
  });

  it('takes a region alias as baseUrl and a token supplier', async () => {
    const { proxy, calls } = setup({ baseUrl: 'eu', token: async () => TOKEN });
    await proxy(get('/me'));
    expect(calls[0]!.url).toBe('https://api.eu.intercom.io/me');
    expect(calls[0]!.headers.get('authorization')).toBe(`Bearer ${TOKEN}`);
  });

  it('does not follow upstream redirects', async () => {
    const { proxy } = setup({}, (request) => {
      expect(request.redirect).toBe('manual');
      return new Response(null, { status: 302, headers: { location: 'https://evil.example/' } });
    });
    const response = await proxy(get('/me'));
    expect(response.status).toBe(302);
    expect(response.headers.has('location')).toBe(false);
  });

  it('answers 502 in error.list shape when the upstream cannot be reached', async () => {
    const { proxy } = setup({}, () => Promise.reject(new TypeError('fetch failed')));
    const response = await proxy(get('/me'));
    expect(response.status).toBe(502);
    expect((await errorOf(response)).code).toBe('bad_gateway');
  });

  it('logs forwarded requests at debug and refusals at warn', async () => {
    const { logger, lines } = capturingLogger();
    const { proxy } = setup({ logging: { level: 'debug', logger } });
    await proxy(get('/me'));
    await proxy(get('/nowhere'));
    expect(lines[0]).toMatch(/^intercom proxy: GET \/me \(admins\.identify\) → 200$/);
    expect(lines[1]).toMatch(
      /^intercom proxy: GET \/nowhere refused 404 not_found \(request id proxy-[0-9a-f-]{36}\)$/,
    );
  });
});

describe('search bodies', () => {
  it('forwards a valid search unchanged', async () => {
    const { proxy, calls } = setup();
    const body = { query: { field: 'open', operator: '=', value: true }, pagination: { per_page: 5 } };
    const response = await proxy(post('/conversations/search', body));
    expect(response.status).toBe(200);
    expect(calls[0]!.body).toBe(JSON.stringify(body));
    expect(calls[0]!.headers.get('content-type')).toBe('application/json');
  });

  it('answers an invalid query with 400 error.list naming the problem, without calling upstream', async () => {
    const { proxy, calls } = setup();
    const response = await proxy(
      post('/contacts/search', { query: { field: 'email', operator: '>', value: 'a@b.c' } }),
    );
    expect(response.status).toBe(400);
    const error = await errorOf(response);
    expect(error).toMatchObject({ code: 'parameter_invalid', field: 'query.operator' });
    expect(error.message).toMatch(/^Invalid contacts search query: .*email/);
    expect(calls).toHaveLength(0);
  });

  it('checks the query against the catalog of the resource being searched', async () => {
    const { proxy, calls } = setup();
    // `open` is a conversations field, not a tickets one.
    const response = await proxy(
      post('/tickets/search', { query: { field: 'nonexistent_field', operator: '=', value: true } }),
    );
    expect(response.status).toBe(400);
    expect((await errorOf(response)).message).toMatch(/nonexistent_field/);
    expect(calls).toHaveLength(0);
  });

  it('requires a body with a query', async () => {
    const { proxy, calls } = setup();
    for (const request of [
      post('/conversations/search', { pagination: {} }),
      new Request('https://proxy.test/tickets/search', { method: 'POST', headers: auth }),
    ]) {
      const response = await proxy(request);
      expect(response.status).toBe(400);
      expect((await errorOf(response)).field).toBe('query');
    }
    expect(calls).toHaveLength(0);
  });
});

describe('authorization, allow list and budget', () => {
  it('refuses a missing or wrong secret with 401', async () => {
    const { proxy, calls } = setup();
    expect((await proxy(get('/me', {}))).status).toBe(401);
    expect((await proxy(get('/me', { authorization: 'Bearer wrong-secret-value-123' }))).status).toBe(401);
    expect(calls).toHaveLength(0);
  });

  it('answers 503 when authorize itself fails', async () => {
    const { proxy } = setup({ authorize: () => Promise.reject(new Error('jwks down')) });
    const response = await proxy(get('/me'));
    expect(response.status).toBe(503);
  });

  it('lets writes through only when allowed explicitly', async () => {
    const reply = () =>
      post('/conversations/123/reply', { message_type: 'comment', type: 'admin', admin_id: '1', body: 'hi' });
    const readOnly = setup();
    const refused = await readOnly.proxy(reply());
    expect(refused.status).toBe(403);
    expect((await errorOf(refused)).message).toBe(
      'The operation conversations.reply is not allowed through this proxy.',
    );
    expect(readOnly.calls).toHaveLength(0);

    const allowed = setup({ allow: ['readOnly', { method: 'POST', path: '/conversations/{id}/reply' }] });
    await allowed.proxy(reply());
    expect(allowed.calls.map((call) => call.url)).toEqual(['https://api.intercom.io/conversations/123/reply']);
    expect((await allowed.proxy(get('/me'))).status).toBe(200);
  });

  it('restricts reads too when allow lists only some operations', async () => {
    const { proxy } = setup({ allow: ['conversations.search'] });
    expect((await proxy(get('/me'))).status).toBe(403);
  });

  it('consults the rate-limit hook with the operation id and answers 429 with Retry-After', async () => {
    const seen: string[] = [];
    const { proxy, calls } = setup({
      rateLimit: (_request, { operationId }) => {
        seen.push(operationId);
        return { allowed: seen.length === 1, retryAfterSeconds: 2.2 };
      },
    });
    expect((await proxy(get('/me'))).status).toBe(200);
    const refused = await proxy(get('/admins'));
    expect(refused.status).toBe(429);
    expect(refused.headers.get('retry-after')).toBe('3');
    expect((await errorOf(refused)).code).toBe('rate_limit_exceeded');
    expect(seen).toEqual(['admins.identify', 'admins.list']);
    expect(calls).toHaveLength(1);
  });

  it('fails closed with 503 when the rate-limit hook throws', async () => {
    const { proxy, calls } = setup({ rateLimit: () => Promise.reject(new Error('budget store down')) });
    expect((await proxy(get('/me'))).status).toBe(503);
    expect(calls).toHaveLength(0);
  });
});

describe('misconfiguration and failures', () => {
  it.each([
    ['an empty token', async () => ''],
    ['a token with a line break', async () => `${TOKEN}\r\nX-Injected: 1`],
    ['a token supplier that fails', async () => Promise.reject(new Error('vault down'))],
  ])('answers 500 for %s without calling upstream', async (_, token) => {
    const { proxy, calls } = setup({ token: token as () => Promise<string> });
    const response = await proxy(get('/me'));
    expect(response.status).toBe(500);
    expect(calls).toHaveLength(0);
  });

  it('takes only `true` from authorize as a yes', async () => {
    const { proxy, calls } = setup({ authorize: (() => 'yes') as unknown as () => boolean });
    expect((await proxy(get('/me'))).status).toBe(401);
    expect(calls).toHaveLength(0);
  });

  it('answers 500 error.list when something unexpected fails, logging it without the token', async () => {
    const { logger, lines } = capturingLogger();
    const { proxy } = setup({ logging: { level: 'error', logger } }, () => ({ status: 200 }) as unknown as Response);
    const response = await proxy(get('/me'));
    expect(response.status).toBe(500);
    expect((await errorOf(response)).code).toBe('server_error');
    expect(lines).toHaveLength(1);
    expect(lines[0]).toMatch(/refused 500 server_error/);
    expect(lines[0]).not.toContain(TOKEN);
  });
});

describe('through the client', () => {
  it('maps proxy and upstream errors to the client’s error classes with their request ids', async () => {
    const { proxy } = setup();
    const client = new IntercomClient({
      baseUrl: 'https://proxy.test',
      headers: { Authorization: `Bearer ${PROXY_SECRET}` },
      fetch: (input, init) => proxy(new Request(input, init)),
      maxRetries: 0,
    });
    const admins = await client.admins.list();
    expect(admins.admins?.length).toBeGreaterThan(0);
    const page = await client.conversations.search({
      query: { field: 'open', operator: '=', value: true },
      pagination: { per_page: 2 },
    });
    expect(page.data).toHaveLength(2);
    const missing = await client.contacts
      .find({ contact_id: '000000000000000000000000' })
      .catch((error: unknown) => error);
    expect(missing).toBeInstanceOf(NotFoundError);
    const refused = await client.request({ method: 'GET', path: '/no/such/path' }).catch((error: unknown) => error);
    expect(refused).toBeInstanceOf(NotFoundError);
    expect((refused as NotFoundError).message).toMatch(/proxy-[0-9a-f-]{36}/);
  });
});
