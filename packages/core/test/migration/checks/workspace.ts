import type { Store } from '@intercom-kit/emulator';
import { expect } from 'vitest';
import { type Check, type CheckContext, contactByEmail, storeOf } from './context';

const listedUsers = (store: Store) =>
  [...store.contacts.values()].filter((c) => c.role === 'user' && !c.archived && !store.mergedInto.has(c.id));

/** Asks the emulator directly, without the client under test. */
async function searchTotal(context: CheckContext, query: unknown): Promise<number> {
  if (!context.emulator) throw new Error('this check needs the workspace emulator');
  const response = await context.emulator.fetch('https://api.intercom.io/contacts/search', {
    method: 'POST',
    headers: { Authorization: 'Bearer test', 'Content-Type': 'application/json' },
    body: JSON.stringify({ query, pagination: { per_page: 1 } }),
  });
  return ((await response.json()) as { total_count: number }).total_count;
}

export const workspaceChecks: Record<string, Check> = {
  'counts.conversations-per-admin': (result, context) => {
    const store = storeOf(context);
    const count = (id: string, state: string) =>
      [...store.conversations.values()].filter((c) => c.admin_assignee_id === Number(id) && c.state === state).length;
    const expected = [...store.admins.values()].map((a) => ({
      name: a.name,
      id: a.id,
      open: count(a.id, 'open'),
      closed: count(a.id, 'closed'),
    }));
    expect(expected.some((row) => row.open > 0 && row.closed > 0)).toBe(true);
    expect(result).toEqual(expected);
  },
  'counts.users-per-tag': (result, context) => {
    const store = storeOf(context);
    const users = listedUsers(store);
    const expected = Object.fromEntries(
      [...store.tags.values()].map((tag) => [
        tag.name,
        users.filter((u) => u.tags.some((t) => t.id === tag.id)).length,
      ]),
    );
    expect(Object.values(expected).some((n) => n > 0)).toBe(true);
    expect(result).toEqual(expected);
  },
  'counts.users-per-segment': async (result, context) => {
    const store = storeOf(context);
    const expected: Record<string, number> = {};
    for (const segment of store.segments.values()) {
      expected[segment.name] = await searchTotal(context, { field: 'segment_id', operator: '=', value: segment.id });
    }
    expect(Object.values(expected).some((n) => n > 0)).toBe(true);
    expect(result).toEqual(expected);
  },
  'counts.companies-per-segment': (result, context) => {
    // The emulator's segments are contact segments: no company belongs to one.
    const names = [...storeOf(context).segments.values()].map((s) => s.name);
    expect(result).toEqual(Object.fromEntries(names.map((name) => [name, 0])));
  },
  'counts.companies-per-tag': (result, context) => {
    const store = storeOf(context);
    const companies = [...store.companies.values()];
    const expected = Object.fromEntries(
      [...store.tags.values()].map((tag) => [
        tag.name,
        companies.filter((c) => c.tags.some((t) => t.id === tag.id)).length,
      ]),
    );
    expect(expected.enterprise).toBe(1);
    expect(result).toEqual(expected);
  },
  'counts.users-per-company': (result, context) => {
    const store = storeOf(context);
    const expected = Object.fromEntries([...store.companies.values()].map((c) => [c.name, c.contact_ids.size]));
    expect(expected.Intercom).toBe(2);
    expect(result).toEqual(expected);
  },
  'counts.totals': (result, context) => {
    const store = storeOf(context);
    expect(result).toEqual({
      users: listedUsers(store).length,
      companies: store.companies.size,
      segments: store.segments.size,
      tags: store.tags.size,
    });
  },
  'webhooks.handler': (result) => {
    expect(result).toEqual({ accepted: 200, forged: 401, received: ['contact.user.created'] });
  },
  'webhooks.notification': (result, context) => {
    const bob = contactByEmail(storeOf(context), 'bob@example.com');
    expect(result).toEqual({ topic: 'contact.user.created', modelType: 'contact', model: bob.id, loaded: 'Bob Smith' });
  },
  'errors.legacy-classes': (result) => {
    expect(result).toEqual({ notFound: true, httpCode: 404, codes: ['not_found'] });
  },
  'rate-limits.details': (result, context) => {
    const now = context.emulator?.rateLimit?.peek();
    const details = result as { limit: number; remaining: number; resetAt: Date; ofThisCall: number };
    expect(details.limit).toBe(now?.limit);
    // The client's value is from the call before the last one; the raw response is the last one's.
    expect(details.ofThisCall).toBe(now?.remaining);
    expect(details.remaining).toBe((now?.remaining ?? 0) + 1);
    expect(details.resetAt).toEqual(new Date((now?.resetAt ?? 0) * 1000));
  },
  'jobs.status': (result, context) => {
    const [job] = storeOf(context).jobs.values();
    expect(job?.resource_type).toBe('ticket');
    expect(result).toEqual({ status: 'success', resource: 'ticket' });
  },
  'bulk.users': (result, context) => {
    const store = storeOf(context);
    const emails = ['ann@example.com', 'cyd@example.com', 'dee@example.com'];
    for (const email of emails) expect(contactByEmail(store, email).role).toBe('user');
    expect(result).toEqual(emails);
  },
  'removed.impressions': (result, context) => {
    const seen = contactByEmail(storeOf(context), 'bob@example.com').last_seen_at;
    expect(seen).toBe(result);
    expect(Math.abs((seen ?? 0) - Date.now() / 1000)).toBeLessThan(60);
  },
  'removed.message-threads-find': (result) => {
    expect(result).toEqual({ threads: 1, firstMessage: 'My order is late' });
  },
  'removed.message-threads-create': (result, context) => {
    const store = storeOf(context);
    const bob = contactByEmail(store, 'bob@example.com');
    const threads = [...store.conversations.values()].filter((c) => c.contact_ids.includes(bob.id));
    expect(threads.map((c) => c.source.body)).toEqual(['Hey Intercom, What is up?']);
    expect(result).toBe(true);
  },
  'removed.message-threads-reply': (result, context) => {
    const store = storeOf(context);
    const joe = contactByEmail(store, 'joe@example.com');
    const [thread] = [...store.conversations.values()].filter((c) => c.contact_ids.includes(joe.id));
    expect(thread?.parts.at(-1)).toMatchObject({ body: 'Are you talking to me?', author: { id: joe.id } });
    expect(result).toBe('Are you talking to me?');
  },
  'null-vs-missing': (result, context) => {
    expect(contactByEmail(storeOf(context), 'bob@example.com').phone).toBeNull();
    expect(result).toEqual({ phoneIsNull: true, phonePresent: true, madeUpIsMissing: true });
  },
  'raw-response': (result, context) => {
    const store = storeOf(context);
    const raw = result as { requestId: string };
    expect(raw.requestId).toMatch(/^[0-9a-f-]{36}$/);
    expect(result).toEqual({ id: store.meAdminId, status: 200, requestId: raw.requestId, rateLimit: '1666' });
  },
};
