import { describe, expect, it, vi } from 'vitest';
import { IntercomConnectionError, IntercomTimeoutError } from '../errors/client-errors';
import { IntercomError } from '../errors/intercom-error';
import { InternalServerError, TooManyRequestsError } from '../errors/status-errors';
import {
  capture,
  clientFor,
  connectionRefused,
  failWith,
  hang,
  json,
  settle,
  withFakeClockAndNoJitter,
} from '../internal/testing';

withFakeClockAndNoJitter();

describe('timeouts and connection failures', () => {
  it('times out after timeoutInSeconds and retries a GET each time', async () => {
    const { client, requests } = clientFor((request) => hang(request), { timeoutInSeconds: 2 });
    const result = capture(client.request({ method: 'GET', path: '/slow' }));
    await vi.advanceTimersByTimeAsync(1_999);
    expect(requests).toHaveLength(1);
    await vi.runAllTimersAsync();
    const { error } = await result;
    expect(error).toBeInstanceOf(IntercomTimeoutError);
    expect((error as Error).message).toBe('[GET] /slow: no response within 2 s');
    expect(requests).toHaveLength(3);
  });

  it('uses the per-call timeout', async () => {
    const { client } = clientFor((request) => hang(request));
    const result = capture(client.request({ method: 'GET', path: '/slow' }, { timeoutInSeconds: 0.5, maxRetries: 0 }));
    await vi.advanceTimersByTimeAsync(499);
    expect(await Promise.race([result, 'pending'])).toBe('pending');
    await vi.advanceTimersByTimeAsync(1);
    expect((await result).error).toBeInstanceOf(IntercomTimeoutError);
  });

  it('reports a connection failure with its cause', async () => {
    const { client, requests } = clientFor(() => Promise.reject(connectionRefused()));
    const { error } = await settle(client.request({ method: 'GET', path: '/a' }));
    expect(error).toBeInstanceOf(IntercomConnectionError);
    expect((error as Error).message).toBe('[GET] /a: connection failed — connect ECONNREFUSED 127.0.0.1:9');
    expect((error as Error).cause).toBeInstanceOf(TypeError);
    expect(requests).toHaveLength(3);
  });
});

describe('one request does not affect the next', () => {
  it('sends normally after a timeout and after a caller abort', async () => {
    const { client, requests } = clientFor((request, n) => (n === 1 || n === 2 ? hang(request) : json({ n })), {
      maxRetries: 0,
      timeoutInSeconds: 1,
    });
    const timedOut = capture(client.request({ method: 'GET', path: '/a' }));
    await vi.advanceTimersByTimeAsync(1_000);
    expect((await timedOut).error).toBeInstanceOf(IntercomTimeoutError);
    const controller = new AbortController();
    const aborted = capture(client.request({ method: 'GET', path: '/b' }, { abortSignal: controller.signal }));
    await vi.advanceTimersByTimeAsync(10);
    controller.abort('stop');
    expect((await aborted).error).toBe('stop');
    for (let n = 3; n < 40; n++) expect(await client.request({ method: 'GET', path: '/c' })).toEqual({ n });
    expect(requests.every((request, index) => index < 2 || !request.signal.aborted)).toBe(true);
  });
});

describe('abort', () => {
  it('rejects with the abort reason during a request, without retrying', async () => {
    const { client, requests } = clientFor((request) => hang(request));
    const controller = new AbortController();
    const result = capture(client.request({ method: 'GET', path: '/a' }, { abortSignal: controller.signal }));
    await vi.advanceTimersByTimeAsync(10);
    const reason = new Error('user gave up');
    controller.abort(reason);
    expect((await result).error).toBe(reason);
    expect(requests).toHaveLength(1);
  });

  it('rejects with the default AbortError when no reason is given', async () => {
    const { client } = clientFor((request) => hang(request));
    const controller = new AbortController();
    const result = settle(client.request({ method: 'GET', path: '/a' }, { abortSignal: controller.signal }));
    controller.abort();
    const { error } = await result;
    expect((error as DOMException).name).toBe('AbortError');
  });

  it('stops a backoff wait and sends nothing more', async () => {
    const { client, requests } = clientFor(() => failWith(500));
    const controller = new AbortController();
    const result = capture(client.request({ method: 'GET', path: '/a' }, { abortSignal: controller.signal }));
    await vi.advanceTimersByTimeAsync(100);
    controller.abort('stop');
    expect((await result).error).toBe('stop');
    expect(requests).toHaveLength(1);
  });

  it('sends nothing when the signal is already aborted', async () => {
    const { client, requests } = clientFor(() => json({}));
    const { error } = await settle(
      client.request({ method: 'GET', path: '/a' }, { abortSignal: AbortSignal.abort('early') }),
    );
    expect(error).toBe('early');
    expect(requests).toHaveLength(0);
  });
});

describe('responses', () => {
  it('passes unknown fields through untouched', async () => {
    const body = { type: 'admin', id: '1', future_field: { deep: [1, { x: null }] } };
    const { client } = clientFor(() => json(body));
    expect(await client.request({ method: 'GET', path: '/admins/1' })).toEqual(body);
  });

  it('returns text bodies as text and empty bodies as undefined', async () => {
    const text = clientFor(() => new Response('line 1\nline 2', { headers: { 'content-type': 'text/plain' } }));
    expect(await text.client.request({ method: 'GET', path: '/calls/1/transcript' })).toBe('line 1\nline 2');
    const empty = clientFor(() => new Response(null, { status: 204 }));
    expect(await empty.client.request({ method: 'DELETE', path: '/x/1' })).toBeUndefined();
  });

  it('reports a success body that claims JSON but is not', async () => {
    const { client } = clientFor(() => new Response('<html>', { headers: { 'content-type': 'application/json' } }));
    const { error } = await settle(client.request({ method: 'GET', path: '/a' }));
    expect(error).toBeInstanceOf(IntercomError);
    expect((error as IntercomError).statusCode).toBe(200);
    expect((error as IntercomError).message).toContain('[GET] /a: 200 response is not valid JSON');
  });

  it('maps an HTML gateway error to its class, retrying it like any 5xx', async () => {
    const { client, requests } = clientFor(
      () =>
        new Response('<html><body>502 Bad Gateway</body></html>', {
          status: 502,
          headers: { 'content-type': 'text/html' },
        }),
    );
    const { error } = await settle(client.request({ method: 'GET', path: '/a' }));
    expect(error).toBeInstanceOf(InternalServerError);
    expect((error as IntercomError).message).toBe('[GET] /a: 502 — <html><body>502 Bad Gateway</body></html>');
    expect(requests).toHaveLength(3);
  });

  it('keeps the 429 as a TooManyRequestsError when retries run out', async () => {
    const { client } = clientFor(() => failWith(429, { 'retry-after': '1' }));
    expect((await settle(client.request({ method: 'GET', path: '/a' }))).error).toBeInstanceOf(TooManyRequestsError);
  });
});
