import { describe, expect, it } from 'vitest';
import { errorCode, testApi } from '../test-support/client';

const f = (field: string, operator: string, value: unknown) => ({ field, operator, value });
const group = (operator: 'AND' | 'OR', ...value: unknown[]) => ({ operator, value });

describe('search validation (catalogs and limits via search-dsl)', () => {
  const api = testApi();

  it.each([
    ['an unknown field', f('colour', '=', 'red')],
    ['~ on a date', f('created_at', '~', '1')],
    ['> on a boolean', f('open', '>', true)],
    ['a value outside an enum', f('state', '=', 'archived')],
    ['IN with a single value', f('state', 'IN', 'open')],
    ['a date in milliseconds', f('created_at', '>', 1_717_000_000_000)],
  ])('refuses %s with a 400 error.list', async (_, query) => {
    const { status, body, headers } = await api.post('/conversations/search', { query });
    expect(status).toBe(400);
    expect(body).toMatchObject({ type: 'error.list', request_id: headers.get('X-Request-Id') });
    expect(errorCode(body)).toBe('parameter_invalid');
  });

  it('refuses a third level of nested groups and names where', async () => {
    const deep = group(
      'AND',
      group('OR', group('AND', f('state', '=', 'open'), f('read', '=', true)), f('priority', '=', 'priority')),
      f('open', '=', true),
    );
    const { status, body } = await api.post('/conversations/search', { query: deep });
    expect(status).toBe(400);
    expect((body as { errors: Array<{ message: string }> }).errors[0]?.message).toMatch(/nest/i);
  });

  it('accepts (a OR b) AND (c OR d), the deepest documented shape', async () => {
    const ok = group(
      'AND',
      group('OR', f('state', '=', 'open'), f('state', '=', 'snoozed')),
      group('OR', f('priority', '=', 'priority'), f('read', '=', false)),
    );
    expect((await api.post('/conversations/search', { query: ok })).status).toBe(200);
  });

  it('refuses more than 15 filters in one group', async () => {
    const many = group('OR', ...Array.from({ length: 16 }, (_, i) => f('source.body', '~', `word${i}`)));
    const { status, body } = await api.post('/conversations/search', { query: many });
    expect(status).toBe(400);
    expect((body as { errors: Array<{ message: string }> }).errors[0]?.message).toMatch(/15/);
  });

  it('applies contacts-only rules: no != on dates, tag_id only = and !=', async () => {
    expect((await api.post('/contacts/search', { query: f('created_at', '!=', '1700000000') })).status).toBe(400);
    expect((await api.post('/contacts/search', { query: f('tag_id', 'IN', ['1']) })).status).toBe(400);
    expect((await api.post('/contacts/search', { query: f('tag_id', '!=', '1') })).status).toBe(200);
  });

  it('allows >= and <= on tickets created_at only', async () => {
    expect((await api.post('/tickets/search', { query: f('created_at', '>=', '1700000000') })).status).toBe(200);
    expect((await api.post('/tickets/search', { query: f('updated_at', '>=', '1700000000') })).status).toBe(400);
  });

  it('needs a query object and validates pagination', async () => {
    expect((await api.post('/conversations/search', {})).status).toBe(400);
    expect((await api.post('/conversations/search', { query: 'state = open' })).status).toBe(400);
    const big = await api.post('/conversations/search', { query: f('open', '=', true), pagination: { per_page: 151 } });
    expect(big.status).toBe(400);
    expect(JSON.stringify(big.body)).toContain('at most 150');
    const cursor = await api.post('/conversations/search', {
      query: f('open', '=', true),
      pagination: { starting_after: 'garbage!' },
    });
    expect(cursor.status).toBe(400);
  });
});

