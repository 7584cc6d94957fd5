import { describe, expect, it } from 'vitest';
import type { HttpRequest } from '../transport/config';
import { nextPageRequest, pageItems } from './strategies';

const get = (query?: HttpRequest['query']): HttpRequest => ({ method: 'GET', path: '/x', query, idempotent: true });

describe('pageItems', () => {
  it('reads the items key, dotted for nested lists, and [] when absent', () => {
    expect(pageItems({ data: [1, 2] }, 'data')).toEqual([1, 2]);
    expect(pageItems({ data: { articles: [3] } }, 'data.articles')).toEqual([3]);
    expect(pageItems({ other: [] }, 'data')).toEqual([]);
    expect(pageItems('text', 'data')).toEqual([]);
  });
});

describe('cursor', () => {
  it('sends pages.next.starting_after back as a query parameter, keeping the others', () => {
    const next = nextPageRequest.cursor(get({ per_page: 2 }), { pages: { next: { starting_after: 'abc' } } }, [1]);
    expect(next?.query).toEqual({ per_page: 2, starting_after: 'abc' });
  });

  it('reads the cursor from a pages.next link', () => {
    const response = { pages: { next: 'https://api.intercom.io/contacts?per_page=2&starting_after=WzE3XQ%3D%3D' } };
    expect(nextPageRequest.cursor(get(), response, [1])?.query?.starting_after).toBe('WzE3XQ==');
  });

  it('ends without a next cursor, or when the cursor repeats', () => {
    expect(nextPageRequest.cursor(get(), { pages: { next: null } }, [1])).toBeUndefined();
    expect(nextPageRequest.cursor(get(), {}, [1])).toBeUndefined();
    const same = nextPageRequest.cursor(
      get({ starting_after: 'x' }),
      { pages: { next: { starting_after: 'x' } } },
      [1],
    );
    expect(same).toBeUndefined();
  });
});

describe('search-cursor', () => {
  const search: HttpRequest = {
    method: 'POST',
    path: '/contacts/search',
    body: { query: { field: 'role', operator: '=', value: 'user' } },
    idempotent: true,
  };

  it('repeats the query with the cursor and page size in the body', () => {
    const next = nextPageRequest['search-cursor'](
      search,
      { pages: { next: { per_page: 50, starting_after: 'c2' } } },
      [1],
    );
    expect(next?.body).toEqual({
      query: { field: 'role', operator: '=', value: 'user' },
      pagination: { per_page: 50, starting_after: 'c2' },
    });
  });

  it("keeps the caller's page size", () => {
    const mine = { ...search, body: { ...(search.body as object), pagination: { per_page: 5 } } };
    const next = nextPageRequest['search-cursor'](
      mine,
      { pages: { next: { per_page: 50, starting_after: 'c2' } } },
      [1],
    );
    expect(next?.body).toMatchObject({ pagination: { per_page: 5, starting_after: 'c2' } });
  });

  it('ends without pages.next', () => {
    expect(
      nextPageRequest['search-cursor'](search, { pages: { type: 'pages', page: 3, total_pages: 3 } }, [1]),
    ).toBeUndefined();
  });
});

describe('page', () => {
  it('asks for page + 1 while page < total_pages', () => {
    expect(nextPageRequest.page(get({ per_page: 10 }), { pages: { page: 2, total_pages: 3 } }, [1])?.query).toEqual({
      per_page: 10,
      page: 3,
    });
    expect(nextPageRequest.page(get(), { pages: { page: 3, total_pages: 3 } }, [1])).toBeUndefined();
  });

  it('follows a pages.next link when total_pages is missing', () => {
    expect(nextPageRequest.page(get(), { pages: { page: 1, next: 'https://x/y?page=2' } }, [1])?.query).toEqual({
      page: 2,
    });
    expect(nextPageRequest.page(get(), { pages: { page: 1, next: null } }, [1])).toBeUndefined();
  });

  it('ends on an empty page or without pages', () => {
    expect(nextPageRequest.page(get(), { pages: { page: 1, total_pages: 9 } }, [])).toBeUndefined();
    expect(nextPageRequest.page(get(), { data: [1] }, [1])).toBeUndefined();
  });
});

describe('scroll', () => {
  it('passes scroll_param back until a page is empty', () => {
    expect(nextPageRequest.scroll(get(), { data: [1], scroll_param: 's1' }, [1])?.query).toEqual({
      scroll_param: 's1',
    });
    expect(nextPageRequest.scroll(get({ scroll_param: 's1' }), { data: [], scroll_param: 's2' }, [])).toBeUndefined();
    expect(nextPageRequest.scroll(get(), { data: [1] }, [1])).toBeUndefined();
  });
});
