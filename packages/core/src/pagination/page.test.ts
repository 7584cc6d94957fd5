import { describe, expect, it } from 'vitest';
import { IntercomInputError } from '../errors/client-errors';
import { NotFoundError } from '../errors/status-errors';
import { cursorApi, errorList, intercomClientFor, json, type Route } from '../internal/testing';
import { Page } from './page';

type Item = { id: string };
const items = (...ids: string[]): Item[] => ids.map((id) => ({ id }));
const ids = (list: readonly { id: string }[]) => list.map((item) => item.id);

async function collect<T>(iterable: AsyncIterable<T>): Promise<T[]> {
  const out: T[] = [];
  for await (const item of iterable) out.push(item);
  return out;
}

describe('cursor pagination', () => {
  it('iterates every item of every page', async () => {
    const { client, requests } = intercomClientFor(cursorApi(items('1', '2', '3', '4', '5'), 2));
    expect(ids(await collect(client.conversations.list({ per_page: 2 }) as AsyncIterable<Item>))).toEqual([
      '1',
      '2',
      '3',
      '4',
      '5',
    ]);
    expect(requests.map((r) => new URL(r.url).search)).toEqual([
      '?per_page=2',
      '?per_page=2&starting_after=2',
      '?per_page=2&starting_after=4',
    ]);
  });

  it('never yields the same id twice when the list shifts between pages', async () => {
    const { client } = intercomClientFor(cursorApi(items('1', '2', '3', '4', '5'), 2, true));
    expect(ids(await collect(client.conversations.list() as AsyncIterable<Item>))).toEqual(['1', '2', '3', '4', '5']);
  });

  it('getNextPage loads the next page into the same Page (as intercom-client 7.x)', async () => {
    const { client } = intercomClientFor(cursorApi(items('1', '2', '3'), 2));
    const page = await client.conversations.list();
    expect(page).toBeInstanceOf(Page);
    expect(ids(page.data as Item[])).toEqual(['1', '2']);
    expect(page.hasNextPage()).toBe(true);
    const same = await page.getNextPage();
    expect(same).toBe(page);
    expect(ids(page.data as Item[])).toEqual(['3']);
    expect(page.hasNextPage()).toBe(false);
    expect((page.response as { total_count: number }).total_count).toBe(3);
    await expect(page.getNextPage()).rejects.toBeInstanceOf(IntercomInputError);
  });

  it('iterPages walks the pages and leaves the first page as it was', async () => {
    const { client } = intercomClientFor(cursorApi(items('1', '2', '3', '4', '5'), 2));
    const first = await client.conversations.list();
    const pages = await collect(first.iterPages());
    expect(pages.map((page) => ids(page.data as Item[]))).toEqual([['1', '2'], ['3', '4'], ['5']]);
    expect(pages[0]).toBe(first);
    expect(ids(first.data as Item[])).toEqual(['1', '2']);
    expect(pages[2]?.rawResponse.status).toBe(200);
  });

  it('withRawResponse gives the first Page and its response', async () => {
    const { client } = intercomClientFor(cursorApi(items('1'), 2));
    const { data, rawResponse } = await client.conversations.list().withRawResponse();
    expect(data).toBeInstanceOf(Page);
    expect(rawResponse.url).toBe('https://api.intercom.io/conversations');
  });

  it('surfaces an error on a later page from the loop', async () => {
    const { client } = intercomClientFor((request, n) =>
      n === 1 ? cursorApi(items('1', '2', '3'), 2)(request, n) : json(errorList('not_found', 'gone'), 404),
    );
    const seen: string[] = [];
    const loop = async () => {
      for await (const item of client.conversations.list() as AsyncIterable<Item>) seen.push(item.id);
    };
    await expect(loop()).rejects.toBeInstanceOf(NotFoundError);
    expect(seen).toEqual(['1', '2']);
  });
});

