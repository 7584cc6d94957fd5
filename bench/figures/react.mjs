import { createEmulator } from '@intercom-kit/emulator';
import { conversations } from '@intercom-kit/search-dsl';
import { installDom } from '../lib/dom.mjs';
import { atMost, exactly, row } from '../lib/rows.mjs';
import { interleaved, interleavedMetrics, samplesOf } from '../lib/sampling.mjs';
import { mountList, settle, waitFor } from './react-harness.mjs';

/** @typedef {import('../lib/rows.mjs').FigureContext} FigureContext */
/** @typedef {import('../lib/rows.mjs').Row} Row */

const NOW = Date.UTC(2025, 5, 1);
const MAX_PAGES = 3;
/** Pages between two heap readings (each reading is two full garbage collections). */
const READ_EVERY = 5;
const MiB = 2 ** 20;

/** @type {import('../lib/rows.mjs').Figure} */
export const react = {
  id: 'react',
  title: 'React',
  run,
};

/** @param {FigureContext} context */
async function run(context) {
  const dom = installDom();
  try {
    const commits = await commitRows(dom.container, context);
    const memory = await memoryRows(dom.container, context);
    return {
      id: react.id,
      title: react.title,
      method:
        'Lists of conversations are mounted with react-dom 19 (`createRoot`) into a happy-dom document in this ' +
        'process, against an in-process emulator (`emulator.fetch`). **Commits**: a list that renders every ' +
        'conversation of `state = open` (perPage 25) inside a `<Profiler>`, reading only `data`, `hasNextPage` and ' +
        '`fetchNextPage`; the emulator adds 5 ms of latency so that a render for “fetching” would show; each ' +
        '`fetchNextPage()` is followed by a 40 ms quiet period, and the figure is Profiler commits per fetch. ' +
        '**Memory**: a list over `GET /conversations` (perPage 150) that renders only the newest 20 rows (a ' +
        'virtualised window) calls `fetchNextPage()` until the last page; every 5 pages (and after the last) `gc()` runs ' +
        'and `process.memoryUsage().heapUsed` is read, after a render in a fresh root so React lets go of the previous run’s tree. Growth is a reading minus the reading before mounting.',
      rows: [...commits.rows, ...memory.rows],
      notes: [...commits.notes, ...memory.notes],
    };
  } finally {
    await dom.remove();
  }
}

/**
 * @param {HTMLElement} container
 * @param {FigureContext} context
 * @returns {Promise<{ rows: Row[], notes: string[] }>}
 */
async function commitRows(container, { quick, runs, warmup, log }) {
  const emulator = createEmulator({ seed: 1, now: NOW, conversations: 5000, rateLimit: false });
  emulator.faults.set({ latencyMs: 5 });
  const fetches = quick ? 3 : 10;
  const perPage = 25;
  log(`commits: ${fetches} next-page fetches per run`);
  /**
   * @param {'intercom-kit' | 'intercom-client'} library
   * @param {boolean} [showFetching]
   */
  const measure = (library, showFetching) => async () => {
    const list = await mountList({
      container,
      fetch: emulator.fetch,
      library,
      where:
        library === 'intercom-kit'
          ? conversations.field('state').eq('open')
          : { field: 'state', operator: '=', value: 'open' },
      perPage,
      showFetching,
    });
    try {
      const before = list.commits();
      for (let page = 2; page <= fetches + 1; page++) {
        await list.fetchNextPage();
        await waitFor(() => list.items() === page * perPage);
        await settle(list.commits);
      }
      return (list.commits() - before) / fetches;
    } finally {
      await list.unmount();
    }
  };
  const samples = await interleaved(
    [
      { name: 'intercom-kit', measure: measure('intercom-kit') },
      { name: 'intercom-client', measure: measure('intercom-client') },
      { name: 'spinner', measure: measure('intercom-kit', true) },
    ],
    { warmup, runs },
  );
  const label = `commits per fetchNextPage() (${fetches} fetches per run)`;
  return {
    rows: [
      row({
        measure: label,
        contender: 'intercom-kit useConversations',
        unit: 'commits/fetch',
        samples: samplesOf(samples, 'intercom-kit'),
        target: exactly(1, '1 commit per fetch'),
      }),
      row({
        measure: label,
        contender: 'intercom-client + useInfiniteQuery',
        unit: 'commits/fetch',
        samples: samplesOf(samples, 'intercom-client'),
        note: 'the same list written by hand with the official SDK (`client.conversations.search(…).response` as the page, `pages.next.starting_after` as the cursor, items flattened in render).',
      }),
      row({
        measure: label,
        contender: 'intercom-kit useConversations, also rendering isFetchingNextPage',
        unit: 'commits/fetch',
        samples: samplesOf(samples, 'spinner'),
        note: 'a control: reading `isFetchingNextPage` adds the commits of the fetching state, which shows that the measurement sees every commit.',
      }),
    ],
    notes: [],
  };
}

/**
 * @param {HTMLElement} container
 * @param {FigureContext} context
 * @returns {Promise<{ rows: Row[], notes: string[] }>}
 */
