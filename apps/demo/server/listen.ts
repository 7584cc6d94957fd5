import type { Server } from 'node:http';

const ATTEMPTS = 20;

/**
 * Listens on `port`, or on the next free one of the following ports, or on any free port: a taken
 * port (another demo, another dev server) should never stop the demo from starting.
 */
export async function listenOnFreePort(server: Server, port: number, host: string): Promise<number> {
  const candidates = port === 0 ? [0] : [...Array.from({ length: ATTEMPTS }, (_, i) => port + i), 0];
  for (const candidate of candidates.filter((p) => p <= 65535)) {
    if (await tryListen(server, candidate, host)) {
      const address = server.address();
      if (address && typeof address === 'object') return address.port;
    }
  }
  throw new Error(`No free port found from ${port} on ${host}.`);
}

function tryListen(server: Server, port: number, host: string): Promise<boolean> {
  return new Promise((resolve, reject) => {
    const onError = (error: NodeJS.ErrnoException) => {
      server.off('listening', onListening);
      if (error.code === 'EADDRINUSE') resolve(false);
      else reject(error);
    };
    const onListening = () => {
      server.off('error', onError);
      resolve(true);
    };
    server.once('error', onError);
    server.once('listening', onListening);
    server.listen(port, host);
  });
}
