import { IntercomClient as KitClient } from '@intercom-kit/core';
import { IntercomClient as OfficialClient } from 'intercom-client';
import { startServer } from '../lib/child-server.mjs';
import { atMost, row } from '../lib/rows.mjs';
import { concurrentMicrosecondsPerCall, interleaved, microsecondsPerCall, samplesOf } from '../lib/sampling.mjs';

/** @typedef {import('../lib/rows.mjs').FigureContext} FigureContext */

const TOKEN = 'bench-token';
const LANES = 16;

/** @type {import('../lib/rows.mjs').Figure} */
export const requestOverhead = {
  id: 'request-overhead',
  title: 'Request overhead',
  // A run takes about a second; more runs steady the median on a busy machine.
  runs: 11,
  run,
};

/** @param {FigureContext} context */
async function run({ quick, runs, warmup, log }) {
  // Small workspace, no rate limit: GET /me is the same cheap work for the server whoever asks.
  const server = await startServer('emulator.mjs', { seed: 1, conversations: 100, rateLimit: false });
  try {
    const requests = quick ? 64 : 500;
    const contenders = makeContenders(server.url);
    /** @param {(call: () => Promise<unknown>) => Promise<number>} batch */
    const measureAll = (batch) =>
      interleaved(
        contenders.map(({ name, call }) => ({ name, measure: () => batch(call) })),
        { warmup, runs },
      );
    log(`sequential, ${requests} requests per run`);
    const sequential = await measureAll((call) => microsecondsPerCall(requests, call));
    log(`${LANES}-way concurrent, ${requests} requests per run`);
    const concurrent = await measureAll((call) => concurrentMicrosecondsPerCall(requests, LANES, call));

    const rows = [
      // The target is set on the sequential loop; under concurrency the three processes share the
      // machine's cores, so that ratio is shown for comparison only.
      ...comparisonRows(`sequential GET /me (${requests} requests per run)`, sequential, true),
      ...comparisonRows(`${LANES}-way concurrent GET /me (${requests} requests per run)`, concurrent, false),
    ];
    return {
      id: requestOverhead.id,
      title: requestOverhead.title,
      method:
        'Every contender calls `GET /me` on the same loopback emulator (`@intercom-kit/emulator/node` in a child ' +
        'process, 100 conversations, no rate limit) and reads the parsed JSON body: `client.admins.identify()` for ' +
        'both SDKs (default options: retries on, default timeout), and `fetch` + `response.json()` with the same ' +
        'headers for plain fetch. All three use Node’s global fetch and its keep-alive pool. A run is a batch of ' +
        'requests, sequential or over 16 concurrent lanes; the figure is wall time divided by the number of requests.',
      rows,
      notes: [
        'The server’s own time is in every figure, so the ratio understates the difference between the clients’ own costs.',
      ],
    };
  } finally {
    await server.close();
  }
}

/**
 * @param {string} measure
 * @param {Map<string, number[]>} samples
 * @param {boolean} targeted
 */
function comparisonRows(measure, samples, targeted) {
  const reference = { vs: 'plain fetch', samples: samplesOf(samples, 'plain fetch') };
  const unit = 'µs/request';
  return [
    row({ measure, contender: 'plain fetch', unit, samples: reference.samples }),
    row({
      measure,
      contender: 'intercom-kit',
      unit,
      samples: samplesOf(samples, 'intercom-kit'),
      reference,
      target: targeted ? atMost(1.05, '≤ 1.05× plain fetch', { on: 'ratio' }) : undefined,
    }),
    row({
      measure,
      contender: 'intercom-client',
      unit,
      samples: samplesOf(samples, 'intercom-client'),
      reference,
      note: 'stated elsewhere as ≈ 1.5× plain fetch; shown for comparison, not a target.',
    }),
  ];
}

/**
 * The three ways of making the same request.
 *
 * @param {string} baseUrl
 * @returns {{ name: string, call: () => Promise<unknown> }[]}
 */
function makeContenders(baseUrl) {
  const kit = new KitClient({ token: TOKEN, baseUrl });
  const official = new OfficialClient({ token: TOKEN, baseUrl });
  const headers = { Authorization: `Bearer ${TOKEN}`, 'Intercom-Version': '2.14', Accept: 'application/json' };
  const plainFetch = async () => {
    const response = await fetch(`${baseUrl}/me`, { headers });
    if (!response.ok) throw new Error(`GET /me answered ${response.status}`);
    return response.json();
  };
  return [
    { name: 'plain fetch', call: plainFetch },
    { name: 'intercom-kit', call: () => kit.admins.identify() },
    { name: 'intercom-client', call: () => official.admins.identify() },
  ];
}
