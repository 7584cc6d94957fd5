import { afterEach, describe, expect, it, vi } from 'vitest';
import { createEmulator } from './emulator';
import { errorCode, FIXED_NOW, testApi } from './test-support/client';

const url = (path: string) => `https://api.intercom.io${path}`;
const auth = { Authorization: 'Bearer abc' };

describe('authentication', () => {
  const emulator = createEmulator({ now: FIXED_NOW, conversations: 10 });

  it.each([
    ['no Authorization header', {}],
    ['a non-bearer scheme', { Authorization: 'Basic abc' }],
    ['an empty bearer token', { Authorization: 'Bearer ' }],
  ])('answers 401 unauthorized with %s', async (_, headers) => {
    const response = await emulator.fetch(url('/me'), { headers });
    expect(response.status).toBe(401);
    const body = await response.json();
    expect(body).toEqual({
      type: 'error.list',
      request_id: response.headers.get('X-Request-Id'),
      errors: [{ code: 'unauthorized', message: 'Access Token Invalid' }],
    });
  });

  it('accepts any non-empty token by default and only configured tokens when given', async () => {
    expect((await emulator.fetch(url('/me'), { headers: { Authorization: 'Bearer whatever' } })).status).toBe(200);
    const strict = createEmulator({ now: FIXED_NOW, conversations: 10, tokens: ['good'] });
    expect((await strict.fetch(url('/me'), { headers: { Authorization: 'Bearer good' } })).status).toBe(200);
    expect((await strict.fetch(url('/me'), { headers: { Authorization: 'Bearer bad' } })).status).toBe(401);
  });
});

