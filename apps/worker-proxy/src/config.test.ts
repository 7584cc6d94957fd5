import { describe, expect, it } from 'vitest';
import { proxyOptionsFromEnv } from './config';
import type { Env } from './env';
import { RequestBudget } from './request-budget';

const budgets = new Map<string, RequestBudget>();
const RATE_BUDGET: Env['RATE_BUDGET'] = {
  idFromName: (name) => ({ toString: () => name }),
  get: (id) => {
    const name = id.toString();
    if (!budgets.has(name)) budgets.set(name, new RequestBudget());
    return { fetch: (input, init) => budgets.get(name)!.fetch(new Request(input, init)) };
  },
};
const base: Env = { INTERCOM_TOKEN: 'tok', PROXY_SECRET: 'a-proxy-secret-of-some-length', RATE_BUDGET };
const caller = (ip: string) => new Request('https://proxy.test/me', { headers: { 'cf-connecting-ip': ip } });

describe('proxyOptionsFromEnv', () => {
  it('defaults to the US host, the root mount, read-only operations, no CORS and warn logs', () => {
    const options = proxyOptionsFromEnv(base);
    expect(options).toMatchObject({
      token: 'tok',
      baseUrl: 'us',
      mountPath: '/',
      allow: ['readOnly'],
      logging: { level: 'warn' },
    });
    expect(options.cors).toBeUndefined();
  });

  it('reads origins, operations and the base URL from variables', () => {
    const options = proxyOptionsFromEnv({
      ...base,
      INTERCOM_BASE_URL: 'eu',
      MOUNT_PATH: '/intercom',
      ALLOWED_ORIGINS: 'https://a.example, https://b.example',
      ALLOWED_OPERATIONS: 'readOnly, conversations.reply, POST /tags',
    });
    expect(options).toMatchObject({
      baseUrl: 'eu',
      mountPath: '/intercom',
      cors: { origins: ['https://a.example', 'https://b.example'] },
      allow: ['readOnly', 'conversations.reply', { method: 'POST', path: '/tags' }],
    });
  });

  it('checks the shared secret', async () => {
    const { authorize } = proxyOptionsFromEnv(base);
    expect(
      await authorize!(
        new Request('https://p.test', { headers: { authorization: 'Bearer a-proxy-secret-of-some-length' } }),
      ),
    ).toBe(true);
    expect(await authorize!(new Request('https://p.test', { headers: { authorization: 'Bearer nope' } }))).toBe(false);
  });

  it('applies the per-caller budget before the shared one', async () => {
    budgets.clear();
    const { rateLimit } = proxyOptionsFromEnv({ ...base, RATE_LIMIT_REQUESTS: '3', CALLER_RATE_LIMIT_REQUESTS: '2' });
    const context = { operationId: 'admins.identify' } as const;
    const outcomes = [];
    for (const ip of ['1.1.1.1', '1.1.1.1', '1.1.1.1', '2.2.2.2', '3.3.3.3'])
      outcomes.push((await rateLimit!(caller(ip), context)).allowed);
    // 1.1.1.1 uses its 2; its third is refused by its own budget, so the shared one still has 1 left.
    expect(outcomes).toEqual([true, true, false, true, false]);
  });

  it.each([
    [{ INTERCOM_TOKEN: undefined }, /INTERCOM_TOKEN is not set/],
    [{ PROXY_SECRET: undefined }, /no caller authorization configured/],
    [{ ACCESS_TEAM_DOMAIN: 'acme' }, /set both ACCESS_TEAM_DOMAIN and ACCESS_AUD/],
    [{ RATE_LIMIT_REQUESTS: 'lots' }, /RATE_LIMIT_REQUESTS must be a positive integer; got 'lots'/],
    [{ RATE_LIMIT_WINDOW_SECONDS: '0' }, /RATE_LIMIT_WINDOW_SECONDS/],
    [{ LOG_LEVEL: 'verbose' }, /LOG_LEVEL must be one of/],
  ])('refuses %j with a message naming what to fix', (override, message) => {
    expect(() => proxyOptionsFromEnv({ ...base, ...override } as Env)).toThrow(message);
  });
});
