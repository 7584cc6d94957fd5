// `pnpm demo`: starts the demo server (scripts/serve.mjs) and stops it on Ctrl-C.
//
// The server runs in a process group of its own. A Ctrl-C in the terminal signals the whole
// foreground group, and would reach the esbuild service that Vite runs beside the server, which
// then dies in the middle of its work. Here only this launcher gets it, and it asks the server to
// shut down in order.
import { spawn } from 'node:child_process';
import { fileURLToPath } from 'node:url';

const server = spawn(process.execPath, [fileURLToPath(new URL('./serve.mjs', import.meta.url))], {
  stdio: ['pipe', 'inherit', 'inherit'], // the server stops when this pipe closes, if the launcher dies
  // On Windows a detached child would open a console window of its own; Ctrl-C works differently there.
  detached: process.platform !== 'win32',
});

for (const signal of ['SIGINT', 'SIGTERM', 'SIGHUP']) {
  process.on(signal, () => server.kill(signal));
}
server.on('exit', (code, signal) => process.exit(code ?? (signal ? 1 : 0)));
