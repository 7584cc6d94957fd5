import { afterEach, describe, expect, it, vi } from 'vitest';
import { IntercomClient } from './client';
import { IntercomEnvironment } from './environments';
import { IntercomInputError } from './errors/client-errors';
import { fakeFetch, intercomClientFor, json } from './internal/testing';
import { Page } from './pagination/page';

afterEach(() => {
  vi.unstubAllEnvs();
  vi.unstubAllGlobals();
  vi.useRealTimers();
});

const ok = () => json({ type: 'admin', id: '1' });

const client = (options: ConstructorParameters<typeof IntercomClient>[0] = {}) => intercomClientFor(ok, options);

describe('base URL', () => {
  it('defaults to the US host', async () => {
    const { client: c, requests } = client();
    await c.request({ method: 'GET', path: '/me' });
    expect(requests[0]?.url).toBe('https://api.intercom.io/me');
  });

  it.each([
    ['eu', 'https://api.eu.intercom.io/me'],
    ['au', 'https://api.au.intercom.io/me'],
    ['us', 'https://api.intercom.io/me'],
    [IntercomEnvironment.EuProduction, 'https://api.eu.intercom.io/me'],
    ['http://localhost:8080/', 'http://localhost:8080/me'],
  ])('takes environment %s', async (environment, url) => {
    const { client: c, requests } = client({ environment });
    await c.request({ method: 'GET', path: '/me' });
    expect(requests[0]?.url).toBe(url);
  });

  it('lets baseUrl override environment, and keeps a path prefix', async () => {
    const { client: c, requests } = client({ environment: 'eu', baseUrl: 'https://proxy.example/intercom/' });
    await c.request({ method: 'GET', path: '/me' });
    expect(requests[0]?.url).toBe('https://proxy.example/intercom/me');
  });

  it('reads INTERCOM_BASE_URL when no option is given', async () => {
    vi.stubEnv('INTERCOM_BASE_URL', 'http://127.0.0.1:4010');
    const { client: c, requests } = client();
    await c.request({ method: 'GET', path: '/me' });
    expect(requests[0]?.url).toBe('http://127.0.0.1:4010/me');
    const explicit = client({ environment: 'au' });
    await explicit.client.request({ method: 'GET', path: '/me' });
    expect(explicit.requests[0]?.url).toBe('https://api.au.intercom.io/me');
  });

  it('accepts a function, called per request', async () => {
    let region = 'us';
    const { client: c, requests } = client({ environment: async () => region });
    await c.request({ method: 'GET', path: '/me' });
    region = 'eu';
    await c.request({ method: 'GET', path: '/me' });
    expect(requests.map((r) => r.url)).toEqual(['https://api.intercom.io/me', 'https://api.eu.intercom.io/me']);
  });

  it('rejects something that is neither a region nor an http(s) URL', async () => {
    expect(() => new IntercomClient({ environment: 'europe' })).toThrow(IntercomInputError);
    expect(() => new IntercomClient({ baseUrl: 'ftp://x' })).toThrow("one of 'us', 'eu', 'au'");
    const lazy = new IntercomClient({ token: 't', environment: () => 'nowhere' });
    await expect(lazy.request({ method: 'GET', path: '/me' })).rejects.toThrow(IntercomInputError);
  });
});

