// The demo server: the seeded emulator behind the proxy at /api, and the app, on one local port.
// Everything is compiled from source (the app by Vite, the server by esbuild), so nothing has to
// be built first. Started by scripts/demo.mjs, which forwards Ctrl-C.
import { createServer as createHttpServer } from 'node:http';
import { fileURLToPath } from 'node:url';
import { createLogger, createServer as createViteServer } from 'vite';
import { loadServer } from './bundle-server.mjs';

let stopping = false;
let closers = [];

// Closes the HTTP server and Vite, then leaves; a close that hangs gets a few seconds at most.
async function stop() {
  if (stopping) return;
  stopping = true;
  const grace = new Promise((resolve) => setTimeout(resolve, 3000).unref());
  await Promise.race([Promise.allSettled(closers.map((close) => close())), grace]);
  process.exit(0);
}
process.on('SIGINT', stop);
process.on('SIGTERM', stop);
process.on('SIGHUP', stop);
// The launcher holds the other end of stdin: when it goes, so does the server.
process.stdin.on('end', stop).resume();

// Work cut short by the shutdown is not worth reporting.
const logger = createLogger('warn');
const quietOnStop = {
  ...logger,
  warn: (message, options) => stopping || logger.warn(message, options),
  warnOnce: (message, options) => stopping || logger.warnOnce(message, options),
  error: (message, options) => stopping || logger.error(message, options),
};

const root = fileURLToPath(new URL('..', import.meta.url));
const httpServer = createHttpServer();
const vite = await createViteServer({
  root,
  configFile: fileURLToPath(new URL('../vite.config.ts', import.meta.url)),
  appType: 'spa',
  customLogger: quietOnStop,
  server: { middlewareMode: true, hmr: { server: httpServer } },
});
closers = [() => vite.close()];

try {
  const { startDemo } = await loadServer(root, vite.config.resolve.alias);
  const demo = await startDemo({ env: process.env, app: vite.middlewares, httpServer });
  closers = [() => demo.close(), () => vite.close()];
  // Let Vite finish discovering the app's dependencies first, so the first page load has nothing to wait for.
  await vite.environments.client.depsOptimizer?.scanProcessing;
  if (!stopping) console.log(demo.banner);
} catch (error) {
  stopping = true; // Vite's own complaints about being closed mid-scan would bury the message below
  await vite.close();
  console.error(error instanceof Error && error.name === 'DemoConfigError' ? error.message : error);
  process.exit(1);
}
