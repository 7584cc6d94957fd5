import { IntercomClient as KitClient } from '@intercom-kit/core';
import { IntercomClient as OfficialClient } from 'intercom-client';
import { startServer } from '../lib/child-server.mjs';
import { row } from '../lib/rows.mjs';
import { interleaved, samplesOf, sleep } from '../lib/sampling.mjs';

/** @typedef {import('../lib/rows.mjs').FigureContext} FigureContext */

const TOKEN = 'bench-token';
const PER_PAGE = 150;
const CONSUMER_MS_PER_PAGE = 2;

/** @type {import('../lib/rows.mjs').Figure} */
export const pagination = {
  id: 'pagination',
  title: 'Pagination throughput',
  run,
};

/** @param {FigureContext} context */
async function run({ quick, runs, warmup, log }) {
  const total = quick ? 1500 : 10_000;
  const server = await startServer('emulator.mjs', { seed: 1, conversations: total, rateLimit: false });
  try {
    const kit = new KitClient({ token: TOKEN, baseUrl: server.url });
    const kitWithoutPrefetch = new KitClient({ token: TOKEN, baseUrl: server.url, prefetchPages: false });
    const official = new OfficialClient({ token: TOKEN, baseUrl: server.url });
    /** @param {() => Promise<AsyncIterable<unknown>>} iterate */
    const timed = (iterate) => async () => {
      const start = performance.now();
      await consume(await iterate(), total);
      return performance.now() - start;
    };
    log(`${total} conversations per run, per_page ${PER_PAGE}, ${CONSUMER_MS_PER_PAGE} ms per page`);
    const samples = await interleaved(
      [
        { name: 'intercom-kit (prefetch)', measure: timed(async () => kit.conversations.list({ per_page: PER_PAGE })) },
        {
          name: 'intercom-kit (prefetchPages: false)',
          measure: timed(async () => kitWithoutPrefetch.conversations.list({ per_page: PER_PAGE })),
        },
        { name: 'intercom-client', measure: timed(() => official.conversations.list({ per_page: PER_PAGE })) },
      ],
      { warmup, runs },
    );
    const workload = `${total.toLocaleString('en-US')} conversations, per_page ${PER_PAGE}, ${CONSUMER_MS_PER_PAGE} ms consumer per page`;
    const pages = Math.ceil(total / PER_PAGE);
    const contenders = ['intercom-client', 'intercom-kit (prefetch)', 'intercom-kit (prefetchPages: false)'];
    /** @param {string} name */
    const throughput = (name) => samplesOf(samples, name).map((ms) => (total * 1000) / ms);
    /** @type {import('../lib/rows.mjs').Row[]} */
    const rows = [];
    for (const [measure, unit, of] of /** @type {const} */ ([
      [`throughput, ${workload}`, 'conversations/s', throughput],
      [`time to iterate, ${workload}`, 'ms', (/** @type {string} */ name) => samplesOf(samples, name)],
    ])) {
      const reference = { vs: 'intercom-client', samples: of('intercom-client') };
      for (const contender of contenders) {
        rows.push(
          row({
            measure,
            contender,
            unit,
            samples: of(contender),
            reference: contender === 'intercom-client' ? undefined : reference,
          }),
        );
      }
    }
    return {
      id: pagination.id,
      title: pagination.title,
      method:
        `Each contender iterates every conversation of \`GET /conversations\` (per_page ${PER_PAGE}) from a loopback ` +
        `emulator with ${total.toLocaleString('en-US')} conversations (child process, no rate limit) with its own ` +
        'item iterator (`for await … of`). The consumer is the same function for all: it counts the items and, ' +
        `at the end of each page (every ${PER_PAGE} items, and after the last item), awaits a ${CONSUMER_MS_PER_PAGE} ms ` +
        'timer, standing for asynchronous work on the page. Each run checks that every conversation arrived once. ' +
        'The figures are the wall time of one full iteration and the conversations per second it gives.',
      rows,
      notes: [
        `${pages} pages; the consumer alone accounts for at least ${pages * CONSUMER_MS_PER_PAGE} ms ` +
          `(${pages} × ${CONSUMER_MS_PER_PAGE} ms timers), which no client can go below.`,
      ],
    };
  } finally {
    await server.close();
  }
}

/**
 * The consumer: every item once, and the page's work at each page boundary.
 *
 * @param {AsyncIterable<unknown>} items
 * @param {number} expected
 */
async function consume(items, expected) {
  const ids = new Set();
  let count = 0;
  for await (const item of items) {
    ids.add(/** @type {{ id?: unknown }} */ (item).id);
    count++;
    if (count % PER_PAGE === 0) await sleep(CONSUMER_MS_PER_PAGE);
  }
  if (count % PER_PAGE !== 0) await sleep(CONSUMER_MS_PER_PAGE);
  if (count !== expected || ids.size !== expected) {
    throw new Error(`Expected ${expected} distinct conversations, got ${count} items with ${ids.size} distinct ids.`);
  }
}