describe('token', () => {
  it('sends a string token as a bearer token', async () => {
    const { client: c, requests } = client({ token: 'secret' });
    await c.request({ method: 'GET', path: '/me' });
    expect(requests[0]?.headers.get('authorization')).toBe('Bearer secret');
  });

  it('calls a sync or async token function for each request', async () => {
    let n = 0;
    const sync = client({ token: () => `t${++n}` });
    await sync.client.request({ method: 'GET', path: '/me' });
    await sync.client.request({ method: 'GET', path: '/me' });
    expect(sync.requests.map((r) => r.headers.get('authorization'))).toEqual(['Bearer t1', 'Bearer t2']);
    const async = client({ token: async () => 'later' });
    await async.client.request({ method: 'GET', path: '/me' });
    expect(async.requests[0]?.headers.get('authorization')).toBe('Bearer later');
  });

  it('falls back to INTERCOM_TOKEN, then INTERCOM_API_KEY', async () => {
    vi.stubEnv('INTERCOM_TOKEN', '');
    vi.stubEnv('INTERCOM_API_KEY', 'from-api-key');
    const fake = fakeFetch(ok);
    await new IntercomClient({ fetch: fake.fetch }).request({ method: 'GET', path: '/me' });
    vi.stubEnv('INTERCOM_TOKEN', 'from-env');
    await new IntercomClient({ fetch: fake.fetch }).request({ method: 'GET', path: '/me' });
    expect(fake.requests.map((r) => r.headers.get('authorization'))).toEqual([
      'Bearer from-api-key',
      'Bearer from-env',
    ]);
  });

  it('sends no Authorization header to a proxy base URL when there is no token', async () => {
    vi.stubEnv('INTERCOM_TOKEN', '');
    vi.stubEnv('INTERCOM_API_KEY', '');
    const fake = fakeFetch(ok);
    const proxied = new IntercomClient({ baseUrl: 'https://my-proxy.example', fetch: fake.fetch });
    await proxied.request({ method: 'GET', path: '/me' });
    expect(fake.requests[0]?.headers.has('authorization')).toBe(false);
  });

  it('refuses to call Intercom itself without a token, saying how to give one', async () => {
    vi.stubEnv('INTERCOM_TOKEN', '');
    vi.stubEnv('INTERCOM_API_KEY', '');
    const fake = fakeFetch(ok);
    const error = await new IntercomClient({ environment: 'eu', fetch: fake.fetch })
      .request({ method: 'GET', path: '/me' })
      .catch((e: unknown) => e);
    expect(error).toBeInstanceOf(IntercomInputError);
    expect((error as Error).message).toContain('INTERCOM_TOKEN');
    expect(fake.requests).toHaveLength(0);
  });
});

describe('headers', () => {
  it('sends Intercom-Version 2.14 by default, the client version, or the call version', async () => {
    const { client: c, requests } = client({ version: '2.13' });
    await c.request({ method: 'GET', path: '/me' });
    await c.request({ method: 'GET', path: '/me' }, { version: 'Unstable' });
    expect(requests.map((r) => r.headers.get('intercom-version'))).toEqual(['2.13', 'Unstable']);
    const plain = client();
    await plain.client.request({ method: 'GET', path: '/me' });
    expect(plain.requests[0]?.headers.get('intercom-version')).toBe('2.14');
  });

  it('merges client and call headers (call wins, any case), resolves functions and removes nulls', async () => {
    const { client: c, requests } = client({ headers: { 'X-Team': 'a', 'X-Trace': () => 'trace-1', Accept: null } });
    await c.request({ method: 'GET', path: '/me' }, { headers: { 'x-team': 'b', 'X-Extra': async () => 'e' } });
    const headers = requests[0]?.headers;
    expect(headers?.get('x-team')).toBe('b');
    expect(headers?.get('x-trace')).toBe('trace-1');
    expect(headers?.get('x-extra')).toBe('e');
    expect(headers?.has('accept')).toBe(false);
  });

  it('sends JSON bodies with a JSON content type, and adds queryParams', async () => {
    const { client: c, requests } = client();
    await c.request(
      { method: 'POST', path: '/notes', body: { body: 'hi' }, query: { a: 1 } },
      { queryParams: { b: 'x y' } },
    );
    expect(requests[0]?.url).toBe('https://api.intercom.io/notes?a=1&b=x%20y');
    expect(requests[0]?.headers.get('content-type')).toBe('application/json');
    expect(await requests[0]?.json()).toEqual({ body: 'hi' });
  });
});

describe('fetch', () => {
  it('uses globalThis.fetch as it is when the request is sent', async () => {
    const c = new IntercomClient({ token: 't' });
    const later = fakeFetch(ok);
    vi.stubGlobal('fetch', later.fetch);
    await c.request({ method: 'GET', path: '/me' });
    expect(later.requests).toHaveLength(1);
  });

  it("rejects options it does not know, such as intercom-client's `fetcher`", () => {
    expect(() => new IntercomClient({ fetcher: () => {} } as never)).toThrow(
      'Unknown IntercomClient option(s) fetcher',
    );
  });

  it('rejects a fetch option that is not a function', () => {
    expect(() => new IntercomClient({ fetch: 'nope' as never })).toThrow(IntercomInputError);
  });
});

