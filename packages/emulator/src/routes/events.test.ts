import { describe, expect, it } from 'vitest';
import { FIXED_NOW, testApi } from '../test-support/client';

describe('events', () => {
  const api = testApi({ conversations: 10 });
  const store = api.emulator.store;
  const user = [...store.contacts.values()].find((c) => c.role === 'user' && c.external_id);
  const now = FIXED_NOW / 1000;

  it('accepts events with 202 and no body, then lists them newest first with a next link', async () => {
    store.events.delete(user?.id ?? '');
    for (let i = 0; i < 3; i++) {
      const response = await api.post('/events', {
        event_name: 'ordered-item',
        created_at: now - i * 60,
        user_id: user?.external_id,
        metadata: { order: `o-${i}`, price: { amount: 1299, currency: 'eur' } },
      });
      expect(response.status).toBe(202);
      expect(response.body).toBeUndefined();
    }
    await api.post('/events', { event_name: 'invited', id: user?.id });
    const page = await api.get<{
      type: string;
      events: Array<{ event_name: string; created_at: number; metadata: Record<string, unknown> }>;
      pages: { next?: string };
      intercom_user_id: string;
    }>(`/events?type=user&user_id=${user?.external_id}&per_page=2`);
    expect(page.body).toMatchObject({ type: 'event.list', intercom_user_id: user?.id, email: user?.email });
    expect(page.body.events.map((e) => e.created_at)).toEqual([now, now]);
    expect(page.body.pages.next).toContain('page=2');
    const next = await api.get<{ events: unknown[]; pages: { next?: string } }>(
      new URL(page.body.pages.next ?? '').pathname + new URL(page.body.pages.next ?? '').search,
    );
    expect(next.body.events).toHaveLength(2);
    expect(next.body.pages.next).toBeUndefined();
  });

  it('summarises events by name, including posted summaries', async () => {
    await api.post('/events/summaries', {
      user_id: user?.external_id,
      event_summaries: { event_name: 'ordered-item', count: 10, first: now - 5000, last: now - 100 },
    });
    const { body } = await api.get<{
      type: string;
      events: Array<{ name: string; count: number; first: string; last: string }>;
    }>(`/events?type=user&intercom_user_id=${user?.id}&summary=true`);
    expect(body).toMatchObject({ type: 'event.summary' });
    const ordered = body.events.find((e) => e.name === 'ordered-item');
    expect(ordered).toMatchObject({
      count: 13,
      first: new Date((now - 5000) * 1000).toISOString(),
      last: new Date(now * 1000).toISOString(),
    });
  });

  it('refuses unknown users, nested metadata and a wrong type', async () => {
    expect((await api.post('/events', { event_name: 'x', email: 'nobody@nowhere.test' })).status).toBe(404);
    expect((await api.post('/events', { event_name: 'x' })).status).toBe(400);
    expect(
      (await api.post('/events', { event_name: 'x', id: user?.id, metadata: { deep: { a: { b: 1 } } } })).status,
    ).toBe(400);
    expect((await api.get(`/events?type=company&user_id=${user?.external_id}`)).status).toBe(400);
    expect((await api.get('/events?type=user')).status).toBe(400);
  });

  it('only lists events of the last 90 days', async () => {
    store.events.set(user?.id ?? '', [{ event_name: 'ancient', created_at: now - 91 * 86_400, metadata: {} }]);
    const { body } = await api.get<{ events: unknown[] }>(`/events?type=user&intercom_user_id=${user?.id}`);
    expect(body.events).toEqual([]);
  });
});
