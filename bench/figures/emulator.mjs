import { spawn } from 'node:child_process';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { createEmulator } from '@intercom-kit/emulator';
import { atMost, row } from '../lib/rows.mjs';
import { interleaved, samplesOf } from '../lib/sampling.mjs';

/** @typedef {import('../lib/rows.mjs').FigureContext} FigureContext */

const STARTUP_CONVERSATIONS = 5000;
const PER_PAGE = 150;
const NOW = Date.UTC(2025, 5, 1);
const HEADERS = { Authorization: 'Bearer bench', 'Intercom-Version': '2.14', 'Content-Type': 'application/json' };
const QUERY = {
  operator: 'AND',
  value: [
    { field: 'state', operator: '=', value: 'open' },
    { field: 'created_at', operator: '>', value: Math.floor(NOW / 1000) - 150 * 86_400 },
    { field: 'priority', operator: '=', value: 'not_priority' },
  ],
};

/** @type {import('../lib/rows.mjs').Figure} */
export const emulatorFigure = {
  id: 'emulator',
  title: 'Emulator',
  run,
};

/** @param {FigureContext} context */
async function run(context) {
  const search = await searchRows(context);
  globalThis.gc?.(); // the large workspace is garbage now; later figures should not pay for it
  const startup = await startupRows(context);
  return {
    id: emulatorFigure.id,
    title: emulatorFigure.title,
    method:
      'Search: `POST /conversations/search` with a 3-filter AND query (state, created_at, priority) and ' +
      `per_page ${PER_PAGE}, answered by an in-process emulator (\`emulator.fetch\`, no HTTP, no rate limit); the ` +
      'figure is the time until the whole body has been read, for the first page and for the next page (its ' +
      '`starting_after` cursor). Start-up: `createEmulator()` with 5,000 conversations until its first search is ' +
      'answered (in this process, modules already loaded), and the `intercom-emulator` CLI from spawning a new ' +
      'Node process until it prints that it is listening, beside spawning `node -e` that prints one line (Node’s own start-up).',
    rows: [...search.rows, ...startup],
    notes: search.notes,
  };
}

/** @param {FigureContext} context */
async function searchRows({ quick, runs, warmup, log }) {
  const conversations = quick ? 10_000 : 100_000;
  log(`seeding ${conversations} conversations`);
  const emulator = createEmulator({ seed: 1, now: NOW, conversations, rateLimit: false });
  const first =
    /** @type {{ total_count: number, conversations: unknown[], pages: { next?: { starting_after?: string } } }} */ (
      JSON.parse(await searchText(emulator, { per_page: PER_PAGE }))
    );
  const cursor = first.pages.next?.starting_after;
  if (first.conversations.length !== PER_PAGE || cursor === undefined) {
    throw new Error(`The benchmark query matches too few conversations (${first.total_count}) for two full pages.`);
  }
  const requests = quick ? 2 : 10;
  /** @param {unknown} pagination */
  const timed = (pagination) => async () => {
    const start = performance.now();
    for (let index = 0; index < requests; index++) JSON.parse(await searchText(emulator, pagination));
    return (performance.now() - start) / requests;
  };
  log(`search latency, ${requests} requests per run`);
  const samples = await interleaved(
    [
      { name: 'first page', measure: timed({ per_page: PER_PAGE }) },
      { name: 'next page', measure: timed({ per_page: PER_PAGE, starting_after: cursor }) },
    ],
    { warmup, runs },
  );
  const measure = `search page over ${conversations.toLocaleString('en-US')} conversations (3 filters, per_page ${PER_PAGE})`;
  const target = atMost(50, '< 50 ms', { strict: true });
  return {
    rows: [
      row({ measure, contender: 'first page', unit: 'ms', samples: samplesOf(samples, 'first page'), target }),
      row({ measure, contender: 'next page (cursor)', unit: 'ms', samples: samplesOf(samples, 'next page'), target }),
    ],
    notes: [
      `The query matches ${first.total_count.toLocaleString('en-US')} of the ${conversations.toLocaleString('en-US')} ` +
        `conversations; a page of ${PER_PAGE} is about ${Math.round(JSON.stringify(first).length / 1024)} KiB of JSON.`,
    ],
  };
}

/** @param {FigureContext} context */
async function startupRows({ runs, warmup, log }) {
  const bin = join(
    dirname(createRequire(import.meta.url).resolve('@intercom-kit/emulator/package.json')),
    'bin',
    'intercom-emulator.mjs',
  );
  log('start-up');
  const samples = await interleaved(
    [
      {
        name: 'in-process',
        measure: async () => {
          const start = performance.now();
          const emulator = createEmulator({ seed: 1, now: NOW, conversations: STARTUP_CONVERSATIONS });
          await searchText(emulator, { per_page: PER_PAGE });
          return performance.now() - start;
        },
      },
      {
        name: 'cli',
        measure: () =>
          timeUntilOutput(
            [bin, '--port', '0', '--conversations', String(STARTUP_CONVERSATIONS), '--no-rate-limit'],
            /listening on/,
          ),
      },
      { name: 'node', measure: () => timeUntilOutput(['-e', 'console.log("ready")'], /ready/) },
    ],
    { warmup, runs },
  );
  const measure = `start-up with ${STARTUP_CONVERSATIONS.toLocaleString('en-US')} conversations`;
  const target = atMost(1000, '< 1 s', { strict: true });
  return [
    row({
      measure,
      contender: 'createEmulator() + first search',
      unit: 'ms',
      samples: samplesOf(samples, 'in-process'),
      target,
    }),
    row({
      measure,
      contender: 'intercom-emulator CLI (new process)',
      unit: 'ms',
      samples: samplesOf(samples, 'cli'),
      target,
    }),
    row({
      measure: 'Node start-up (floor for the CLI)',
      contender: 'node -e',
      unit: 'ms',
      samples: samplesOf(samples, 'node'),
    }),
  ];
}

/**
 * One page of the benchmark query, its body read to the end.
 *
 * @param {import('@intercom-kit/emulator').Emulator} emulator
 * @param {unknown} pagination
 * @returns {Promise<string>} the JSON text
 */
async function searchText(emulator, pagination) {
  const response = await emulator.fetch('http://emulator.invalid/conversations/search', {
    method: 'POST',
    headers: HEADERS,
    body: JSON.stringify({ query: QUERY, pagination }),
  });
  const text = await response.text();
  if (!response.ok) throw new Error(`Search answered ${response.status}: ${text}`);
  return text;
}

/**
 * Spawns `node …args` and resolves with the milliseconds until its stdout matches `ready`, then stops it.
 *
 * @param {string[]} args
 * @param {RegExp} ready
 * @returns {Promise<number>}
 */
function timeUntilOutput(args, ready) {
  const start = performance.now();
  const child = spawn(process.execPath, args, { stdio: ['ignore', 'pipe', 'inherit'] });
  return new Promise((resolve, reject) => {
    let output = '';
    child.once('error', reject);
    child.once('exit', (code) =>
      reject(new Error(`node ${args.join(' ')} exited (${code}) before printing ${ready}: ${output}`)),
    );
    child.stdout.on('data', (chunk) => {
      output += String(chunk);
      if (!ready.test(output)) return;
      const elapsed = performance.now() - start;
      child.removeAllListeners('exit');
      child.once('exit', () => resolve(elapsed));
      child.kill('SIGTERM');
    });
  });
}
