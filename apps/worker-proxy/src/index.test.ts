import { afterEach, describe, expect, it, vi } from 'vitest';
import type { Env } from './env';
import worker from './index';

const RATE_BUDGET: Env['RATE_BUDGET'] = {
  idFromName: (name) => ({ toString: () => name }),
  get: () => ({ fetch: async () => Response.json({ allowed: true, remaining: 1, retryAfterSeconds: 1 }) }),
};
const TOKEN = 'tok_never_shown_0123456789';

afterEach(() => {
  vi.restoreAllMocks();
});

describe('the Worker entry', () => {
  it.each([
    ['a missing secret', { INTERCOM_TOKEN: TOKEN, RATE_BUDGET }, /no caller authorization configured/],
    [
      'a typo in ALLOWED_OPERATIONS',
      {
        INTERCOM_TOKEN: TOKEN,
        PROXY_SECRET: 'a-proxy-secret-of-some-length',
        ALLOWED_OPERATIONS: 'conversations.rply',
        RATE_BUDGET,
      },
      /did you mean 'conversations.reply'/,
    ],
    [
      'a wildcard origin',
      { INTERCOM_TOKEN: TOKEN, PROXY_SECRET: 'a-proxy-secret-of-some-length', ALLOWED_ORIGINS: '*', RATE_BUDGET },
      /exact origins/,
    ],
  ])('answers 500 error.list for %s and logs the reason, not the token', async (_, env, reason) => {
    const errors = vi.spyOn(console, 'error').mockImplementation(() => {});
    const response = await worker.fetch(new Request('https://proxy.test/me'), env as Env);
    expect(response.status).toBe(500);
    const body = (await response.json()) as { type: string; request_id: string; errors: { code: string }[] };
    expect(body).toMatchObject({ type: 'error.list', errors: [{ code: 'proxy_misconfigured' }] });
    expect(body.request_id).toBe(response.headers.get('x-request-id'));
    expect(errors).toHaveBeenCalledWith(expect.stringMatching(reason));
    expect(JSON.stringify(errors.mock.calls)).not.toContain(TOKEN);
  });

  it('serves requests with the proxy built from the environment', async () => {
    const env: Env = { INTERCOM_TOKEN: TOKEN, PROXY_SECRET: 'a-proxy-secret-of-some-length', RATE_BUDGET };
    const response = await worker.fetch(new Request('https://proxy.test/me'), env);
    expect(response.status).toBe(401);
    expect(((await response.json()) as { errors: { code: string }[] }).errors[0]?.code).toBe('unauthorized');
  });
});