describe('raw responses and rate limits', () => {
  const limited = (remaining: number, reset: number) =>
    json({ id: 1 }, 200, {
      'x-ratelimit-limit': '100',
      'x-ratelimit-remaining': String(remaining),
      'x-ratelimit-reset': String(reset),
      'x-request-id': 'r-1',
    });

  it('offers withRawResponse with status, headers, url and the parsed rate limit', async () => {
    const fake = fakeFetch(() => limited(99, 1_767_225_600));
    const c = new IntercomClient({ token: 't', fetch: fake.fetch });
    const { data, rawResponse } = await c.request({ method: 'GET', path: '/me' }).withRawResponse();
    expect(data).toEqual({ id: 1 });
    expect(rawResponse.status).toBe(200);
    expect(rawResponse.headers.get('x-request-id')).toBe('r-1');
    expect(rawResponse.rateLimit).toEqual({ limit: 100, remaining: 99, resetAt: new Date('2026-01-01T00:00:00Z') });
    expect(c.rateLimit).toEqual(rawResponse.rateLimit);
  });

  it('has no rate limit before the first response', () => {
    expect(new IntercomClient({ token: 't' }).rateLimit).toBeUndefined();
  });

  it('waits for the reset when pacing is on and nothing remains', async () => {
    vi.useFakeTimers({ now: 1_767_225_600_000 });
    const fake = fakeFetch((_, n) => limited(n === 1 ? 0 : 50, 1_767_225_600 + 5));
    const c = new IntercomClient({ token: 't', fetch: fake.fetch, waitForRateLimitReset: true });
    await c.request({ method: 'GET', path: '/me' });
    const second = c.request({ method: 'GET', path: '/me' });
    await vi.advanceTimersByTimeAsync(4_999);
    expect(fake.requests).toHaveLength(1);
    await vi.advanceTimersByTimeAsync(1);
    await second;
    expect(fake.requests).toHaveLength(2);
  });

  it('sends at once without pacing even when nothing remains', async () => {
    vi.useFakeTimers({ now: 1_767_225_600_000 });
    const fake = fakeFetch(() => limited(0, 1_767_225_600 + 5));
    const c = new IntercomClient({ token: 't', fetch: fake.fetch });
    await c.request({ method: 'GET', path: '/me' });
    await c.request({ method: 'GET', path: '/me' });
    expect(fake.requests).toHaveLength(2);
  });
});

describe('options are checked', () => {
  it.each([
    [{ maxRetries: -1 }, 'maxRetries'],
    [{ maxRetries: 1.5 }, 'maxRetries'],
    [{ timeoutInSeconds: 0 }, 'timeoutInSeconds'],
    [{ timeoutInSeconds: Number.NaN }, 'timeoutInSeconds'],
  ])('rejects %o', async (bad, name) => {
    expect(() => new IntercomClient(bad)).toThrow(name);
    const c = new IntercomClient({ token: 't', fetch: fakeFetch(ok).fetch });
    await expect(c.request({ method: 'GET', path: '/me' }, bad)).rejects.toThrow(IntercomInputError);
  });
});

describe('request (escape hatch)', () => {
  it('validates method and path', async () => {
    const c = new IntercomClient({ token: 't', fetch: fakeFetch(ok).fetch });
    await expect(c.request({ method: 'FETCH' as never, path: '/x' })).rejects.toThrow('method must be one of');
    await expect(c.request({ method: 'GET', path: 'x' })).rejects.toThrow('path must start with "/"');
  });

  it('returns a Page for a chosen pagination style', async () => {
    const fake = fakeFetch((request) => {
      const after = new URL(request.url).searchParams.get('starting_after');
      return after
        ? json({ data: [{ id: 'c' }], pages: {} })
        : json({ data: [{ id: 'a' }, { id: 'b' }], pages: { next: { starting_after: 'b' } } });
    });
    const c = new IntercomClient({ token: 't', fetch: fake.fetch });
    const page = await c.request<{ id: string }>({
      method: 'GET',
      path: '/unstable/things',
      pagination: { kind: 'cursor', items: 'data' },
    });
    expect(page).toBeInstanceOf(Page);
    const ids: string[] = [];
    for await (const item of page) ids.push(item.id);
    expect(ids).toEqual(['a', 'b', 'c']);
    expect(fake.requests[1]?.url).toBe('https://api.intercom.io/unstable/things?starting_after=b');
  });

  it('resolves a search expression in body.query when told the resource', async () => {
    const fake = fakeFetch(() => json({ data: [] }));
    const c = new IntercomClient({ token: 't', fetch: fake.fetch });
    const expression = {
      [Symbol.for('intercom-kit.searchQuery')]: (resource: string) => ({
        field: 'resource',
        operator: '=',
        value: resource,
      }),
    };
    await c.request({ method: 'POST', path: '/contacts/search', body: { query: expression }, search: 'contacts' });
    expect(await fake.requests[0]?.json()).toEqual({ query: { field: 'resource', operator: '=', value: 'contacts' } });
  });
});
