import { createEmulator } from '@intercom-kit/emulator';
import { afterEach, describe, expect, it } from 'vitest';
import { bearerSecret } from './auth/bearer';
import { createIntercomProxy } from './handler';
import { capturingLogger, exposed, PROXY_SECRET, recordingUpstream, TOKEN } from './testing';

// Hostile requests: none may reach the upstream, and neither a response (status line, headers,
// body) nor a log line may contain the Intercom token. Each case also pins the status it gets.

const ORIGIN = 'https://dash.example.com';
const emulator = createEmulator({ conversations: 10, tokens: [TOKEN], rateLimit: false });
const upstream = recordingUpstream((request) => emulator.fetch(request));
const { logger, lines } = capturingLogger();
const proxy = createIntercomProxy({
  token: async () => TOKEN,
  baseUrl: 'https://api.intercom.io',
  mountPath: '/intercom',
  authorize: bearerSecret(PROXY_SECRET),
  cors: { origins: [ORIGIN] },
  maxBodyBytes: 4096,
  fetch: upstream.fetch,
  logging: { level: 'debug', logger },
});

const auth = { authorization: `Bearer ${PROXY_SECRET}` };
const json = { ...auth, 'content-type': 'application/json' };
const url = (path: string) => `https://proxy.example.com${path}`;
const request = (path: string, init: RequestInit = {}) =>
  new Request(url(path), { ...init, headers: { ...auth, ...(init.headers as Record<string, string>) } });
const search = (query: unknown, resource = 'conversations') =>
  new Request(url(`/intercom/${resource}/search`), { method: 'POST', headers: json, body: JSON.stringify({ query }) });

/** A request that only pretends to be one, to reach checks runtimes' own Headers would pre-empt. */
function handMade(entries: [string, string][]): Request {
  const map = new Map(entries);
  const headers = {
    get: (name: string) => map.get(name) ?? null,
    has: (name: string) => map.has(name),
    [Symbol.iterator]: () => map.entries(),
  };
  return {
    url: url('/intercom/me'),
    method: 'GET',
    headers,
    body: null,
    signal: new AbortController().signal,
  } as unknown as Request;
}

const filter = (index: number) => ({ field: 'source.body', operator: '~', value: `word${index}` });
const bigBody = () =>
  new ReadableStream<Uint8Array>({
    pull(controller) {
      controller.enqueue(new TextEncoder().encode(`{"pad":"${'x'.repeat(1000)}",`));
    },
  });

