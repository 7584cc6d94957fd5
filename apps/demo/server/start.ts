// Node-only: serves the proxy, the demo's controls and the app from one loopback port.
import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import { toNodeHandler } from '@intercom-kit/core/proxy';
import { createBackend, type DemoBackend } from './backend';
import { readDemoConfig } from './config';
import { createDemoHandler, isDemoPath } from './demo-handler';
import { listenOnFreePort } from './listen';

/** Connect-style middleware (Vite's `server.middlewares`) that serves the app. */
export type AppMiddleware = (req: IncomingMessage, res: ServerResponse, next: (error?: unknown) => void) => void;

export interface StartDemoOptions {
  readonly env: Readonly<Record<string, string | undefined>>;
  readonly app: AppMiddleware;
  /** An existing, not yet listening server (Vite attaches its hot-reload socket to it). */
  readonly httpServer?: Server;
}

export interface RunningDemo {
  readonly url: string;
  readonly backend: DemoBackend;
  /** One line that says what the demo runs against and where. */
  readonly banner: string;
  close(): Promise<void>;
}

const HOST = '127.0.0.1';

export async function startDemo({ env, app, httpServer }: StartDemoOptions): Promise<RunningDemo> {
  const config = readDemoConfig(env);
  const backend = createBackend(config.upstream);
  const demo = toNodeHandler(createDemoHandler(backend));
  const server = httpServer ?? createServer();
  server.on('request', (req: IncomingMessage, res: ServerResponse) => {
    if (isDemoPath(new URL(req.url ?? '/', 'http://x').pathname)) return demo(req, res);
    app(req, res, (error) => {
      res.statusCode = error ? 500 : 404;
      res.end(error ? 'Internal error' : 'Not found');
    });
  });
  const port = await listenOnFreePort(server, config.port, HOST);
  const url = `http://${HOST}:${port}/`;
  const upstream = config.upstream;
  const against =
    upstream.kind === 'emulator'
      ? `the embedded emulator, seed ${upstream.seed}`
      : `the live ${upstream.region.toUpperCase()} workspace`;
  return {
    url,
    backend,
    banner: `intercom-kit demo on ${against}: ${url}`,
    close: () =>
      new Promise<void>((resolve) => {
        server.close(() => resolve());
        server.closeAllConnections();
      }),
  };
}
