// The intercom-kit proxy on node:http in its own process, in front of `upstream` (the emulator).
import { createServer } from 'node:http';
import { bearerSecret, createIntercomProxy, toNodeHandler } from '@intercom-kit/core/proxy';

const { upstream, token, secret } = JSON.parse(process.argv[2] ?? '{}');
const proxy = createIntercomProxy({ token, baseUrl: upstream, authorize: bearerSecret(secret), allow: ['readOnly'] });
const server = createServer(toNodeHandler(proxy));
server.keepAliveTimeout = 60_000;
server.listen(0, '127.0.0.1', () => {
  const address = server.address();
  if (address === null || typeof address === 'string') throw new Error('The proxy server has no TCP address.');
  process.send?.({ url: `http://127.0.0.1:${address.port}` });
});
const stop = () => {
  // Idle keep-alive sockets must not hold the process open.
  setTimeout(() => process.exit(0), 1000).unref();
  return server.close(() => process.exit(0));
};
process.on('SIGTERM', stop);
process.on('disconnect', stop);
