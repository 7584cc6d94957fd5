// `pnpm bench`: measures every figure and writes RESULTS.md next to this file and every sample to
// results/results.json (a folder the formatter leaves alone, so a run never breaks the lint).
// `node --expose-gc run.mjs --quick`: one short run per figure, both files written to a temporary
// directory (or --out), to prove the harness works. Exits non-zero when a figure throws; a missed target never
// fails the run. `--only id,id` runs some figures.
import { mkdtemp } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import { figures } from './figures/index.mjs';
import { describeEnvironment, loadAverage } from './lib/environment.mjs';
import { writeReport } from './lib/report.mjs';
import { runFigures } from './lib/runner.mjs';

const { values } = parseArgs({
  options: {
    quick: { type: 'boolean', default: false },
    out: { type: 'string' },
    only: { type: 'string' },
  },
});
const quick = values.quick ?? false;
const selected = values.only?.split(',').map((id) => id.trim());
const unknown = selected?.filter((id) => !figures.some((figure) => figure.id === id)) ?? [];
if (unknown.length > 0) {
  console.error(`Unknown figure ${unknown.join(', ')}; known: ${figures.map((figure) => figure.id).join(', ')}.`);
  process.exit(2);
}
if (typeof globalThis.gc !== 'function') {
  console.error('Run with `node --expose-gc run.mjs` (the memory figures call gc()).');
  process.exit(2);
}
const outDirectory = values.out ?? (quick ? await mkdtemp(join(tmpdir(), 'intercom-kit-bench-')) : undefined);
const paths =
  outDirectory === undefined
    ? {
        markdown: fileURLToPath(new URL('RESULTS.md', import.meta.url)),
        json: fileURLToPath(new URL('results/results.json', import.meta.url)),
      }
    : { markdown: join(outDirectory, 'RESULTS.md'), json: join(outDirectory, 'results.json') };

const environment = describeEnvironment();
const started = performance.now();
const { results, failures } = await runFigures(
  figures.filter((figure) => selected === undefined || selected.includes(figure.id)),
  // Quick: one recorded run, only to prove every code path works. Full: 7 runs (5 where a run is long).
  { quick, runs: quick ? 1 : 7, warmup: 1 },
);
environment.loadAverageAtEnd = loadAverage();
await writeReport(paths, {
  mode: quick ? 'quick' : 'full',
  environment,
  figures: results,
  failures,
  seconds: (performance.now() - started) / 1000,
});
console.error(`Wrote ${paths.markdown} and ${paths.json}`);
if (failures.length > 0) {
  console.error(`${failures.length} figure(s) failed: ${failures.map((failure) => failure.id).join(', ')}`);
  process.exitCode = 1;
}
