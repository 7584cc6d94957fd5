import { bearerSecret, createIntercomProxy } from '@intercom-kit/core/proxy';
import { startServer } from '../lib/child-server.mjs';
import { atMost, row } from '../lib/rows.mjs';
import { concurrentMicrosecondsPerCall, interleaved, microsecondsPerCall, samplesOf } from '../lib/sampling.mjs';
import { pairedDifferences } from '../lib/stats.mjs';

/** @typedef {import('../lib/rows.mjs').FigureContext} FigureContext */
/** @typedef {(path: string, init: { method: string, body?: string }) => Promise<unknown>} Send */

const TOKEN = 'bench-token';
const SECRET = 'bench-proxy-secret-0123456789';
const LANES = 16;
const SEARCH_BODY = JSON.stringify({
  query: {
    operator: 'AND',
    value: [
      { field: 'state', operator: '=', value: 'open' },
      { field: 'created_at', operator: '>', value: 1_735_689_600 },
      { field: 'priority', operator: '=', value: 'not_priority' },
    ],
  },
  pagination: { per_page: 5 },
});

/** @type {import('../lib/rows.mjs').Figure} */
export const proxy = {
  id: 'proxy',
  title: 'Proxy',
  runs: 9,
  run,
};

/** @param {FigureContext} context */
async function run({ quick, runs, warmup, log }) {
  const emulator = await startServer('emulator.mjs', { seed: 1, conversations: 500, rateLimit: false });
  const proxyServer = await startServer('proxy.mjs', { upstream: emulator.url, token: TOKEN, secret: SECRET });
  const forwarder = await startServer('forwarder.mjs', { upstream: emulator.url, token: TOKEN });
  try {
    const routes = makeRoutes(emulator.url, proxyServer.url, forwarder.url);
    const requests = quick ? 32 : 300;
    const rows = [];
    for (const [label, init] of /** @type {const} */ ([
      ['GET /me', { method: 'GET' }],
      ['POST /conversations/search (3 filters, per_page 5)', { method: 'POST', body: SEARCH_BODY }],
    ])) {
      const path = label.split(' ')[1] ?? '/';
      log(`sequential ${label}, ${requests} requests per run`);
      const samples = await interleaved(
        routes.map(({ name, send }) => ({
          name,
          measure: () => microsecondsPerCall(requests, () => send(path, init)),
        })),
        { warmup, runs },
      );
      rows.push(...latencyRows(`sequential ${label}`, samples));
    }
    log(`${LANES}-way concurrent GET /me, ${requests} requests per run`);
    const concurrent = await interleaved(
      routes.map(({ name, send }) => ({
        name,
        measure: async () =>
          1e6 / (await concurrentMicrosecondsPerCall(requests, LANES, () => send('/me', { method: 'GET' }))),
      })),
      { warmup, runs },
    );
    const direct = { vs: 'direct', samples: samplesOf(concurrent, 'direct') };
    const measure = `${LANES}-way concurrent GET /me`;
    rows.push(
      row({ measure, contender: 'direct', unit: 'req/s', samples: direct.samples }),
      row({
        measure,
        contender: 'proxy server',
        unit: 'req/s',
        samples: samplesOf(concurrent, 'proxy server'),
        reference: direct,
      }),
      row({
        measure,
        contender: 'handler in-process',
        unit: 'req/s',
        samples: samplesOf(concurrent, 'handler in-process'),
        reference: direct,
      }),
      row({
        measure,
        contender: 'bare forwarder (reference)',
        unit: 'req/s',
        samples: samplesOf(concurrent, 'bare forwarder (reference)'),
        reference: direct,
      }),
    );
    return {
      id: proxy.id,
      title: proxy.title,
      method:
        'Plain `fetch` calls the loopback emulator (child process, 500 conversations, no rate limit) four ways: ' +
        '**direct**; through the **proxy server**, `createIntercomProxy` served by `toNodeHandler` on `node:http` in ' +
        "its own process (bearer-secret authorization, `allow: ['readOnly']`, search bodies validated), which " +
        'forwards with Node’s fetch; and by calling the same **handler in-process** with a `Request`, which leaves ' +
        'out the extra HTTP hop and measures the handler’s own work plus its upstream fetch. A **bare forwarder** ' +
        '(node:http in its own process, no checks, token added, body passed through) shows what the extra hop ' +
        'alone costs, so `proxy server` minus `bare forwarder` is the proxy’s own share. Added latency is the ' +
        `per-run difference to direct of the mean latency of ${requests} sequential requests; requests per second ` +
        `come from ${requests} requests over ${LANES} concurrent lanes.`,
      rows,
      notes: [
        'Client, proxy server and emulator are three processes sharing the machine’s cores, so the concurrent ' +
          'figures measure the machine as much as the proxy.',
      ],
    };
  } finally {
    await forwarder.close();
    await proxyServer.close();
    await emulator.close();
  }
}

