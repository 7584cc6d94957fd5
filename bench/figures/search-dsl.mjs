import { compileQuery, searchQuerySymbol } from '@intercom-kit/search-dsl';
import { atMost, row } from '../lib/rows.mjs';
import { interleaved, samplesOf } from '../lib/sampling.mjs';
import { buildQuery, LEAVES, shapeOf } from './search-dsl-query.mjs';

/** @typedef {import('../lib/rows.mjs').FigureContext} FigureContext */

/** @type {import('../lib/rows.mjs').Figure} */
export const searchDsl = {
  id: 'search-dsl',
  title: 'search-dsl compile + validate',
  run,
};

/** @param {FigureContext} context */
async function run({ quick, runs, warmup, log }) {
  const expression = buildQuery();
  const json = expression.toJSON();
  for (const compiled of [
    json,
    compileQuery(json, { resource: 'conversations' }),
    expression[searchQuerySymbol]('conversations'),
  ]) {
    const shape = shapeOf(compiled);
    if (shape.leaves !== LEAVES || shape.depth !== 2) {
      throw new Error(
        `The benchmark query compiles to ${shape.leaves} leaves at depth ${shape.depth}, not ${LEAVES} at 2.`,
      );
    }
  }
  const iterations = quick ? 200 : 5000;
  log(`${iterations} calls per run`);
  const contenders = [
    { name: 'compileQuery(json)', call: () => compileQuery(json, { resource: 'conversations' }) },
    { name: 'expression → JSON', call: () => expression[searchQuerySymbol]('conversations') },
    { name: 'build + compile', call: () => buildQuery()[searchQuerySymbol]('conversations') },
    { name: 'JSON.stringify only', call: () => JSON.stringify(json) },
  ];
  const samples = await interleaved(
    contenders.map(({ name, call }) => ({ name, measure: () => microsecondsPerSyncCall(iterations, call) })),
    { warmup, runs },
  );
  const measure = `${LEAVES}-leaf, 2-level conversations query`;
  const unit = 'µs/query';
  const reference = { vs: 'JSON.stringify', samples: samplesOf(samples, 'JSON.stringify only') };
  const target = atMost(10, '≤ 10 µs');
  return {
    id: searchDsl.id,
    title: searchDsl.title,
    method:
      `A query of ${LEAVES} filters in two levels (an AND of three OR groups of 15 filters, every filter on its own ` +
      'field, so that normalisation keeps all 45) is validated against the conversations catalog and Intercom’s limits ' +
      'and compiled to its canonical JSON: from raw JSON with `compileQuery(json, { resource })` (what the proxy and ' +
      'the emulator do with a request body), from a prebuilt expression through the protocol method core calls ' +
      'before sending, and built with the resource builder and then compiled. `JSON.stringify` of the same query ' +
      `(about ${JSON.stringify(json).length.toLocaleString('en-US')} bytes) is the floor: what a client that sends ` +
      `the query unchecked still pays. A run is ${iterations.toLocaleString('en-US')} calls in a loop.`,
    rows: [
      row({
        measure,
        contender: 'compileQuery(json)',
        unit,
        samples: samplesOf(samples, 'compileQuery(json)'),
        reference,
        target,
      }),
      row({
        measure,
        contender: 'prebuilt expression → JSON',
        unit,
        samples: samplesOf(samples, 'expression → JSON'),
        reference,
        target,
      }),
      row({
        measure,
        contender: 'build with the DSL + compile',
        unit,
        samples: samplesOf(samples, 'build + compile'),
        reference,
      }),
      row({ measure, contender: 'JSON.stringify only (floor)', unit, samples: reference.samples }),
    ],
    notes: [],
  };
}

let sink = 0;

/**
 * @param {number} count
 * @param {() => unknown} call
 * @returns {number} microseconds per call
 */
function microsecondsPerSyncCall(count, call) {
  const start = performance.now();
  for (let index = 0; index < count; index++) {
    // Keeps the results alive so the optimiser cannot drop the calls.
    if (call() === undefined) sink++;
  }
  const elapsed = performance.now() - start;
  if (sink > 0) throw new Error('A measured call returned nothing.');
  return (elapsed * 1000) / count;
}
