import { describe, expect, it } from 'vitest';
import { demoStack } from '../../server/test-support';
import { COLLECT_PAGE_SIZE, type CollectProgress, collectConversations } from './collect';
import { lastDays, rangeQuery } from './range';

describe('collectConversations', () => {
  it('pages through every conversation of the range, reporting progress after each page', async () => {
    const { client, backend, sent } = demoStack();
    const range = lastDays(30, new Date());
    const start = Date.parse(`${range.from}T00:00:00Z`) / 1000;
    const expected = [...(backend.emulator?.store.conversations.newestFirst() ?? [])].filter(
      (c) => c.created_at >= start,
    );
    const progress: CollectProgress[] = [];
    const samples = await collectConversations(client, rangeQuery(range), { onProgress: (p) => progress.push(p) });

    expect(expected.length).toBeGreaterThan(2 * COLLECT_PAGE_SIZE);
    expect(samples.map((s) => s.id).sort()).toEqual(expected.map((c) => c.id).sort());
    const pages = Math.ceil(expected.length / COLLECT_PAGE_SIZE);
    expect(progress).toHaveLength(pages);
    expect(progress.at(-1)).toEqual({ loaded: expected.length, total: expected.length, pages });
    expect(progress.map((p) => p.loaded)).toEqual(
      Array.from({ length: pages }, (_, i) => Math.min(expected.length, (i + 1) * COLLECT_PAGE_SIZE)),
    );
    expect(sent.filter((r) => r.path === '/api/conversations/search')).toHaveLength(pages);
  });

  it('keeps the first-reply time of each conversation', async () => {
    const { client, backend } = demoStack();
    const samples = await collectConversations(client, rangeQuery(lastDays(7, new Date())));
    const replied = samples.filter((s) => s.timeToAdminReply !== undefined);
    expect(replied.length).toBeGreaterThan(0);
    for (const s of replied.slice(0, 20)) {
      expect(s.timeToAdminReply).toBe(backend.emulator?.store.conversations.get(s.id)?.statistics?.time_to_admin_reply);
    }
  });

  it('stops when aborted', async () => {
    const { client } = demoStack();
    const controller = new AbortController();
    const run = collectConversations(client, rangeQuery(lastDays(90, new Date())), {
      signal: controller.signal,
      onProgress: () => controller.abort(new Error('left the screen')),
    });
    await expect(run).rejects.toThrow('left the screen');
  });
});
