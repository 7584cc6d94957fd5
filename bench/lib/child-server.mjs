import { fork } from 'node:child_process';
import { fileURLToPath } from 'node:url';

/**
 * @typedef {{ url: string, pid: number, close(): Promise<void> }} ChildServer
 */

/** @type {Set<import('node:child_process').ChildProcess>} */
const running = new Set();

/**
 * Starts one of the scripts in `servers/` in its own Node process (its own event loop, so the
 * server's work does not run on the measured client's thread) and waits for the URL it reports.
 *
 * @param {string} script file name under servers/
 * @param {unknown} options passed to the script as JSON
 * @returns {Promise<ChildServer>}
 */
export function startServer(script, options) {
  const path = fileURLToPath(new URL(`../servers/${script}`, import.meta.url));
  const child = fork(path, [JSON.stringify(options)], { execArgv: [], stdio: ['ignore', 'inherit', 'inherit', 'ipc'] });
  running.add(child);
  const exited = new Promise((resolve) => child.once('exit', resolve));
  exited.then(() => running.delete(child));
  return new Promise((resolve, reject) => {
    const onExit = (/** @type {number | null} */ code) =>
      reject(new Error(`servers/${script} exited with code ${code} before it was listening.`));
    child.once('exit', onExit);
    child.once('error', reject);
    child.once('message', (message) => {
      child.off('exit', onExit);
      const url = /** @type {{ url?: unknown }} */ (message).url;
      if (typeof url !== 'string')
        return reject(new Error(`servers/${script} sent no URL: ${JSON.stringify(message)}`));
      resolve({
        url,
        pid: child.pid ?? -1,
        close: async () => {
          if (child.exitCode === null && child.signalCode === null) child.kill('SIGTERM');
          await exited;
        },
      });
    });
  });
}

/** Stops every server still running (after a figure threw before closing its own). */
export async function stopAllServers() {
  await Promise.all(
    [...running].map((child) => {
      const exited = new Promise((resolve) => child.once('exit', resolve));
      if (child.exitCode === null && child.signalCode === null) child.kill('SIGTERM');
      return exited;
    }),
  );
}
