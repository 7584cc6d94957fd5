import { describe, expect, it } from 'vitest';
import { createEmulator } from '../emulator';
import { FIXED_NOW } from '../test-support/client';
import { resolveSizes } from './index';

const nowSeconds = FIXED_NOW / 1000;
const DAY = 86_400;

describe('seeded workspace', () => {
  const store = createEmulator({ now: FIXED_NOW, conversations: 1000, seed: 3 }).store;
  const conversations = [...store.conversations.values()];

  it('is identical for the same seed and clock, and different for another seed', () => {
    const snapshot = (seed: number) => {
      const s = createEmulator({ now: FIXED_NOW, conversations: 200, seed }).store;
      return JSON.stringify([
        [...s.contacts.values()].slice(0, 20),
        [...s.conversations.values()].slice(0, 20),
        [...s.tickets.values()].slice(0, 5),
      ]);
    };
    expect(snapshot(3)).toBe(snapshot(3));
    expect(snapshot(3)).not.toBe(snapshot(4));
  });

  it('has the requested sizes, scaling unspecified ones with conversations', () => {
    expect(store.conversations.size).toBe(1000);
    expect(resolveSizes({ conversations: 1000 })).toMatchObject({ contacts: 400, tickets: 40, days: 180 });
    const custom = createEmulator({
      now: FIXED_NOW,
      sizes: { conversations: 30, contacts: 25, companies: 4, admins: 3, teams: 2, tags: 5, tickets: 6 },
    }).store;
    expect([
      custom.conversations.size,
      custom.contacts.size,
      custom.companies.size,
      custom.admins.size,
      custom.teams.size,
      custom.tags.size,
      custom.tickets.size,
    ]).toEqual([30, 25, 4, 3, 2, 5, 6]);
    expect(createEmulator({ now: FIXED_NOW, conversations: 0 }).store.conversations.size).toBe(0);
  });

  it('defaults to 5000 conversations', () => {
    expect(resolveSizes().conversations).toBe(5000);
  });

  it('spreads conversations over the ~180 days before the clock', () => {
    const created = conversations.map((c) => c.created_at);
    expect(Math.max(...created)).toBeLessThanOrEqual(nowSeconds);
    expect(Math.min(...created)).toBeGreaterThanOrEqual(nowSeconds - 180 * DAY);
    const months = new Set(created.map((t) => Math.floor((nowSeconds - t) / (30 * DAY))));
    expect(months.size).toBe(6);
    for (const c of conversations) {
      expect(c.updated_at).toBeLessThanOrEqual(nowSeconds);
      for (const p of c.parts) expect(p.created_at).toBeLessThanOrEqual(nowSeconds);
    }
  });

  it('mixes states, priorities, assignees, tags, ratings and contact roles', () => {
    expect(new Set(conversations.map((c) => c.state))).toEqual(new Set(['open', 'closed', 'snoozed']));
    expect(new Set(conversations.map((c) => c.priority))).toEqual(new Set(['priority', 'not_priority']));
    expect(conversations.some((c) => c.admin_assignee_id === null)).toBe(true);
    expect(conversations.some((c) => c.team_assignee_id !== null)).toBe(true);
    expect(conversations.some((c) => c.tags.length >= 2)).toBe(true);
    expect(conversations.some((c) => c.conversation_rating !== null)).toBe(true);
    expect(conversations.some((c) => c.ai_agent_participated)).toBe(true);
    expect(new Set([...store.contacts.values()].map((c) => c.role))).toEqual(new Set(['user', 'lead']));
  });

  it('only references records that exist', () => {
    for (const c of conversations) {
      for (const id of c.contact_ids) expect(store.contacts.has(id)).toBe(true);
      for (const t of c.tags) expect(store.tags.has(t.id)).toBe(true);
      if (c.admin_assignee_id !== null) expect(store.admins.has(String(c.admin_assignee_id))).toBe(true);
      if (c.team_assignee_id !== null) expect(store.teams.has(String(c.team_assignee_id))).toBe(true);
    }
    for (const contact of store.contacts.values())
      for (const id of contact.company_ids) expect(store.companies.get(id)?.contact_ids.has(contact.id)).toBe(true);
  });

  it('keeps statistics consistent with the parts', () => {
    for (const c of conversations) {
      const s = c.statistics;
      expect(s.count_conversation_parts).toBe(c.parts.length);
      const adminReplies = c.parts.filter((p) => p.author.type === 'admin' && p.part_type === 'comment');
      expect(s.first_admin_reply_at).toBe(adminReplies[0]?.created_at);
      const closes = c.parts.filter((p) => p.part_type === 'close');
      expect(s.last_close_at).toBe(closes.at(-1)?.created_at);
      expect(s.count_assignments).toBe(c.parts.filter((p) => p.assigned_to !== null).length);
      expect(c.state === 'closed').toBe(c.parts.at(-1)?.part_type === 'close');
      if (c.state !== 'closed') expect(c.open).toBe(true);
    }
  });

  it('gives contacts and companies 24-hex ids and the rest numeric string ids', () => {
    expect([...store.contacts.values()].every((c) => /^[0-9a-f]{24}$/.test(c.id))).toBe(true);
    expect([...store.companies.values()].every((c) => /^[0-9a-f]{24}$/.test(c.id))).toBe(true);
    for (const id of [
      ...store.admins.keys(),
      ...store.teams.keys(),
      ...store.tags.keys(),
      ...store.segments.keys(),
      ...[...store.tickets.values()].map((t) => t.id),
      conversations[0]?.id ?? '',
    ]) {
      expect(id).toMatch(/^\d+$/);
    }
  });
});
