import { IntercomClient as KitClient } from '@intercom-kit/core';
import { IntercomProvider, useConversations } from '@intercom-kit/react';
import { QueryClient, QueryClientProvider, useInfiniteQuery } from '@tanstack/react-query';
import { IntercomClient as OfficialClient } from 'intercom-client';
import { createElement as h, Profiler } from 'react';
import { createRoot } from 'react-dom/client';
import { sleep } from '../lib/sampling.mjs';

// Components for the React figures, written with createElement so the harness runs without a
// build step. Each list reads only what a virtualised list reads: the items, whether there is
// more and the function that loads it.

/**
 * What a mounted list exposes to the measuring loop.
 *
 * @typedef {object} ListHandle
 * @property {() => number} commits Profiler commits so far
 * @property {() => number} items items in the list's data
 * @property {() => unknown[]} lastPageItems items of the newest page
 * @property {() => boolean} hasNextPage
 * @property {() => Promise<unknown>} fetchNextPage
 * @property {() => Promise<void>} unmount
 */

/**
 * @typedef {object} ListState
 * @property {{ id?: unknown }[]} items
 * @property {unknown[]} lastPage
 * @property {boolean} hasNextPage
 * @property {() => Promise<unknown>} fetchNextPage
 */

/**
 * @typedef {object} MountOptions
 * @property {HTMLElement} container
 * @property {typeof fetch} fetch the in-process emulator's fetch
 * @property {'intercom-kit' | 'intercom-client'} library
 * @property {unknown} where the search query, or undefined for the plain list
 * @property {number} perPage
 * @property {number | undefined} [maxPages] intercom-kit only
 * @property {number} [rendered] render only the newest `rendered` items (a virtualised window)
 * @property {boolean} [showFetching] intercom-kit only: also render `isFetchingNextPage` (a spinner)
 */

/**
 * Mounts a list of conversations and resolves once its first page has been committed.
 *
 * @param {MountOptions} options
 * @returns {Promise<ListHandle>}
 */
export async function mountList({ container, fetch, library, where, perPage, maxPages, rendered, showFetching }) {
  let commits = 0;
  /** @type {ListState | undefined} */
  let state;
  /** @param {ListState} next */
  const report = (next) => {
    state = next;
  };
  const list =
    library === 'intercom-kit'
      ? h(KitList, { where, perPage, maxPages, rendered, showFetching, report })
      : h(OfficialList, {
          client: new OfficialClient({ token: 'bench', baseUrl: 'https://api.intercom.io', fetch, maxRetries: 0 }),
          where,
          perPage,
          rendered,
          report,
        });
  const client = new KitClient({ token: 'bench', baseUrl: 'https://api.intercom.io', fetch, maxRetries: 0 });
  const queryClient = new QueryClient();
  const root = createRoot(container);
  root.render(
    h(
      QueryClientProvider,
      { client: queryClient },
      h(IntercomProvider, { client }, h(Profiler, { id: 'list', onRender: () => commits++ }, list)),
    ),
  );
  const current = () => {
    if (state === undefined) throw new Error('The list has not rendered yet.');
    return state;
  };
  await waitFor(() => state !== undefined && state.items.length > 0);
  await settle(() => commits);
  return {
    commits: () => commits,
    items: () => current().items.length,
    lastPageItems: () => current().lastPage,
    hasNextPage: () => current().hasNextPage,
    fetchNextPage: () => current().fetchNextPage(),
    unmount: async () => {
      root.unmount();
      // The cache would keep the pages for gcTime (5 minutes) after unmounting; the next run must not see them.
      queryClient.clear();
      await releaseLastRoot(container);
    },
  };
}

/**
 * @typedef {object} ListProps
 * @property {unknown} where
 * @property {number} perPage
 * @property {number | undefined} [rendered]
 * @property {(state: ListState) => void} report
 */

/** @param {ListProps & { maxPages: number | undefined, showFetching: boolean | undefined }} props */
function KitList({ where, perPage, maxPages, rendered, showFetching, report }) {
  const query = useConversations(/** @type {import('@intercom-kit/core').SearchQueryInput | undefined} */ (where), {
    perPage,
    maxPages,
  });
  const items = query.data?.conversations ?? [];
  report({
    items,
    lastPage: query.data?.pages.at(-1)?.conversations ?? [],
    hasNextPage: query.hasNextPage,
    fetchNextPage: query.fetchNextPage,
  });
  const rows = h(Rows, { items, rendered });
  return showFetching ? h('div', null, rows, query.isFetchingNextPage ? h('p', null, 'Loading…') : null) : rows;
}

/**
 * The same list with the official SDK and useInfiniteQuery written by hand, as its users would.
 *
 * @param {ListProps & { client: OfficialClient }} props
 */
function OfficialList({ client, where, perPage, rendered, report }) {
  const query = /** @type {import('intercom-client').Intercom.SearchRequest['query']} */ (where);
  const result = useInfiniteQuery({
    queryKey: ['conversations', where ?? null, perPage],
    queryFn: async ({ pageParam, signal }) => {
      const pagination = { per_page: perPage, starting_after: pageParam };
      const page =
        where === undefined
          ? await client.conversations.list(pagination, { abortSignal: signal })
          : await client.conversations.search({ query, pagination }, { abortSignal: signal });
      return page.response;
    },
    initialPageParam: /** @type {string | undefined} */ (undefined),
    getNextPageParam: (last) => last.pages?.next?.starting_after ?? undefined,
  });
  const items = (result.data?.pages ?? []).flatMap((page) => page.conversations ?? []);
  report({
    items,
    lastPage: result.data?.pages.at(-1)?.conversations ?? [],
    hasNextPage: result.hasNextPage,
    fetchNextPage: result.fetchNextPage,
  });
  return h(Rows, { items, rendered });
}

/**
 * The rows: every item, or only the newest `rendered` (a virtualised window).
 *
 * @param {{ items: { id?: unknown }[], rendered: number | undefined }} props
 */
function Rows({ items, rendered }) {
  const shown = rendered === undefined ? items : items.slice(-rendered);
  return h(
    'ul',
    null,
    shown.map((item) => h('li', { key: String(item.id) }, String(item.id))),
  );
}

/**
 * React keeps a reference to the last tree it rendered (with the pages in its state) until it renders
 * something else, which would put one run's pages into the next run's memory baseline. Rendering a
 * trivial tree in a fresh root lets it go.
 *
 * @param {HTMLElement} container
 */
async function releaseLastRoot(container) {
  const root = createRoot(container);
  root.render(h('p', null, 'unmounted'));
  await sleep(20);
  root.unmount();
  await sleep(20);
}

/**
 * Waits until `condition` holds, polling.
 *
 * @param {() => boolean} condition
 * @param {number} [timeoutMs]
 */
export async function waitFor(condition, timeoutMs = 10_000) {
  const deadline = performance.now() + timeoutMs;
  while (!condition()) {
    if (performance.now() > deadline) throw new Error(`Timed out after ${timeoutMs} ms waiting for the list.`);
    await sleep(2);
  }
}

/**
 * Waits until no commit has happened for `quietMs`, so every commit caused by an action is counted.
 *
 * @param {() => number} commits
 * @param {number} [quietMs]
 */
export async function settle(commits, quietMs = 40) {
  let last = commits();
  for (;;) {
    await sleep(quietMs);
    const now = commits();
    if (now === last) return;
    last = now;
  }
}
