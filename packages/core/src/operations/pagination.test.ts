// Every paginated operation walks three pages served in its own response shape, sending the right
// cursor, page number or scroll parameter each time, and yields every item exactly once.
import { describe, expect, it } from 'vitest';
import { IntercomClient } from '../client';
import { json } from '../internal/testing';
import { callOperation } from './contract/call-operation';
import { captureFetch } from './contract/capture-fetch';
import type { CapturedRequest } from './contract/check-request';
import type { OperationSpec, PaginationKind } from './spec';
import { type OperationId, operationTable } from './table.gen';

/** The pagination style and items key of each list/search (operations.json; its shapes: NOTES "Pagination shapes"). */
const paginated: { id: OperationId; kind: PaginationKind; items: string }[] = [
  { id: 'articles.list', kind: 'page', items: 'data' },
  { id: 'companies.list', kind: 'page', items: 'data' },
  { id: 'companies.scroll', kind: 'scroll', items: 'data' },
  { id: 'contacts.list', kind: 'cursor', items: 'data' },
  { id: 'contacts.listAttachedCompanies', kind: 'page', items: 'companies' },
  { id: 'contacts.search', kind: 'search-cursor', items: 'data' },
  { id: 'conversations.list', kind: 'cursor', items: 'conversations' },
  { id: 'conversations.search', kind: 'search-cursor', items: 'conversations' },
  { id: 'helpCenters.collections.list', kind: 'page', items: 'data' },
  { id: 'helpCenters.list', kind: 'page', items: 'data' },
  { id: 'notes.list', kind: 'page', items: 'data' },
  { id: 'tickets.search', kind: 'search-cursor', items: 'tickets' },
];

const searchQuery = { operator: 'AND', value: [{ field: 'created_at', operator: '>', value: '1306054154' }] } as const;

/** Arguments each operation needs besides its pagination parameters. */
const requests: Partial<Record<OperationId, Record<string, unknown>>> = {
  'contacts.listAttachedCompanies': { contact_id: '63a07ddf05a32042dffac965' },
  'notes.list': { contact_id: '63a07ddf05a32042dffac965' },
  'contacts.search': { query: searchQuery, pagination: { per_page: 2 } },
  'conversations.search': { query: searchQuery, pagination: { per_page: 2 } },
  'tickets.search': { query: searchQuery, pagination: { per_page: 2 } },
  'companies.list': { per_page: 2, order: 'desc' },
  'articles.list': { per_page: 2 },
};

const itemsOf = (id: string, page: number) => [1, 2].map((i) => ({ type: 'item', id: `${id}-${page}-${i}` }));

/** Page `n` of 3 in the response shape the pagination style uses (see NOTES "Pagination shapes"). */
function pageBody(id: OperationId, kind: PaginationKind, items: string, n: number): Record<string, unknown> {
  const list = { type: 'list', [items]: n <= 3 ? itemsOf(id, n) : [] };
  if (kind === 'scroll') return { ...list, pages: null, total_count: null, scroll_param: `scroll-${n}` };
  if (id === 'contacts.listAttachedCompanies') {
    // `pages_link`: the next page is a URL rather than a cursor object.
    const next = n < 3 ? `https://api.intercom.io/contacts/63a07ddf05a32042dffac965/companies?page=${n + 1}` : null;
    return { ...list, total_count: 6, pages: { type: 'pages', page: n, per_page: 2, total_pages: 3, next } };
  }
  const next = kind === 'page' || n === 3 ? undefined : { per_page: 2, starting_after: `cursor-${n}` };
  return { ...list, total_count: 6, pages: { type: 'pages', page: n, per_page: 2, total_pages: 3, next } };
}

/** What the n-th request must carry to ask for page n. */
function pageParameter(kind: PaginationKind, sent: CapturedRequest): unknown {
  if (kind === 'cursor') return sent.url.searchParams.get('starting_after');
  if (kind === 'page') return sent.url.searchParams.get('page');
  if (kind === 'scroll') return sent.url.searchParams.get('scroll_param');
  return (JSON.parse(sent.body ?? '{}') as { pagination?: { starting_after?: string } }).pagination?.starting_after;
}

const expectedParameters: Record<PaginationKind, unknown[]> = {
  cursor: [null, 'cursor-1', 'cursor-2'],
  'search-cursor': [undefined, 'cursor-1', 'cursor-2'],
  page: [null, '2', '3'],
  // The fourth request (with the third page's scroll_param) comes back empty: that is how a scroll ends.
  scroll: [null, 'scroll-1', 'scroll-2', 'scroll-3'],
};

describe('pagination: every paginated operation walks three pages', () => {
  it('the table paginates exactly these operations, in these styles', () => {
    const fromTable = (Object.keys(operationTable) as OperationId[]).flatMap((id) => {
      const row: OperationSpec = operationTable[id];
      return row.pagination ? [{ id, kind: row.pagination.kind, items: row.pagination.items }] : [];
    });
    expect(fromTable).toEqual(paginated);
  });

  it.each(paginated)('$id ($kind)', async ({ id, kind, items }) => {
    let served = 0;
    const { fetch, requests: sent } = captureFetch(() => json(pageBody(id, kind, items, ++served)));
    const client = new IntercomClient({ token: 't', fetch, baseUrl: 'https://api.intercom.io' });
    const request = requests[id];

    const seen: unknown[] = [];
    for await (const item of (await callOperation(client, id, request)) as AsyncIterable<unknown>) seen.push(item);

    expect(seen).toEqual([1, 2, 3].flatMap((n) => itemsOf(id, n)));
    expect(sent.map((r) => pageParameter(kind, r))).toEqual(expectedParameters[kind]);
    const first = sent[0]!;
    for (const next of sent.slice(1)) {
      // Everything but the page parameter is sent again unchanged: same path, method, filters, query.
      expect(next.method).toBe(first.method);
      expect(next.url.pathname).toBe(first.url.pathname);
      const rest = (r: CapturedRequest) => {
        const params = Object.fromEntries(r.url.searchParams);
        delete params.starting_after;
        delete params.page;
        delete params.scroll_param;
        const body = r.body === undefined ? undefined : (JSON.parse(r.body) as { pagination?: object });
        if (body?.pagination) body.pagination = { ...body.pagination, starting_after: undefined };
        return { params, body };
      };
      expect(rest(next)).toEqual(rest(first));
    }
  });
});
