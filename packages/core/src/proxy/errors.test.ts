import { describe, expect, it } from 'vitest';
import { refusalResponse } from './errors';

describe('refusalResponse', () => {
  it("answers in Intercom's error.list shape with a fresh request id in body and header", async () => {
    const first = refusalResponse(500, 'proxy_misconfigured', 'See the logs.');
    const second = refusalResponse(500, 'proxy_misconfigured', 'See the logs.');
    expect(first.status).toBe(500);
    expect(first.headers.get('cache-control')).toBe('no-store');
    const body = (await first.json()) as { request_id: string };
    expect(body).toEqual({
      type: 'error.list',
      request_id: first.headers.get('x-request-id'),
      errors: [{ code: 'proxy_misconfigured', message: 'See the logs.' }],
    });
    expect(body.request_id).toMatch(/^proxy-/);
    expect(second.headers.get('x-request-id')).not.toBe(body.request_id);
  });
});
