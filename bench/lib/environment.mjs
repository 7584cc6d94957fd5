import { createRequire } from 'node:module';
import os from 'node:os';

const require = createRequire(import.meta.url);

/**
 * @typedef {object} Environment
 * @property {string} node
 * @property {string} platform
 * @property {number} cpus
 * @property {string} cpuModel
 * @property {number} totalMemoryGiB
 * @property {string} date
 * @property {number[]} loadAverageAtStart
 * @property {number[]} loadAverageAtEnd
 * @property {string} machineNote
 * @property {Record<string, string>} versions
 */

/** @param {string} name */
const versionOf = (name) => /** @type {{ version: string }} */ (require(`${name}/package.json`)).version;

/**
 * What the numbers were measured on. The load average is recorded at the start and the end
 * because the machine may be shared: it is the only hint of what else was running.
 *
 * @returns {Environment}
 */
export function describeEnvironment() {
  const cpus = os.cpus();
  return {
    node: process.version,
    platform: `${os.platform()} ${os.release()} ${os.arch()}`,
    cpus: cpus.length,
    cpuModel: cpus[0]?.model.trim() ?? 'unknown CPU',
    totalMemoryGiB: Math.round(os.totalmem() / 2 ** 30),
    date: new Date().toISOString(),
    loadAverageAtStart: loadAverage(),
    loadAverageAtEnd: [],
    machineNote:
      'What else the machine was running is unknown: it may be shared, so absolute numbers are noisy; ratios between contenders measured in the same run are the figures to read.',
    versions: {
      '@intercom-kit/core': versionOf('@intercom-kit/core'),
      '@intercom-kit/search-dsl': versionOf('@intercom-kit/search-dsl'),
      '@intercom-kit/react': versionOf('@intercom-kit/react'),
      '@intercom-kit/emulator': versionOf('@intercom-kit/emulator'),
      'intercom-client': versionOf('intercom-client'),
      esbuild: versionOf('esbuild'),
      react: versionOf('react'),
      '@tanstack/react-query': versionOf('@tanstack/react-query'),
    },
  };
}

/** @returns {number[]} */
export function loadAverage() {
  return os.loadavg().map((value) => Math.round(value * 100) / 100);
}
