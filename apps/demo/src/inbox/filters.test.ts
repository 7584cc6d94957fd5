import { compileQuery, type SearchQueryJSON } from '@intercom-kit/search-dsl';
import { describe, expect, it } from 'vitest';
import { demoStack } from '../../server/test-support';
import {
  assigneeValue,
  buildConversationQuery,
  emptyFilters,
  filterProblems,
  type InboxFilters,
  parseAssigneeValue,
} from './filters';

const json = (filters: Partial<InboxFilters>) => {
  const expression = buildConversationQuery({ ...emptyFilters, ...filters });
  return expression && compileQuery(expression, { resource: 'conversations' });
};
// Canonical form of a hand-written query, so that member order does not matter.
const canonical = (query: SearchQueryJSON) => compileQuery(query, { resource: 'conversations' });

describe('buildConversationQuery', () => {
  it('filters nothing when the panel is empty', () => {
    expect(buildConversationQuery(emptyFilters)).toBeUndefined();
  });

  it('joins the chosen filters with AND', () => {
    expect(json({ states: ['open'], priority: 'priority' })).toEqual(
      canonical({
        operator: 'AND',
        value: [
          { field: 'state', operator: '=', value: 'open' },
          { field: 'priority', operator: '=', value: 'priority' },
        ],
      }),
    );
  });

  it('uses IN for several states and a single filter for one', () => {
    expect(json({ states: ['open', 'snoozed'] })).toEqual(
      canonical({ field: 'state', operator: 'IN', value: ['open', 'snoozed'] }),
    );
    expect(json({ states: ['closed'] })).toEqual(canonical({ field: 'state', operator: '=', value: 'closed' }));
  });

  it('filters by admin, team or no assignee', () => {
    expect(json({ assignee: { kind: 'admin', id: '42' } })).toEqual(
      canonical({ field: 'admin_assignee_id', operator: '=', value: 42 }),
    );
    expect(json({ assignee: { kind: 'team', id: '7' } })).toEqual(
      canonical({ field: 'team_assignee_id', operator: '=', value: 7 }),
    );
    expect(json({ assignee: { kind: 'unassigned' } })).toEqual(
      canonical({ field: 'admin_assignee_id', operator: '=', value: null }),
    );
  });

  it('matches any of several tags with an OR of = filters (tag_ids has no IN)', () => {
    expect(json({ tagIds: ['1', '2'] })).toEqual(
      canonical({
        operator: 'OR',
        value: [
          { field: 'tag_ids', operator: '=', value: '1' },
          { field: 'tag_ids', operator: '=', value: '2' },
        ],
      }),
    );
  });

  it('includes both whole days of a date range', () => {
    // 2025-03-01T00:00:00Z is 1740787200; the day after the range, 2025-04-01, starts at 1743465600.
    expect(json({ createdFrom: '2025-03-01', createdTo: '2025-03-31' })).toEqual(
      canonical({
        operator: 'AND',
        value: [
          { field: 'created_at', operator: '>', value: 1740787199 },
          { field: 'created_at', operator: '<', value: 1743465600 },
        ],
      }),
    );
  });

  it('searches the trimmed message text and the read flag', () => {
    expect(json({ text: '  refund ', read: 'unread' })).toEqual(
      canonical({
        operator: 'AND',
        value: [
          { field: 'source.body', operator: '~', value: 'refund' },
          { field: 'read', operator: '=', value: false },
        ],
      }),
    );
  });

  it('finds exactly the conversations created on a chosen day', async () => {
    const { client, backend } = demoStack();
    const records = [...(backend.emulator?.store.conversations.newestFirst() ?? [])];
    const day = new Date((records[40]?.created_at ?? 0) * 1000).toISOString().slice(0, 10);
    const expected = records.filter((c) => new Date(c.created_at * 1000).toISOString().startsWith(day)).length;
    const query = buildConversationQuery({ ...emptyFilters, createdFrom: day, createdTo: day });
    const page = await client.conversations.search({ query: query ?? {}, pagination: { per_page: 1 } });
    expect(expected).toBeGreaterThan(0);
    expect(page.response.total_count).toBe(expected);
  });
});

describe('filterProblems', () => {
  it('points out a range that ends before it starts', () => {
    expect(filterProblems({ ...emptyFilters, createdFrom: '2025-03-02', createdTo: '2025-03-01' })).toEqual([
      'The date range ends (2025-03-01) before it starts (2025-03-02): nothing can match.',
    ]);
    expect(filterProblems({ ...emptyFilters, createdFrom: '2025-03-01', createdTo: '2025-03-01' })).toEqual([]);
  });
});

describe('assignee select values', () => {
  it('round-trip every kind of assignee', () => {
    for (const assignee of [
      { kind: 'anyone' },
      { kind: 'unassigned' },
      { kind: 'admin', id: '12' },
      { kind: 'team', id: '3' },
    ] as const) {
      expect(parseAssigneeValue(assigneeValue(assignee))).toEqual(assignee);
    }
    expect(parseAssigneeValue('admin:')).toEqual({ kind: 'anyone' });
  });
});
