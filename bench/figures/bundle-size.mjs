import { fileURLToPath } from 'node:url';
import { gzipSync } from 'node:zlib';
import { build } from 'esbuild';
import { atMost, row } from '../lib/rows.mjs';
import { interleavedMetrics, samplesOf } from '../lib/sampling.mjs';

/** @typedef {import('../lib/rows.mjs').FigureContext} FigureContext */
/** @typedef {import('../lib/rows.mjs').Row} Row */

// React and TanStack Query are the application's own dependencies, shared by every contender, so
// the React programs leave them out and measure only what each approach adds.
const REACT_EXTERNALS = ['react', 'react/*', 'react-dom', 'react-dom/*', '@tanstack/react-query'];
const KiB = 1024;

/**
 * @typedef {object} Program
 * @property {string} measure
 * @property {{ contender: string, entry: string }[]} entries the first one is the reference
 * @property {string[]} [external]
 * @property {{ contender: string, gzip: number, text: string }} [target]
 * @property {string} [note]
 */

/** @type {Program[]} */
const PROGRAMS = [
  {
    measure: 'program: client + DSL search + two pages',
    entries: [
      { contender: 'intercom-client', entry: 'program-intercom-client.ts' },
      { contender: 'intercom-kit', entry: 'program-intercom-kit.ts' },
      { contender: 'intercom-kit, raw JSON query instead of the DSL', entry: 'program-intercom-kit-raw.ts' },
      { contender: 'plain fetch (floor)', entry: 'program-fetch.ts' },
    ],
    target: { contender: 'intercom-kit', gzip: 10 * KiB, text: '≤ 10 KiB gzip' },
  },
  {
    measure: 'whole client (export *)',
    entries: [
      { contender: 'intercom-client', entry: 'client-intercom-client.ts' },
      { contender: 'intercom-kit', entry: 'client-intercom-kit.ts' },
    ],
    target: { contender: 'intercom-kit', gzip: 14 * KiB, text: '≤ 14 KiB gzip' },
  },
  {
    measure: 'search-dsl alone',
    entries: [
      { contender: 'field() (three catalogs)', entry: 'dsl-all-catalogs.ts' },
      { contender: 'conversations builder (one catalog)', entry: 'dsl-one-catalog.ts' },
    ],
  },
  {
    measure: 'React: useConversations inbox',
    entries: [
      { contender: 'intercom-client + useInfiniteQuery', entry: 'react-intercom-client.tsx' },
      { contender: 'intercom-kit (useConversations)', entry: 'react-intercom-kit.tsx' },
      { contender: 'fetch + useInfiniteQuery (floor)', entry: 'react-fetch.tsx' },
    ],
    external: REACT_EXTERNALS,
    note: 'react, react-dom and @tanstack/react-query are external (not counted) for every contender.',
  },
];

/** @type {import('../lib/rows.mjs').Figure} */
export const bundleSize = {
  id: 'bundle-size',
  title: 'Bundle size',
  run,
};

/** @param {FigureContext} context */
async function run({ runs, warmup, log }) {
  /** @type {Row[]} */
  const rows = [];
  /** @type {string[]} */
  const notes = [];
  for (const program of PROGRAMS) {
    log(program.measure);
    const sizes = await interleavedMetrics(
      program.entries.map(({ contender, entry }) => ({
        name: contender,
        measure: async () => {
          const code = await bundle(entry, program.external ?? []);
          return { minified: code.length, gzip: gzipSync(code, { level: 9 }).length };
        },
      })),
      { warmup, runs },
    );
    /** @param {string} contender @param {'minified' | 'gzip'} metric */
    const samples = (contender, metric) => samplesOf(samplesOf(sizes, contender), metric);
    const [first] = program.entries;
    if (first === undefined) throw new Error(`${program.measure} has no entries.`);
    const reference = { vs: first.contender, samples: samples(first.contender, 'gzip') };
    const minifiedReference = { vs: first.contender, samples: samples(first.contender, 'minified') };
    for (const { contender } of program.entries) {
      const isReference = contender === first.contender;
      const target = program.target?.contender === contender ? program.target : undefined;
      rows.push(
        row({
          measure: `${program.measure}, gzip`,
          contender,
          unit: 'B',
          samples: samples(contender, 'gzip'),
          reference: isReference ? undefined : reference,
          target: target && atMost(target.gzip, target.text),
        }),
        row({
          measure: `${program.measure}, minified`,
          contender,
          unit: 'B',
          samples: samples(contender, 'minified'),
          reference: isReference ? undefined : minifiedReference,
        }),
      );
    }
    notes.push(
      `${program.measure}: ${program.entries.map(({ contender, entry }) => `${contender} \`bundles/${entry}\``).join(', ')}.` +
        (program.note ? ` ${program.note}` : ''),
    );
  }
  return {
    id: bundleSize.id,
    title: bundleSize.title,
    method:
      "Each program in `bench/bundles/` is bundled with esbuild’s JS API (`platform: 'browser'`, `format: 'esm'`, " +
      '`bundle`, `minify`, default target) against the built packages, and the output is gzipped with zlib at level 9. ' +
      'Sizes are deterministic, so min = max; the programs are still rebuilt in every run like any other figure. ' +
      'The ratio is to the first contender of each program. KiB = 1,024 bytes.',
    rows,
    notes: [
      ...notes,
      'intercom-client has no query builder, so search-dsl has no counterpart there; without a builder the query ' +
        'is a JSON literal in the program. `field()` is checked against the catalog of whichever resource it is ' +
        'sent to, so it brings all three catalogs; a resource builder brings one.',
      'Stated elsewhere for comparison, not as targets: intercom-client ≈ 32 KB gzip / 526 KB minified for the program.',
    ],
  };
}

/**
 * @param {string} entry file name under bundles/
 * @param {string[]} external
 * @returns {Promise<Uint8Array>} the minified bundle
 */
async function bundle(entry, external) {
  const result = await build({
    entryPoints: [fileURLToPath(new URL(`../bundles/${entry}`, import.meta.url))],
    bundle: true,
    minify: true,
    format: 'esm',
    platform: 'browser',
    jsx: 'automatic',
    external,
    write: false,
    logLevel: 'silent',
  });
  const [output] = result.outputFiles;
  if (output === undefined) throw new Error(`esbuild produced no output for ${entry}.`);
  return output.contents;
}