describe('search-cursor pagination', () => {
  it('resends the query with the cursor in the body until pages.next is gone', async () => {
    const all = items('a', 'b', 'c', 'd', 'e');
    const { client, requests } = intercomClientFor(async (request) => {
      const body = (await request.json()) as { pagination?: { per_page?: number; starting_after?: string } };
      const perPage = body.pagination?.per_page ?? 2;
      const after = body.pagination?.starting_after;
      const start = after ? all.findIndex((item) => item.id === after) + 1 : 0;
      const slice = all.slice(start, start + perPage);
      const more = start + perPage < all.length;
      return json({
        type: 'conversation.list',
        conversations: slice,
        pages: { type: 'pages', ...(more ? { next: { per_page: perPage, starting_after: slice.at(-1)?.id } } : {}) },
      });
    });
    const query = { field: 'open', operator: '=', value: true } as const;
    const found = await collect(
      client.conversations.search({ query, pagination: { per_page: 2 } }) as AsyncIterable<Item>,
    );
    expect(ids(found)).toEqual(['a', 'b', 'c', 'd', 'e']);
    const bodies = await Promise.all(requests.map((r) => r.json()));
    expect(bodies).toEqual([
      { query, pagination: { per_page: 2 } },
      { query, pagination: { per_page: 2, starting_after: 'b' } },
      { query, pagination: { per_page: 2, starting_after: 'd' } },
    ]);
  });
});

describe('page-number pagination', () => {
  const pageApi =
    (all: Item[], perPage: number, duplicateFirst = false): Route =>
    (request) => {
      const url = new URL(request.url);
      const page = Number(url.searchParams.get('page') ?? 1);
      let slice = all.slice((page - 1) * perPage, page * perPage);
      // A new company was inserted at the top: page 2 starts with the last item of page 1 again.
      if (duplicateFirst && page > 1) slice = [all[(page - 1) * perPage - 1] as Item, ...slice.slice(0, -1)];
      return json({
        type: 'list',
        data: slice,
        pages: { type: 'pages', page, per_page: perPage, total_pages: Math.ceil(all.length / perPage) },
      });
    };

  it('asks for page 2, 3 … up to total_pages (POST companies.list)', async () => {
    const { client, requests } = intercomClientFor(pageApi(items('1', '2', '3', '4', '5', '6', '7'), 3));
    expect(ids(await collect(client.companies.list({ per_page: 3 }) as AsyncIterable<Item>))).toEqual([
      '1',
      '2',
      '3',
      '4',
      '5',
      '6',
      '7',
    ]);
    expect(requests.map((r) => `${r.method} ${new URL(r.url).search}`)).toEqual([
      'POST ?per_page=3',
      'POST ?per_page=3&page=2',
      'POST ?per_page=3&page=3',
    ]);
  });

  it('skips an item it already yielded when pages shift', async () => {
    // Pages as sent: [1, 2], [2, 3], [4, 5].
    const { client } = intercomClientFor(pageApi(items('1', '2', '3', '4', '5', '6'), 2, true));
    expect(ids(await collect(client.helpCenters.collections.list() as AsyncIterable<Item>))).toEqual([
      '1',
      '2',
      '3',
      '4',
      '5',
    ]);
  });
});

describe('scroll pagination', () => {
  it('passes scroll_param back until an empty page', async () => {
    const all = items('1', '2', '3', '4', '5');
    const { client, requests } = intercomClientFor((request) => {
      const param = new URL(request.url).searchParams.get('scroll_param');
      const start = param ? Number(param.slice(1)) : 0;
      return json({
        type: 'list',
        data: all.slice(start, start + 2),
        scroll_param: `s${start + 2}`,
        total_count: null,
      });
    });
    expect(ids(await collect(client.companies.scroll() as AsyncIterable<Item>))).toEqual(['1', '2', '3', '4', '5']);
    expect(requests.map((r) => new URL(r.url).search)).toEqual([
      '',
      '?scroll_param=s2',
      '?scroll_param=s4',
      '?scroll_param=s6',
    ]);
  });
});