const hostile: [string, () => Request, number][] = [
  // Path traversal and encodings
  ['dot-dot out of the mount', () => request('/intercom/../admin'), 404],
  ['encoded dot-dot resolving out of the mount', () => request('/intercom/%2e%2e/%2e%2e/etc/passwd'), 404],
  ['encoded slash', () => request('/intercom/contacts/..%2fadmins'), 400],
  ['encoded dot-dot-slash', () => request('/intercom/contacts/%2e%2e%2fadmins'), 400],
  ['encoded dot inside a segment', () => request('/intercom/contacts/a%2eb'), 400],
  ['encoded backslash', () => request('/intercom/contacts/..%5cadmins'), 400],
  ['double-encoded dot-dot', () => request('/intercom/contacts/%252e%252e/admins'), 404],
  ['overlong UTF-8 dot', () => request('/intercom/contacts/%c0%ae%c0%ae/admins'), 400],
  ['encoded NUL', () => request('/intercom/contacts/abc%00'), 400],
  ['encoded CR LF in the path', () => request('/intercom/contacts/abc%0d%0aX-Injected:%201'), 400],
  ['empty segment', () => request('/intercom//admins'), 400],
  ['trailing slash', () => request('/intercom/admins/'), 400],
  ['host-looking path', () => request('//api.intercom.io.evil.example/admins'), 400],
  ['unknown path', () => request('/intercom/internal/secrets'), 404],
  ['the mount itself', () => request('/intercom'), 404],
  // Header smuggling and CR/LF
  [
    'CR LF in a header value',
    () =>
      handMade([
        ['authorization', `Bearer ${PROXY_SECRET}`],
        ['intercom-version', '2.14\r\nX-Evil: 1'],
      ]),
    400,
  ],
  ['bare LF in a header value', () => handMade([['accept', 'application/json\nHost: evil.example']]), 400],
  ['NUL in a header value', () => handMade([['x-anything', 'a\0b']]), 400],
  [
    'conflicting framing headers on a write',
    () =>
      request('/intercom/contacts', {
        method: 'POST',
        headers: { 'transfer-encoding': 'chunked', 'content-length': '5', 'content-type': 'application/json' },
        body: '{"email":"a@b.c"}',
      }),
    403,
  ],
  [
    'conflicting framing headers on a search',
    () =>
      new Request(url('/intercom/contacts/search'), {
        method: 'POST',
        headers: { ...json, 'transfer-encoding': 'chunked', 'content-length': '3' },
        body: '{"query":{}}',
      }),
    400,
  ],
  // Bodies
  [
    'oversized body with its length declared',
    () =>
      new Request(url('/intercom/conversations/search'), {
        method: 'POST',
        headers: { ...json, 'content-length': '5000' },
        body: '{}',
      }),
    413,
  ],
  [
    'oversized streamed body without a length',
    () =>
      new Request(url('/intercom/conversations/search'), {
        method: 'POST',
        headers: json,
        body: bigBody(),
        duplex: 'half',
      } as RequestInit),
    413,
  ],
  [
    'truncated body',
    () =>
      new Request(url('/intercom/conversations/search'), {
        method: 'POST',
        headers: { ...json, 'content-length': '200' },
        body: '{"query":{"field":"open"',
      }),
    400,
  ],
  [
    'malformed JSON',
    () =>
      new Request(url('/intercom/conversations/search'), {
        method: 'POST',
        headers: json,
        body: '{"query":{"field":"open",}}',
      }),
    400,
  ],
  [
    'invalid UTF-8',
    () =>
      new Request(url('/intercom/conversations/search'), {
        method: 'POST',
        headers: json,
        body: new Uint8Array([0x7b, 0x22, 0xc3, 0x28, 0x22, 0x7d]),
      }),
    400,
  ],
  [
    'form-encoded body (cross-site form post)',
    () =>
      new Request(url('/intercom/conversations/search'), {
        method: 'POST',
        headers: { ...auth, 'content-type': 'application/x-www-form-urlencoded' },
        body: 'query=x',
      }),
    415,
  ],
  [
    'text/plain body',
    () =>
      new Request(url('/intercom/conversations/search'), {
        method: 'POST',
        headers: { ...auth, 'content-type': 'text/plain' },
        body: '{"query":{}}',
      }),
    415,
  ],
  [
    'search without a body',
    () => new Request(url('/intercom/conversations/search'), { method: 'POST', headers: json }),
    400,
  ],
  [
    'search body that is an array',
    () => new Request(url('/intercom/tickets/search'), { method: 'POST', headers: json, body: '[]' }),
    400,
  ],
  // Operations
  [
    'a write not allowed',
    () =>
      request('/intercom/contacts', {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body: '{"email":"a@b.c"}',
      }),
    403,
  ],
  ['a delete not allowed', () => request('/intercom/contacts/abc', { method: 'DELETE' }), 403],
  [
    'an update not allowed',
    () =>
      request('/intercom/conversations/1', {
        method: 'PUT',
        headers: { 'content-type': 'application/json' },
        body: '{}',
      }),
    403,
  ],
  ['a method no operation has', () => request('/intercom/contacts/abc', { method: 'PATCH' }), 405],
  ['HEAD', () => request('/intercom/admins', { method: 'HEAD' }), 405],
  // Origins and preflights
  ['an origin not in the list', () => request('/intercom/me', { headers: { origin: 'https://evil.example' } }), 403],
  [
    'an origin that extends an allowed one',
    () => request('/intercom/me', { headers: { origin: `${ORIGIN}.evil.example` } }),
    403,
  ],
  [
    'the allowed host over http',
    () => request('/intercom/me', { headers: { origin: 'http://dash.example.com' } }),
    403,
  ],
  ['the null origin', () => request('/intercom/me', { headers: { origin: 'null' } }), 403],
  [
    'a preflight from a wrong origin',
    () =>
      new Request(url('/intercom/me'), {
        method: 'OPTIONS',
        headers: { origin: 'https://evil.example', 'access-control-request-method': 'GET' },
      }),
    403,
  ],
  [
    'a preflight for a disallowed write',
    () =>
      new Request(url('/intercom/contacts'), {
        method: 'OPTIONS',
        headers: { origin: ORIGIN, 'access-control-request-method': 'POST' },
      }),
    403,
  ],
  [
    'a preflight asking for a header not allowed',
    () =>
      new Request(url('/intercom/me'), {
        method: 'OPTIONS',
        headers: {
          origin: ORIGIN,
          'access-control-request-method': 'GET',
          'access-control-request-headers': 'x-forwarded-host',
        },
      }),
    403,
  ],
  [
    'a preflight for an unknown path',
    () =>
      new Request(url('/intercom/nowhere'), {
        method: 'OPTIONS',
        headers: { origin: ORIGIN, 'access-control-request-method': 'GET' },
      }),
    404,
  ],
  // Authorization
  ['no credentials', () => new Request(url('/intercom/me')), 401],
  [
    'a forged secret',
    () => new Request(url('/intercom/me'), { headers: { authorization: 'Bearer proxy-shared-secret-0123456788' } }),
    401,
  ],
  [
    'the secret as Basic',
    () => new Request(url('/intercom/me'), { headers: { authorization: `Basic ${PROXY_SECRET}` } }),
    401,
  ],
  [
    'the Intercom token itself as the secret',
    () => new Request(url('/intercom/me'), { headers: { authorization: `Bearer ${TOKEN}` } }),
    401,
  ],
  ['the token echoed in a path', () => request(`/intercom/${TOKEN}/x?token=${TOKEN}`), 404],
  [
    'credentials in a cookie only',
    () => new Request(url('/intercom/me'), { headers: { cookie: `session=${PROXY_SECRET}` } }),
    401,
  ],
  // Search queries
  [
    '16 filters in a group',
    () => search({ operator: 'AND', value: Array.from({ length: 16 }, (_, index) => filter(index)) }),
    400,
  ],
  [
    'three levels of groups',
    () =>
      search({
        operator: 'AND',
        value: [
          {
            operator: 'OR',
            value: [{ operator: 'AND', value: [filter(1), { field: 'open', operator: '=', value: true }] }, filter(2)],
          },
          filter(3),
        ],
      }),
    400,
  ],
  [
    '64 levels of groups',
    () =>
      search(Array.from({ length: 70 }).reduce<unknown>((inner) => ({ operator: 'AND', value: [inner] }), filter(0))),
    400,
  ],
  ['an unknown field', () => search({ field: 'password', operator: '=', value: 'x' }, 'contacts'), 400],
  ['an operator the field does not take', () => search({ field: 'open', operator: '~', value: true }), 400],
  ['a query that is a string', () => search('open = true', 'tickets'), 400],
];

