import { stopAllServers } from './child-server.mjs';

/**
 * @typedef {import('./rows.mjs').Figure} Figure
 * @typedef {import('./rows.mjs').FigureResult} FigureResult
 * @typedef {import('./report.mjs').Failure} Failure
 */

/**
 * Runs the figures one after the other. A figure that throws is recorded as a failure and the
 * others still run, so one broken figure does not hide the rest. Outside quick mode a figure may
 * ask for more runs than `runs`, never fewer.
 *
 * @param {readonly Figure[]} figures
 * @param {{ quick: boolean, runs: number, warmup: number, log?: (line: string) => void }} options
 * @returns {Promise<{ results: FigureResult[], failures: Failure[] }>}
 */
export async function runFigures(figures, { quick, runs, warmup, log = (line) => console.error(line) }) {
  /** @type {FigureResult[]} */
  const results = [];
  /** @type {Failure[]} */
  const failures = [];
  for (const figure of figures) {
    const started = performance.now();
    const figureLog = (/** @type {string} */ message) => log(`[${figure.id}] ${message}`);
    figureLog(quick ? 'quick run' : 'measuring');
    try {
      results.push(
        await figure.run({ quick, runs: quick ? runs : Math.max(runs, figure.runs ?? 0), warmup, log: figureLog }),
      );
      figureLog(`done in ${((performance.now() - started) / 1000).toFixed(1)} s`);
    } catch (error) {
      const message = error instanceof Error ? (error.stack ?? error.message) : String(error);
      failures.push({ id: figure.id, title: figure.title, error: message });
      figureLog(`FAILED: ${message}`);
      await stopAllServers();
    }
  }
  return { results, failures };
}