async function memoryRows(container, { quick, runs, warmup, log }) {
  const total = quick ? 1500 : 10_000;
  const perPage = 150;
  const emulator = createEmulator({ seed: 1, now: NOW, conversations: total, rateLimit: false });
  log(`memory: ${total} conversations per run`);
  /** @type {Map<string, number>} */
  const keptAtEnd = new Map();
  /** @param {number | undefined} maxPages */
  const measure = (maxPages) => async () => {
    const heapUsed = () => {
      collectGarbage();
      return process.memoryUsage().heapUsed / MiB;
    };
    const baseline = heapUsed();
    /** @type {{ page: number, heap: number }[]} */
    const readings = [];
    const seen = new Set();
    let fetching = 0;
    const list = await mountList({
      container,
      fetch: emulator.fetch,
      library: 'intercom-kit',
      where: undefined,
      perPage,
      maxPages,
      rendered: 20,
    });
    let pages = 1;
    try {
      for (; ; pages++) {
        for (const item of list.lastPageItems()) seen.add(/** @type {{ id: string }} */ (item).id);
        if (pages % READ_EVERY === 0 || !list.hasNextPage())
          readings.push({ page: pages, heap: heapUsed() - baseline });
        if (!list.hasNextPage()) break;
        const before = list.lastPageItems();
        const start = performance.now();
        await list.fetchNextPage();
        await waitFor(() => list.lastPageItems() !== before);
        fetching += performance.now() - start;
      }
      if (seen.size !== total) throw new Error(`Scrolled through ${seen.size} conversations, expected ${total}.`);
      keptAtEnd.set(maxPages === undefined ? 'unset' : String(maxPages), list.items());
    } finally {
      await list.unmount();
    }
    const last = readings.at(-1)?.heap ?? 0;
    const halfway = readings.find((reading) => reading.page >= pages / 2)?.heap ?? 0;
    return {
      peak: Math.max(...readings.map((reading) => reading.heap)),
      secondHalf: last - halfway,
      msPerPage: fetching / (pages - 1),
    };
  };
  const samples = await interleavedMetrics(
    [
      { name: 'unbounded', measure: measure(undefined) },
      { name: 'bounded', measure: measure(MAX_PAGES) },
    ],
    // Each run scrolls the whole list twice; five runs (the minimum) keep the figure to about a minute.
    { warmup, runs: Math.min(runs, 5) },
  );
  /** @param {string} name @param {string} metric */
  const of = (name, metric) => samplesOf(samplesOf(samples, name), metric);
  const scroll = `scrolling ${total.toLocaleString('en-US')} conversations (perPage ${perPage})`;
  const unset = 'maxPages unset';
  const bounded = `maxPages: ${MAX_PAGES}`;
  /** @param {string} metric */
  const reference = (metric) => ({ vs: unset, samples: of('unbounded', metric) });
  return {
    rows: [
      row({ measure: `peak heap growth, ${scroll}`, contender: unset, unit: 'MiB', samples: of('unbounded', 'peak') }),
      row({
        measure: `peak heap growth, ${scroll}`,
        contender: bounded,
        unit: 'MiB',
        samples: of('bounded', 'peak'),
        reference: reference('peak'),
      }),
      row({
        measure: `heap growth over the second half, ${scroll}`,
        contender: unset,
        unit: 'MiB',
        samples: of('unbounded', 'secondHalf'),
      }),
      row({
        measure: `heap growth over the second half, ${scroll}`,
        contender: bounded,
        unit: 'MiB',
        samples: of('bounded', 'secondHalf'),
        target: atMost(1, 'bounded: < 1 MiB', { strict: true }),
      }),
      row({
        measure: `time per next page, ${scroll}`,
        contender: unset,
        unit: 'ms',
        samples: of('unbounded', 'msPerPage'),
      }),
      row({
        measure: `time per next page, ${scroll}`,
        contender: bounded,
        unit: 'ms',
        samples: of('bounded', 'msPerPage'),
        reference: reference('msPerPage'),
      }),
    ],
    notes: [
      `At the end the list's data held ${keptAtEnd.get(String(MAX_PAGES))} conversations with maxPages: ${MAX_PAGES} ` +
        `and ${keptAtEnd.get('unset')} without. “Bounded” is read as: the heap stops growing, i.e. it grows by less ` +
        'than 1 MiB (about four pages) between the middle and the end of the scroll. Both contenders share one ' +
        'emulator, created before the baseline, so its workspace is not counted; each run clears its QueryClient.',
      'Time per next page runs from calling `fetchNextPage()` until the list holds the new page (the in-process ' +
        'emulator answering included), averaged over the scroll; the heap readings are not in it.',
    ],
  };
}

/** A full collection, twice: the first pass can leave finalisers that free more on the second. */
function collectGarbage() {
  const gc = globalThis.gc;
  if (gc === undefined) throw new Error('Memory figures need `node --expose-gc`.');
  gc();
  gc();
}