/**
 * @param {string} measure
 * @param {Map<string, number[]>} samples
 */
function latencyRows(measure, samples) {
  const direct = samplesOf(samples, 'direct');
  const viaServer = samplesOf(samples, 'proxy server');
  const inProcess = samplesOf(samples, 'handler in-process');
  const bare = samplesOf(samples, 'bare forwarder (reference)');
  const reference = { vs: 'direct', samples: direct };
  const added = atMost(500, '≤ 0.5 ms');
  return [
    row({ measure, contender: 'direct', unit: 'µs', samples: direct }),
    row({ measure, contender: 'proxy server', unit: 'µs', samples: viaServer, reference }),
    row({ measure, contender: 'handler in-process', unit: 'µs', samples: inProcess, reference }),
    row({ measure, contender: 'bare forwarder (reference)', unit: 'µs', samples: bare, reference }),
    row({
      measure: `added latency, ${measure}`,
      contender: 'proxy server',
      unit: 'µs',
      samples: pairedDifferences(viaServer, direct),
      target: added,
    }),
    row({
      measure: `added latency, ${measure}`,
      contender: 'handler in-process',
      unit: 'µs',
      samples: pairedDifferences(inProcess, direct),
      target: added,
    }),
    row({
      measure: `added latency, ${measure}`,
      contender: 'bare forwarder (reference)',
      unit: 'µs',
      samples: pairedDifferences(bare, direct),
    }),
    row({
      measure: `added latency over the bare forwarder, ${measure}`,
      contender: 'proxy server',
      unit: 'µs',
      samples: pairedDifferences(viaServer, bare),
    }),
  ];
}

/**
 * Four ways to the same emulator, each reading the whole JSON body.
 *
 * @param {string} emulatorUrl
 * @param {string} proxyUrl
 * @param {string} forwarderUrl
 * @returns {{ name: string, send: Send }[]}
 */
function makeRoutes(emulatorUrl, proxyUrl, forwarderUrl) {
  const handler = createIntercomProxy({
    token: TOKEN,
    baseUrl: emulatorUrl,
    authorize: bearerSecret(SECRET),
    allow: ['readOnly'],
  });
  /** @param {string} authorization */
  const headersFor = (authorization) => ({
    Authorization: `Bearer ${authorization}`,
    'Intercom-Version': '2.14',
    Accept: 'application/json',
    'Content-Type': 'application/json',
  });
  /** @param {Response} response */
  const read = async (response) => {
    if (!response.ok)
      throw new Error(`${response.url || 'in-process'} answered ${response.status}: ${await response.text()}`);
    return response.json();
  };
  return [
    {
      name: 'direct',
      send: async (path, init) => read(await fetch(`${emulatorUrl}${path}`, { ...init, headers: headersFor(TOKEN) })),
    },
    {
      name: 'proxy server',
      send: async (path, init) => read(await fetch(`${proxyUrl}${path}`, { ...init, headers: headersFor(SECRET) })),
    },
    {
      name: 'handler in-process',
      send: async (path, init) =>
        read(await handler(new Request(`http://proxy.invalid${path}`, { ...init, headers: headersFor(SECRET) }))),
    },
    {
      name: 'bare forwarder (reference)',
      send: async (path, init) =>
        read(await fetch(`${forwarderUrl}${path}`, { ...init, headers: headersFor('unused') })),
    },
  ];
}
