import { pairedRatios, summarize } from './stats.mjs';

/**
 * @typedef {import('./stats.mjs').Summary} Summary
 * @typedef {{ text: string, met: boolean, on: 'value' | 'ratio', measured: number }} Target
 * @typedef {object} Row
 * @property {string} measure what is measured, e.g. "sequential GET /me"
 * @property {string} contender who is measured
 * @property {string} unit unit of the samples and of the summary
 * @property {number[]} samples one value per recorded run
 * @property {Summary} summary
 * @property {{ vs: string, samples: number[], summary: Summary } | undefined} ratio to the reference row
 * @property {Target | undefined} target
 * @property {string | undefined} note
 *
 * @typedef {object} FigureResult
 * @property {string} id
 * @property {string} title
 * @property {string} method how the figure is measured, in a sentence or two
 * @property {Row[]} rows
 * @property {string[]} notes
 *
 * @typedef {object} FigureContext
 * @property {boolean} quick one short run per figure, to prove the harness works
 * @property {number} runs recorded runs per measurement
 * @property {number} warmup unrecorded runs before them
 * @property {(message: string) => void} log progress, on stderr
 *
 * @typedef {object} Figure
 * @property {string} id
 * @property {string} title
 * @property {number} [runs] recorded runs in full mode, when more than the default are worth their time
 * @property {(context: FigureContext) => Promise<FigureResult>} run
 */

/**
 * @typedef {object} RowInput
 * @property {string} measure
 * @property {string} contender
 * @property {string} unit
 * @property {number[]} samples
 * @property {{ vs: string, samples: number[] }} [reference] paired reference samples: adds the ratio
 * @property {(row: { summary: Summary, ratio: Summary | undefined }) => Target} [target]
 * @property {string} [note]
 */

/**
 * @param {RowInput} input
 * @returns {Row}
 */
export function row({ measure, contender, unit, samples, reference, target, note }) {
  const summary = summarize(samples);
  const ratioSamples = reference === undefined ? undefined : pairedRatios(samples, reference.samples);
  const ratio =
    reference === undefined || ratioSamples === undefined
      ? undefined
      : { vs: reference.vs, samples: ratioSamples, summary: summarize(ratioSamples) };
  return {
    measure,
    contender,
    unit,
    samples,
    summary,
    ratio,
    target: target?.({ summary, ratio: ratio?.summary }),
    note,
  };
}

/**
 * A target on the median: "≤ limit" (or "< limit" when `strict`).
 *
 * @param {number} limit
 * @param {string} text
 * @param {{ on?: 'value' | 'ratio', strict?: boolean }} [options]
 * @returns {(row: { summary: Summary, ratio: Summary | undefined }) => Target}
 */
export function atMost(limit, text, { on = 'value', strict = false } = {}) {
  return ({ summary, ratio }) => {
    const measured = on === 'ratio' ? ratio?.median : summary.median;
    if (measured === undefined) throw new Error(`Target "${text}" is on the ratio, but the row has no reference.`);
    return { text, met: strict ? measured < limit : measured <= limit, on, measured };
  };
}

/**
 * A target on the median: exactly `expected`.
 *
 * @param {number} expected
 * @param {string} text
 * @returns {(row: { summary: Summary }) => Target}
 */
export function exactly(expected, text) {
  return ({ summary }) => ({ text, met: summary.median === expected, on: 'value', measured: summary.median });
}
