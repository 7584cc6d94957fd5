import { describe, expect, it } from 'vitest';
import { runFigures } from './runner.mjs';

/** @param {string} id @returns {import('./rows.mjs').FigureResult} */
const result = (id) => ({ id, title: id, method: '', rows: [], notes: [] });

describe('runFigures', () => {
  it('records a figure that throws as a failure and still runs the next ones', async () => {
    /** @type {unknown[]} */
    const contexts = [];
    const { results, failures } = await runFigures(
      [
        {
          id: 'broken',
          title: 'Broken',
          run: async () => {
            throw new Error('no server');
          },
        },
        {
          id: 'fine',
          title: 'Fine',
          run: async (context) => {
            contexts.push({ quick: context.quick, runs: context.runs, warmup: context.warmup });
            return result('fine');
          },
        },
      ],
      { quick: true, runs: 1, warmup: 1, log: () => {} },
    );
    expect(failures).toHaveLength(1);
    expect(failures[0]?.id).toBe('broken');
    expect(failures[0]?.error).toContain('no server');
    expect(results.map((figure) => figure.id)).toEqual(['fine']);
    expect(contexts).toEqual([{ quick: true, runs: 1, warmup: 1 }]);
  });

  it('gives a figure the runs it asks for in full mode, never fewer than the default, and one run in quick mode', async () => {
    /** @type {Record<string, number>} */
    const runsSeen = {};
    /** @param {string} id @param {number} [runs] @returns {import('./rows.mjs').Figure} */
    const figure = (id, runs) => ({
      id,
      title: id,
      runs,
      run: async (context) => {
        runsSeen[`${id}:${context.quick ? 'quick' : 'full'}`] = context.runs;
        return result(id);
      },
    });
    const figures = [figure('more', 11), figure('fewer', 3), figure('default')];
    await runFigures(figures, { quick: false, runs: 7, warmup: 1, log: () => {} });
    await runFigures(figures, { quick: true, runs: 1, warmup: 1, log: () => {} });
    expect(runsSeen).toEqual({
      'more:full': 11,
      'fewer:full': 7,
      'default:full': 7,
      'more:quick': 1,
      'fewer:quick': 1,
      'default:quick': 1,
    });
  });
});