describe('search semantics on workspace data', () => {
  const api = testApi({ conversations: 200 });
  const store = api.emulator.store;

  it('matches a conversation by one word of its body, not by a phrase', async () => {
    const conversation = [...store.conversations.values()].find((c) => /refund/.test(c.source.body));
    expect(conversation).toBeDefined();
    const word = await api.post<{ conversations: Array<{ id: string }> }>('/conversations/search', {
      query: f('source.body', '=', 'refund'),
      pagination: { per_page: 150 },
    });
    expect(word.body.conversations.map((c) => c.id)).toContain(conversation?.id);
    const phrase = await api.post('/conversations/search', { query: f('source.body', '=', 'a problem with') });
    expect(phrase.body).toMatchObject({ total_count: 0, pages: { page: 1, total_pages: 0 } });
  });

  it('searches contacts custom attributes by their data attribute type', async () => {
    const premium = [...store.contacts.values()].filter((c) => c.custom_attributes.plan === 'Premium' && !c.archived);
    const { body } = await api.post('/contacts/search', {
      query: f('custom_attributes.plan', '=', 'premium'),
      pagination: { per_page: 150 },
    });
    expect(body.total_count).toBe(premium.length);
    const trial = [...store.contacts.values()].find((c) => typeof c.custom_attributes.trial_ends_at === 'number');
    const at = trial?.custom_attributes.trial_ends_at as number;
    const sameDay = [...store.contacts.values()].filter(
      (c) =>
        typeof c.custom_attributes.trial_ends_at === 'number' &&
        Math.floor((c.custom_attributes.trial_ends_at as number) / 86_400) === Math.floor(at / 86_400),
    );
    const byDay = await api.post('/contacts/search', {
      query: f('custom_attributes.trial_ends_at', '=', String(at)),
      pagination: { per_page: 150 },
    });
    expect(byDay.body.total_count).toBe(sameDay.length);
    expect((await api.post('/contacts/search', { query: f('custom_attributes.nope', '=', 'x') })).status).toBe(400);
  });

  it('searches contacts by segment membership as the segment rule defines it', async () => {
    const leads = [...store.segments.values()].find((s) => s.name === 'Leads');
    const { body } = await api.post('/contacts/search', {
      query: f('segment_id', '=', leads?.id),
      pagination: { per_page: 150 },
    });
    expect(body.total_count).toBe([...store.contacts.values()].filter((c) => c.role === 'lead' && !c.archived).length);
  });

  it('searches tickets by ticket attributes with their own types', async () => {
    const bugType = [...store.ticketTypes.values()].find((t) => t.name === 'Bug report');
    const severity = bugType?.attributes.find((a) => a.name === 'severity');
    const affected = bugType?.attributes.find((a) => a.name === 'affected_users');
    const tickets = [...store.tickets.values()];
    const high = await api.post('/tickets/search', {
      query: f(`ticket_attribute.${severity?.id}`, '=', 'high'),
      pagination: { per_page: 150 },
    });
    expect(high.body.total_count).toBe(tickets.filter((t) => t.ticket_attributes.severity === 'high').length);
    const many = await api.post('/tickets/search', {
      query: f(`ticket_attribute.${affected?.id}`, '>', 100),
      pagination: { per_page: 150 },
    });
    expect(many.body.total_count).toBe(
      tickets.filter((t) => (t.ticket_attributes.affected_users as number) > 100).length,
    );
  });

  it('combines AND/OR groups', async () => {
    const query = group(
      'AND',
      group('OR', f('state', '=', 'open'), f('state', '=', 'snoozed')),
      f('priority', '=', 'priority'),
    );
    const expected = [...store.conversations.values()].filter(
      (c) => (c.state === 'open' || c.state === 'snoozed') && c.priority === 'priority',
    );
    const { body } = await api.post('/conversations/search', { query, pagination: { per_page: 150 } });
    expect(body.total_count).toBe(expected.length);
  });
});

describe('contacts dates in the workspace timezone', () => {
  it('= matches the whole calendar day in that timezone', async () => {
    const api = testApi({ conversations: 20, timezone: 'Asia/Tokyo' });
    const contact = [...api.emulator.store.contacts.values()][0];
    if (!contact) throw new Error('no contact');
    // 23:30 UTC is 08:30 the next day in Tokyo.
    const tokyoMorning = Date.parse('2025-05-20T23:30:00Z') / 1000;
    contact.last_seen_at = tokyoMorning;
    const sameTokyoDay = Date.parse('2025-05-21T14:00:00Z') / 1000;
    const { body } = await api.post<{ data: Array<{ id: string }> }>('/contacts/search', {
      query: f('last_seen_at', '=', String(sameTokyoDay)),
      pagination: { per_page: 150 },
    });
    expect(body.data.map((c) => c.id)).toContain(contact.id);
    const utcSameDay = Date.parse('2025-05-20T10:00:00Z') / 1000;
    const other = await api.post<{ data: Array<{ id: string }> }>('/contacts/search', {
      query: f('last_seen_at', '=', String(utcSameDay)),
      pagination: { per_page: 150 },
    });
    expect(other.body.data.map((c) => c.id)).not.toContain(contact.id);
  });
});