describe('request pipeline', () => {
  const api = testApi({ conversations: 10 });

  it('puts X-Request-Id on every response, equal to request_id in errors, unique per request', async () => {
    const ok = await api.get('/me');
    const missing = await api.get('/contacts/000000000000000000000000');
    expect(ok.headers.get('X-Request-Id')).toMatch(
      /^[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/,
    );
    expect(missing.body.request_id).toBe(missing.headers.get('X-Request-Id'));
    expect(ok.headers.get('X-Request-Id')).not.toBe(missing.headers.get('X-Request-Id'));
  });

  it('accepts Intercom-Version 2.x and refuses others with a message', async () => {
    expect((await api.get('/me', { 'Intercom-Version': '2.9' })).status).toBe(200);
    const old = await api.get('/me', { 'Intercom-Version': '1.4' });
    expect(old.status).toBe(400);
    expect(errorCode(old.body)).toBe('intercom_version_invalid');
    expect(JSON.stringify(old.body)).toContain('2.0 to 2.14');
  });

  it('answers unknown paths with 404 not_found and wrong methods with 405 and Allow', async () => {
    const unknown = await api.get('/articles');
    expect(unknown.status).toBe(404);
    expect(errorCode(unknown.body)).toBe('not_found');
    const wrong = await api.request('PATCH', '/me');
    expect(wrong.status).toBe(405);
    expect(errorCode(wrong.body)).toBe('method_not_allowed');
    expect(wrong.headers.get('Allow')).toBe('GET');
  });

  it('answers OPTIONS with the allowed methods and no body, without needing a token', async () => {
    const response = await api.emulator.fetch(url('/contacts/abc'), { method: 'OPTIONS' });
    expect(response.status).toBe(204);
    expect(response.headers.get('Allow')).toBe('GET, PUT, DELETE, OPTIONS');
    expect(await response.text()).toBe('');
    expect((await api.emulator.fetch(url('/nowhere'), { method: 'OPTIONS' })).status).toBe(404);
  });

  it('refuses a body that is not JSON', async () => {
    const response = await api.emulator.fetch(url('/tags'), { method: 'POST', headers: auth, body: '{nope' });
    expect(response.status).toBe(400);
    expect(errorCode(await response.json())).toBe('bad_request');
  });

  it('accepts a Request object as well as (url, init)', async () => {
    const response = await api.emulator.fetch(new Request(url('/me'), { headers: auth }));
    expect(response.status).toBe(200);
    expect(response.headers.get('Content-Type')).toBe('application/json; charset=utf-8');
  });

  it('turns an unexpected failure into a 500 error.list instead of crashing', async () => {
    const spy = vi.spyOn(api.emulator.store, 'admin').mockImplementation(() => {
      throw new Error('disk on fire');
    });
    const response = await api.get('/me');
    spy.mockRestore();
    expect(response.status).toBe(500);
    expect(errorCode(response.body)).toBe('server_error');
    expect(JSON.stringify(response.body)).toContain('disk on fire');
  });

  it('gives the same request ids for the same seed', async () => {
    const ids = async () => {
      const e = createEmulator({ now: FIXED_NOW, conversations: 5, seed: 4 });
      return [
        (await e.fetch(url('/me'), { headers: auth })).headers.get('X-Request-Id'),
        (await e.fetch(url('/me'), { headers: auth })).headers.get('X-Request-Id'),
      ];
    };
    expect(await ids()).toEqual(await ids());
  });

  it('validates its options', () => {
    expect(() => createEmulator({ timezone: 'Nowhere/Land' })).toThrow(/timezone/);
    expect(() => createEmulator({ seed: 1.5 })).toThrow(/seed/);
    expect(() => createEmulator({ sizes: { contacts: -1 } })).toThrow(/contacts/);
  });
});

describe('rate limiting', () => {
  it('sends X-RateLimit headers on every response, 429 when exhausted, and refills per window', async () => {
    let now = FIXED_NOW;
    const emulator = createEmulator({ now: () => now, conversations: 5, rateLimit: { limit: 3, windowMs: 10_000 } });
    const statuses: number[] = [];
    for (let i = 0; i < 4; i++) {
      const response = await emulator.fetch(url(i === 1 ? '/nope' : '/me'), { headers: auth });
      statuses.push(response.status);
      expect(response.headers.get('X-RateLimit-Limit')).toBe('3');
      expect(response.headers.get('X-RateLimit-Remaining')).toBe(String(Math.max(0, 2 - i)));
      expect(response.headers.get('X-RateLimit-Reset')).toBe(String(FIXED_NOW / 1000 + 10));
      if (response.status === 429) expect(errorCode(await response.json())).toBe('rate_limit_exceeded');
    }
    expect(statuses).toEqual([200, 404, 200, 429]);
    now += 10_000;
    const refilled = await emulator.fetch(url('/me'), { headers: auth });
    expect(refilled.status).toBe(200);
    expect(refilled.headers.get('X-RateLimit-Remaining')).toBe('2');
  });

  it('counts unauthorized requests too, and can be switched off', async () => {
    const emulator = createEmulator({ now: FIXED_NOW, conversations: 5, rateLimit: { limit: 1 } });
    expect((await emulator.fetch(url('/me'))).status).toBe(401);
    expect((await emulator.fetch(url('/me'), { headers: auth })).status).toBe(429);
    emulator.rateLimit?.reset();
    expect((await emulator.fetch(url('/me'), { headers: auth })).status).toBe(200);
    const unlimited = createEmulator({ now: FIXED_NOW, conversations: 5, rateLimit: false });
    const response = await unlimited.fetch(url('/me'), { headers: auth });
    expect(response.headers.has('X-RateLimit-Limit')).toBe(false);
    expect(unlimited.rateLimit).toBeNull();
  });
});

describe('fault injection through the pipeline', () => {
  afterEach(() => vi.useRealTimers());

  it('answers injected statuses from the X-Emulator-Fault header with Intercom-shaped bodies', async () => {
    const emulator = createEmulator({ now: FIXED_NOW, conversations: 5 });
    for (const [fault, code] of [
      ['500', 'server_error'],
      ['502', 'bad_gateway'],
      ['503', 'service_unavailable'],
      ['504', 'gateway_timeout'],
      ['429', 'rate_limit_exceeded'],
      ['401', 'unauthorized'],
      ['403', 'api_plan_restricted'],
    ] as const) {
      const response = await emulator.fetch(url('/me'), { headers: { ...auth, 'X-Emulator-Fault': fault } });
      expect(response.status).toBe(Number(fault));
      const body = await response.json();
      expect(errorCode(body)).toBe(code);
      expect(body.request_id).toBe(response.headers.get('X-Request-Id'));
      expect(response.headers.has('X-RateLimit-Reset')).toBe(true);
      if (fault === '429') expect(response.headers.get('X-RateLimit-Remaining')).toBe('0');
    }
    const bad = await emulator.fetch(url('/me'), { headers: { ...auth, 'X-Emulator-Fault': 'teapot' } });
    expect(bad.status).toBe(400);
  });

  it('rejects an in-process fetch with a TypeError on a dropped connection', async () => {
    const emulator = createEmulator({ now: FIXED_NOW, conversations: 5 });
    await expect(emulator.fetch(url('/me'), { headers: { ...auth, 'X-Emulator-Fault': 'drop' } })).rejects.toThrow(
      TypeError,
    );
    emulator.faults.next('drop');
    await expect(emulator.fetch(url('/me'), { headers: auth })).rejects.toThrow('fetch failed');
    expect((await emulator.fetch(url('/me'), { headers: auth })).status).toBe(200);
  });

  it('switches faults per instance at run time and deterministically', async () => {
    const run = async () => {
      const emulator = createEmulator({ now: FIXED_NOW, conversations: 5, faults: { seed: 9, errorRate: 0.5 } });
      const statuses: number[] = [];
      for (let i = 0; i < 20; i++) statuses.push((await emulator.fetch(url('/me'), { headers: auth })).status);
      emulator.faults.set({ errorRate: 0 });
      statuses.push((await emulator.fetch(url('/me'), { headers: auth })).status);
      return statuses;
    };
    const first = await run();
    expect(first).toEqual(await run());
    expect(first).toContain(500);
    expect(first).toContain(200);
    expect(first.at(-1)).toBe(200);
  });

  it('delays the answer by the injected latency', async () => {
    vi.useFakeTimers();
    const emulator = createEmulator({ now: FIXED_NOW, conversations: 5 });
    let settled = false;
    const pending = emulator
      .fetch(url('/me'), { headers: { ...auth, 'X-Emulator-Fault': 'latency=300' } })
      .then((r) => {
        settled = true;
        return r;
      });
    await vi.advanceTimersByTimeAsync(299);
    expect(settled).toBe(false);
    await vi.advanceTimersByTimeAsync(1);
    expect((await pending).status).toBe(200);
  });

  it('rejects with the abort reason when the caller aborts during injected latency', async () => {
    const emulator = createEmulator({ now: FIXED_NOW, conversations: 5, faults: { latencyMs: 60_000 } });
    const controller = new AbortController();
    const pending = emulator.fetch(url('/me'), { headers: auth, signal: controller.signal });
    controller.abort();
    await expect(pending).rejects.toMatchObject({ name: 'AbortError' });
  });
});
