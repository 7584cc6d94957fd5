import { describe, expect, it, vi } from 'vitest';
import { IntercomConnectionError, IntercomTimeoutError } from '../errors/client-errors';
import type { IntercomError } from '../errors/intercom-error';
import { InternalServerError } from '../errors/status-errors';
import {
  clientFor,
  connectionRefused,
  connectionReset,
  failWith,
  hang,
  json,
  settle,
  withFakeClockAndNoJitter,
} from '../internal/testing';

withFakeClockAndNoJitter();

describe('retries', () => {
  it('retries a GET on 500 twice with exponential backoff, then succeeds', async () => {
    const { client, requests } = clientFor((_, n) => (n < 3 ? failWith(500) : json({ ok: true })));
    const result = client.request({ method: 'GET', path: '/admins' });
    await vi.advanceTimersByTimeAsync(0);
    expect(requests).toHaveLength(1);
    await vi.advanceTimersByTimeAsync(499);
    expect(requests).toHaveLength(1);
    await vi.advanceTimersByTimeAsync(1);
    expect(requests).toHaveLength(2);
    await vi.advanceTimersByTimeAsync(999);
    expect(requests).toHaveLength(2);
    await vi.advanceTimersByTimeAsync(1);
    expect(requests).toHaveLength(3);
    expect(await result).toEqual({ ok: true });
  });

  it('gives up after maxRetries (default 2) with the last error', async () => {
    const { client, requests } = clientFor(() => failWith(503));
    const { error } = await settle(client.request({ method: 'GET', path: '/admins' }));
    expect(error).toBeInstanceOf(InternalServerError);
    expect((error as InternalServerError).statusCode).toBe(503);
    expect(requests).toHaveLength(3);
  });

  it('honours maxRetries from the client and from the call', async () => {
    const five = clientFor(() => failWith(500), { maxRetries: 5 });
    await settle(five.client.request({ method: 'GET', path: '/a' }));
    expect(five.requests).toHaveLength(6);
    const none = clientFor(() => failWith(500), { maxRetries: 5 });
    await settle(none.client.request({ method: 'GET', path: '/a' }, { maxRetries: 0 }));
    expect(none.requests).toHaveLength(1);
  });

  it.each([408, 409, 429, 502, 504])('retries a GET on %i', async (status) => {
    const { client, requests } = clientFor((_, n) => (n === 1 ? failWith(status) : json({})));
    await settle(client.request({ method: 'GET', path: '/a' }));
    expect(requests).toHaveLength(2);
  });

  it.each([400, 401, 403, 404, 422])('does not retry %i', async (status) => {
    const { client, requests } = clientFor(() => failWith(status));
    const { error } = await settle(client.request({ method: 'GET', path: '/a' }));
    expect((error as IntercomError).statusCode).toBe(status);
    expect(requests).toHaveLength(1);
  });

  it('waits for Retry-After seconds', async () => {
    const { client, requests } = clientFor((_, n) => (n === 1 ? failWith(429, { 'retry-after': '3' }) : json({})));
    const result = client.request({ method: 'GET', path: '/a' });
    await vi.advanceTimersByTimeAsync(2_999);
    expect(requests).toHaveLength(1);
    await vi.advanceTimersByTimeAsync(1);
    expect(requests).toHaveLength(2);
    await result;
  });

  it('waits until a Retry-After HTTP date', async () => {
    const at = new Date(Date.now() + 10_000).toUTCString();
    const { client, requests } = clientFor((_, n) => (n === 1 ? failWith(503, { 'retry-after': at }) : json({})));
    const result = client.request({ method: 'GET', path: '/a' });
    await vi.advanceTimersByTimeAsync(9_999);
    expect(requests).toHaveLength(1);
    await vi.advanceTimersByTimeAsync(1);
    expect(requests).toHaveLength(2);
    await result;
  });

  it('waits until X-RateLimit-Reset after a 429', async () => {
    const reset = String(Date.now() / 1000 + 6);
    const { client, requests } = clientFor((_, n) =>
      n === 1 ? failWith(429, { 'x-ratelimit-reset': reset }) : json({}),
    );
    const result = client.request({ method: 'GET', path: '/a' });
    await vi.advanceTimersByTimeAsync(5_999);
    expect(requests).toHaveLength(1);
    await vi.advanceTimersByTimeAsync(1);
    expect(requests).toHaveLength(2);
    await result;
  });
});

describe('non-idempotent requests', () => {
  const reply = { method: 'POST', path: '/conversations/1/reply', body: { message_type: 'comment' } } as const;

  it('never retries a POST that got a 500', async () => {
    const { client, requests } = clientFor(() => failWith(500));
    const { error } = await settle(client.request(reply));
    expect(error).toBeInstanceOf(InternalServerError);
    expect(requests).toHaveLength(1);
  });

  it('never retries a POST that timed out', async () => {
    const { client, requests } = clientFor((request) => hang(request), { timeoutInSeconds: 5 });
    const { error } = await settle(client.request(reply));
    expect(error).toBeInstanceOf(IntercomTimeoutError);
    expect(requests).toHaveLength(1);
  });

  it('never retries a POST whose connection dropped after sending', async () => {
    const { client, requests } = clientFor(() => Promise.reject(connectionReset()));
    const { error } = await settle(client.request(reply));
    expect(error).toBeInstanceOf(IntercomConnectionError);
    expect(requests).toHaveLength(1);
  });

  it('retries a POST refused with 429', async () => {
    const { client, requests } = clientFor((_, n) =>
      n === 1 ? failWith(429, { 'retry-after': '1' }) : json({ ok: 1 }),
    );
    const { value } = await settle(client.request(reply));
    expect(value).toEqual({ ok: 1 });
    expect(requests).toHaveLength(2);
  });

  it('retries a POST whose connection was refused before anything was sent', async () => {
    const { client, requests } = clientFor((_, n) => (n === 1 ? Promise.reject(connectionRefused()) : json({ ok: 1 })));
    const { value } = await settle(client.request(reply));
    expect(value).toEqual({ ok: 1 });
    expect(requests).toHaveLength(2);
  });

  it('retries a read-only POST (search) like a GET', async () => {
    const { client, requests } = clientFor((_, n) => (n === 1 ? failWith(500) : json({})));
    await settle(client.request({ method: 'POST', path: '/contacts/search', body: {}, readOnly: true }));
    expect(requests).toHaveLength(2);
  });

  it('retries PUT and DELETE on 5xx', async () => {
    for (const method of ['PUT', 'DELETE'] as const) {
      const { client, requests } = clientFor((_, n) => (n === 1 ? failWith(502) : json({})));
      await settle(client.request({ method, path: '/a' }));
      expect(requests).toHaveLength(2);
    }
  });
});
