import { afterEach, describe, expect, it, vi } from 'vitest';
import type { IntercomClient } from './client';
import { IntercomInputError } from './errors/client-errors';
import { InternalServerError } from './errors/status-errors';
import { intercomClientFor, json, type Route } from './internal/testing';
import type { OperationSpec } from './operations/spec';
import { operationTable } from './operations/table.gen';
import { PagePromise } from './pagination/page-promise';
import { HttpResponsePromise } from './transport/http-response-promise';

afterEach(() => {
  vi.useRealTimers();
});

const setup = (route: Route = () => json({ type: 'ok' })) => intercomClientFor(route);

type Callable = (...args: unknown[]) => unknown;
const rows = Object.entries(operationTable) as [string, OperationSpec][];

/** `client.helpCenters.collections.list` for `'helpCenters.collections.list'`. */
function methodOf(client: IntercomClient, id: string): Callable {
  let target: unknown = client;
  for (const part of id.split('.')) target = (target as Record<string, unknown>)[part];
  return target as Callable;
}

describe('resources built from the operation table', () => {
  it('expose every row as client.<group>.<method>, paginated rows returning a PagePromise', () => {
    const { client } = setup();
    for (const [id, row] of rows) {
      const method = methodOf(client, id);
      expect(typeof method, id).toBe('function');
      const promise = method({}, { maxRetries: 0 }) as Promise<unknown>;
      promise.catch(() => {}); // input errors (missing path fields) are expected here
      expect(promise, id).toBeInstanceOf(row.pagination ? PagePromise : HttpResponsePromise);
    }
  });

  it('build a group on first use and keep it', () => {
    const { client } = setup();
    expect(client.admins).toBe(client.admins);
    expect(client.helpCenters.collections).toBe(client.helpCenters.collections);
  });

  it('fill path parameters, encoded', async () => {
    const { client, requests } = setup();
    await client.admins.find({ admin_id: 'a b/c' } as never);
    expect(requests[0]?.method).toBe('GET');
    expect(requests[0]?.url).toBe('https://api.intercom.io/admins/a%20b%2Fc');
  });

  it('reject a missing path parameter by name, sending nothing', async () => {
    const { client, requests } = setup();
    const error = await client.admins.find({} as never).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(IntercomInputError);
    expect((error as Error).message).toBe(
      'admins.find: request.admin_id is required for /admins/{admin_id} (a string or a number).',
    );
    expect(requests).toHaveLength(0);
  });

  it('reject fields the operation has no place for instead of dropping them', async () => {
    const { client, requests } = setup();
    const error = await client.admins.find({ admin_id: '1', include: 'x' } as never).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(IntercomInputError);
    expect((error as Error).message).toBe(
      'admins.find: unknown request field(s) include; this operation takes admin_id.',
    );
    expect(requests).toHaveLength(0);
  });

  it('reject a request that is not an object', async () => {
    const { client } = setup();
    await expect(client.admins.find('1' as never)).rejects.toThrow(
      'admins.find: the request must be an object, got string.',
    );
  });

  it('put query fields in the query string', async () => {
    const { client, requests } = setup(() => json({ conversations: [], pages: {} }));
    await client.conversations.list({ per_page: 5 } as never);
    expect(requests[0]?.url).toBe('https://api.intercom.io/conversations?per_page=5');
  });

  it('send the other fields as the JSON body', async () => {
    const { client, requests } = setup();
    await client.notes.create({ contact_id: 'c1', body: 'Hello', admin_id: 'a1' } as never);
    expect(requests[0]?.method).toBe('POST');
    expect(requests[0]?.url).toBe('https://api.intercom.io/contacts/c1/notes');
    expect(await requests[0]?.json()).toEqual({ body: 'Hello', admin_id: 'a1' });
  });

  it('send request.body as the body for wrapped operations', async () => {
    const { client, requests } = setup();
    const body = { message_type: 'comment', type: 'admin', admin_id: '1', body: 'Hi' };
    await client.conversations.reply({ conversation_id: 'last', body } as never);
    expect(requests[0]?.url).toBe('https://api.intercom.io/conversations/last/reply');
    expect(await requests[0]?.json()).toEqual(body);
  });

  it('take only request options when the operation has no request fields', async () => {
    const { client, requests } = setup();
    await client.admins.identify({ headers: { 'x-probe': '1' } });
    expect(requests[0]?.url).toBe('https://api.intercom.io/me');
    expect(requests[0]?.headers.get('x-probe')).toBe('1');
  });

  it('reach nested groups', async () => {
    const { client, requests } = setup(() => json({ data: [], pages: { page: 1, total_pages: 1 } }));
    await client.helpCenters.collections.list();
    expect(requests[0]?.url).toBe('https://api.intercom.io/help_center/collections');
  });

  it('never retry conversations.reply after a 500, but retry read-only companies.list', async () => {
    vi.useFakeTimers();
    const reply = setup(() => json({}, 500));
    const replied = reply.client.conversations
      .reply({ conversation_id: '1', body: {} } as never)
      .catch((e: unknown) => e);
    await vi.runAllTimersAsync();
    expect(await replied).toBeInstanceOf(InternalServerError);
    expect(reply.requests).toHaveLength(1);
    const list = setup((_, n) => (n === 1 ? json({}, 500) : json({ data: [], pages: { page: 1, total_pages: 1 } })));
    const listed = list.client.companies.list();
    await vi.runAllTimersAsync();
    await listed;
    expect(list.requests).toHaveLength(2);
  });
});

describe('search queries', () => {
  const searchKey = Symbol.for('intercom-kit.searchQuery');
  const empty = () => json({ type: 'conversation.list', conversations: [], pages: { type: 'pages' } });

  it('send raw JSON untouched', async () => {
    const { client, requests } = setup(empty);
    const query = { operator: 'AND', value: [{ field: 'open', operator: '=', value: true }] } as const;
    await client.conversations.search({ query, pagination: { per_page: 5 } });
    expect(await requests[0]?.json()).toEqual({ query, pagination: { per_page: 5 } });
  });

  it('ask a search-dsl expression for its JSON, naming the resource', async () => {
    const { client, requests } = setup(empty);
    const seen: unknown[] = [];
    const expression = {
      [searchKey](resource: string) {
        seen.push(resource);
        return { field: 'state', operator: '=', value: 'open' };
      },
    };
    await client.conversations.search({ query: expression });
    expect(seen).toEqual(['conversations']);
    expect(await requests[0]?.json()).toEqual({ query: { field: 'state', operator: '=', value: 'open' } });
  });

  it("let the expression's own error through unchanged, sending nothing", async () => {
    const { client, requests } = setup(empty);
    const problem = new RangeError('too many filters');
    const expression = {
      [searchKey]() {
        throw problem;
      },
    };
    await expect(client.conversations.search({ query: expression })).rejects.toBe(problem);
    expect(requests).toHaveLength(0);
  });
});
