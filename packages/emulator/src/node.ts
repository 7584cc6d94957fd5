/**
 * Node adapter: serves an emulator over HTTP with node:http. Everything else in the package is
 * runtime-neutral; this entry (`@intercom-kit/emulator/node`) is the only one using Node built-ins.
 */
import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { createEmulator, type Emulator } from './emulator';
import { ConnectionDroppedError } from './faults';
import type { EmulatorOptions } from './options';

export interface ServeOptions {
  /** 0 (the default) picks a free port. */
  port?: number;
  /** Defaults to loopback only. */
  hostname?: string;
}

export interface ServedEmulator {
  url: string;
  port: number;
  emulator: Emulator;
  close(): Promise<void>;
}

const isEmulator = (value: Emulator | EmulatorOptions): value is Emulator =>
  typeof (value as Emulator).fetch === 'function';

export async function serveEmulator(
  emulatorOrOptions: Emulator | EmulatorOptions = {},
  options: ServeOptions = {},
): Promise<ServedEmulator> {
  const emulator = isEmulator(emulatorOrOptions) ? emulatorOrOptions : createEmulator(emulatorOrOptions);
  const hostname = options.hostname ?? '127.0.0.1';
  const server = createServer((req, res) => {
    handle(emulator, req, res, hostname).catch((error: unknown) => {
      if (!res.headersSent) res.writeHead(500, { 'Content-Type': 'text/plain' });
      res.end(error instanceof Error ? error.message : String(error));
    });
  });
  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(options.port ?? 0, hostname, () => resolve());
  });
  const { port } = server.address() as AddressInfo;
  const host = hostname.includes(':') ? `[${hostname}]` : hostname;
  return {
    url: `http://${host}:${port}`,
    port,
    emulator,
    close: () =>
      new Promise<void>((resolve, reject) => {
        server.close((error) => (error ? reject(error) : resolve()));
        server.closeAllConnections();
      }),
  };
}

async function handle(emulator: Emulator, req: IncomingMessage, res: ServerResponse, hostname: string): Promise<void> {
  const chunks: Buffer[] = [];
  for await (const chunk of req) chunks.push(chunk as Buffer);
  const headers = new Headers();
  for (const [name, value] of Object.entries(req.headers)) {
    if (value === undefined) continue;
    for (const item of [value].flat()) headers.append(name, item);
  }
  const aborted = new AbortController();
  res.once('close', () => {
    if (!res.writableFinished) aborted.abort();
  });
  const hasBody = req.method !== 'GET' && req.method !== 'HEAD' && chunks.length > 0;
  const request = new Request(`http://${req.headers.host ?? hostname}${req.url ?? '/'}`, {
    method: req.method,
    headers,
    body: hasBody ? Buffer.concat(chunks) : undefined,
    signal: aborted.signal,
  });
  let response: Response;
  try {
    response = await emulator.fetch(request);
  } catch (error) {
    // A dropped connection fault: close the socket without answering, like a network failure.
    if (error instanceof ConnectionDroppedError || aborted.signal.aborted) {
      req.socket.destroy();
      return;
    }
    throw error;
  }
  res.writeHead(response.status, Object.fromEntries(response.headers));
  res.end(Buffer.from(await response.arrayBuffer()));
}
