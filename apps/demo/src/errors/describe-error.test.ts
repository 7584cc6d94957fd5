import { IntercomClient, TooManyRequestsError } from '@intercom-kit/core';
import { parseWhere } from '@intercom-kit/search-dsl';
import { describe, expect, it } from 'vitest';
import { EMULATOR_RATE_LIMIT } from '../../server/backend';
import { demoStack } from '../../server/test-support';
import type { SimulatedFault } from '../../shared/faults';
import { describeError } from './describe-error';

const openQuery = { field: 'state', operator: '=', value: 'open' } as const;

/** The error a search gets with `fault` armed, through the real proxy and emulator (no client retries). */
async function searchErrorWith(fault: SimulatedFault): Promise<unknown> {
  const { backend, fetch } = demoStack();
  backend.faults?.arm(fault);
  const client = new IntercomClient({ baseUrl: 'http://localhost/api', fetch, maxRetries: 0 });
  return client.conversations.search({ query: openQuery }).then(
    () => {
      throw new Error('expected the search to fail');
    },
    (error: unknown) => error,
  );
}

describe('describeError', () => {
  it('explains a rate limit, with when it resets', async () => {
    const error = await searchErrorWith('rate-limit');
    expect(error).toBeInstanceOf(TooManyRequestsError);
    const resetAt = (error as TooManyRequestsError).rawResponse?.rateLimit?.resetAt;
    expect(resetAt).toBeInstanceOf(Date);
    // The demo's emulator resets its budget every 2 s, so the client's waits before retrying stay short.
    expect((resetAt?.getTime() ?? 0) - Date.now()).toBeLessThanOrEqual(EMULATOR_RATE_LIMIT.windowMs);
    const now = new Date((resetAt?.getTime() ?? 0) - 4200);
    const described = describeError(error, now);
    expect(described).toMatchObject({ kind: 'rate-limit', title: 'Rate limit reached' });
    expect(described.detail).toContain('The limit resets in 5 s.');
    expect(described.requestId).toMatch(/^[0-9a-f-]{36}$/);
  });

  it('explains an authentication failure and what to check', async () => {
    const described = describeError(await searchErrorWith('auth'));
    expect(described).toMatchObject({ kind: 'auth', title: 'Authentication failed' });
    expect(described.detail).toContain('INTERCOM_TOKEN');
  });

  it('calls a dropped upstream connection a network error', async () => {
    expect(describeError(await searchErrorWith('network'))).toMatchObject({
      kind: 'network',
      title: 'Network error',
    });
  });

  it('calls a 503 a server problem with its status', async () => {
    const described = describeError(await searchErrorWith('server'));
    expect(described).toMatchObject({ kind: 'server', title: 'Intercom had a problem' });
    expect(described.detail).toContain('503');
  });

  it('calls an unreachable demo server a network error', async () => {
    const client = new IntercomClient({
      baseUrl: 'http://localhost/api',
      maxRetries: 0,
      fetch: () => Promise.reject(new TypeError('fetch failed')),
    });
    const error = await client.admins.list().catch((e: unknown) => e);
    expect(describeError(error)).toMatchObject({ kind: 'network', title: 'Network error' });
  });

  it('reports a refused operation and an unknown record in their own words', async () => {
    const { client } = demoStack();
    const forbidden = await client.contacts.delete({ contact_id: 'x' }).catch((e: unknown) => e);
    expect(describeError(forbidden).kind).toBe('forbidden');
    const missing = await client.conversations.find({ conversation_id: 1 }).catch((e: unknown) => e);
    expect(describeError(missing)).toMatchObject({ kind: 'not-found', title: 'Not found' });
  });

  it('passes a query error through as such', () => {
    const error = (() => {
      try {
        parseWhere('state = ', { resource: 'conversations' });
      } catch (e) {
        return e;
      }
    })();
    expect(describeError(error)).toMatchObject({ kind: 'query', title: 'This query cannot be sent' });
  });

  it('still says something for errors it does not know', () => {
    expect(describeError(new Error('boom'))).toEqual({ kind: 'other', title: 'Something went wrong', detail: 'boom' });
    expect(describeError('text')).toMatchObject({ kind: 'other', detail: 'text' });
  });
});