afterEach(() => {
  expect(upstream.calls, 'no hostile request may reach the upstream').toEqual([]);
  for (const line of lines) expect(line).not.toContain(TOKEN);
  lines.length = 0;
});

describe('hostile requests', () => {
  it.each(hostile)('%s: refused without an upstream call, token nowhere', async (_, make, status) => {
    const response = await proxy(make());
    const text = await exposed(response.clone());
    expect(text).not.toContain(TOKEN);
    expect(response.status).toBe(status);
    if (status !== 204) {
      const body = JSON.parse(text.slice(text.indexOf('\n\n') + 2)) as { type: string; request_id: string };
      expect(body.type).toBe('error.list');
      expect(body.request_id).toBe(response.headers.get('x-request-id'));
    }
    expect(lines.some((line) => line.includes(`refused ${status}`))).toBe(true);
  });
});

describe('the same proxy on legitimate requests', () => {
  it('forwards them, so the refusals above are not a proxy that refuses everything', async () => {
    const preflight = await proxy(
      new Request(url('/intercom/conversations/search'), {
        method: 'OPTIONS',
        headers: {
          origin: ORIGIN,
          'access-control-request-method': 'POST',
          'access-control-request-headers': 'authorization, content-type',
        },
      }),
    );
    expect(preflight.status).toBe(204);
    const ok = await proxy(request('/intercom/me', { headers: { origin: ORIGIN } }));
    expect(ok.status).toBe(200);
    expect(ok.headers.get('access-control-allow-origin')).toBe(ORIGIN);
    expect(await exposed(ok)).not.toContain(TOKEN);
    const found = await proxy(
      search({ operator: 'AND', value: Array.from({ length: 15 }, (_, index) => filter(index)) }),
    );
    expect(found.status).toBe(200);
    expect(upstream.calls.map((call) => call.url)).toEqual([
      'https://api.intercom.io/me',
      'https://api.intercom.io/conversations/search',
    ]);
    expect(upstream.calls.every((call) => call.headers.get('authorization') === `Bearer ${TOKEN}`)).toBe(true);
    upstream.calls.length = 0;
  });
});
