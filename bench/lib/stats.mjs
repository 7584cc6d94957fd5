// Summaries of repeated measurements. Medians, not means: a shared machine produces outliers
// (another process taking the core), and the median ignores them while min–max still shows them.

/**
 * @param {readonly number[]} values
 * @returns {number}
 */
export function median(values) {
  if (values.length === 0) throw new RangeError('median() needs at least one value.');
  const sorted = [...values].sort((a, b) => a - b);
  const middle = Math.floor(sorted.length / 2);
  return sorted.length % 2 === 1
    ? /** @type {number} */ (sorted[middle])
    : ((sorted[middle - 1] ?? 0) + (sorted[middle] ?? 0)) / 2;
}

/**
 * @typedef {{ median: number, min: number, max: number, n: number }} Summary
 */

/**
 * @param {readonly number[]} values
 * @returns {Summary}
 */
export function summarize(values) {
  for (const value of values) {
    if (!Number.isFinite(value)) throw new RangeError(`Cannot summarise a non-finite measurement (${value}).`);
  }
  return { median: median(values), min: Math.min(...values), max: Math.max(...values), n: values.length };
}

/**
 * Ratios of paired samples (same round, measured back to back), so a slow spell of the machine
 * that hits both contenders of a round cancels out instead of skewing the ratio.
 *
 * @param {readonly number[]} values
 * @param {readonly number[]} reference
 * @returns {number[]}
 */
export function pairedRatios(values, reference) {
  return paired('ratios', values, reference, (value, base) => value / base);
}

/**
 * Paired differences, `values[i] - reference[i]`.
 *
 * @param {readonly number[]} values
 * @param {readonly number[]} reference
 * @returns {number[]}
 */
export function pairedDifferences(values, reference) {
  return paired('differences', values, reference, (value, base) => value - base);
}

/**
 * @param {string} what
 * @param {readonly number[]} values
 * @param {readonly number[]} reference
 * @param {(value: number, base: number) => number} combine
 * @returns {number[]}
 */
function paired(what, values, reference, combine) {
  if (values.length !== reference.length) {
    throw new RangeError(`Paired ${what} need as many samples on each side (${values.length} vs ${reference.length}).`);
  }
  return values.map((value, index) => combine(value, /** @type {number} */ (reference[index])));
}
