// Interleaved sampling: every round measures each contender once, back to back, and the order
// rotates from round to round. On a shared machine the load changes over seconds; interleaving
// spreads those changes over all contenders instead of letting one of them absorb a slow spell.

/**
 * @typedef {{ name: string, measure: () => Promise<number> | number }} Contender
 * @typedef {{ name: string, measure: () => Promise<Record<string, number>> }} MultiContender
 * @typedef {{ warmup: number, runs: number }} Plan
 */

/**
 * Runs `plan.warmup` unrecorded rounds, then `plan.runs` recorded ones.
 *
 * @param {readonly Contender[]} contenders
 * @param {Plan} plan
 * @returns {Promise<Map<string, number[]>>} each contender's samples, in round order (so rounds pair up)
 */
export async function interleaved(contenders, plan) {
  const metrics = await interleavedMetrics(
    contenders.map(({ name, measure }) => ({ name, measure: async () => ({ value: await measure() }) })),
    plan,
  );
  return new Map([...metrics].map(([name, byMetric]) => [name, samplesOf(byMetric, 'value')]));
}

/**
 * Like `interleaved`, for a measurement that yields several metrics at once (a bundle's minified
 * and gzip sizes, a scroll's memory and time).
 *
 * @param {readonly MultiContender[]} contenders
 * @param {Plan} plan
 * @returns {Promise<Map<string, Map<string, number[]>>>} contender → metric → samples, in round order
 */
export async function interleavedMetrics(contenders, plan) {
  if (plan.runs < 1) throw new RangeError(`A measurement needs at least one run (got ${plan.runs}).`);
  const names = new Set(contenders.map((contender) => contender.name));
  if (names.size !== contenders.length) throw new Error('Contender names must be unique.');
  for (let round = 0; round < plan.warmup; round++) {
    for (const contender of rotate(contenders, round)) await contender.measure();
  }
  /** @type {Map<string, Map<string, number[]>>} */
  const samples = new Map(contenders.map((contender) => [contender.name, new Map()]));
  for (let round = 0; round < plan.runs; round++) {
    for (const contender of rotate(contenders, round)) {
      const byMetric = samples.get(contender.name) ?? new Map();
      for (const [metric, value] of Object.entries(await contender.measure())) {
        const values = byMetric.get(metric) ?? [];
        values.push(value);
        byMetric.set(metric, values);
      }
    }
  }
  return samples;
}

/**
 * @template T
 * @param {readonly T[]} items
 * @param {number} by
 * @returns {T[]}
 */
export function rotate(items, by) {
  const shift = items.length === 0 ? 0 : by % items.length;
  return [...items.slice(shift), ...items.slice(0, shift)];
}

/**
 * The samples of one contender (or metric); throws if it was not measured, so a typo cannot yield
 * an empty row.
 *
 * @template T
 * @param {Map<string, T>} samples
 * @param {string} name
 * @returns {T}
 */
export function samplesOf(samples, name) {
  const values = samples.get(name);
  if (values === undefined) throw new Error(`No samples for "${name}"; measured: ${[...samples.keys()].join(', ')}.`);
  return values;
}

/**
 * Runs `operation` `count` times in sequence and returns the mean time per call in microseconds.
 *
 * @param {number} count
 * @param {() => Promise<unknown>} operation
 * @returns {Promise<number>}
 */
export async function microsecondsPerCall(count, operation) {
  const start = performance.now();
  for (let index = 0; index < count; index++) await operation();
  return ((performance.now() - start) * 1000) / count;
}

/**
 * Runs `count` calls of `operation` over `lanes` concurrent lanes (each lane calls it in sequence)
 * and returns the wall time per call in microseconds.
 *
 * @param {number} count
 * @param {number} lanes
 * @param {() => Promise<unknown>} operation
 * @returns {Promise<number>}
 */
export async function concurrentMicrosecondsPerCall(count, lanes, operation) {
  let remaining = count;
  const lane = async () => {
    while (remaining > 0) {
      remaining--;
      await operation();
    }
  };
  const start = performance.now();
  await Promise.all(Array.from({ length: lanes }, lane));
  return ((performance.now() - start) * 1000) / count;
}

/** @param {number} milliseconds */
export const sleep = (milliseconds) => new Promise((resolve) => setTimeout(resolve, milliseconds));
