// A loopback Intercom emulator in its own process: argv[2] is the JSON of createEmulator's options.
import { serveEmulator } from '@intercom-kit/emulator/node';

const options = JSON.parse(process.argv[2] ?? '{}');
const server = await serveEmulator(options, { port: 0 });
process.send?.({ url: server.url });
const stop = () => {
  // Idle keep-alive sockets must not hold the process open.
  setTimeout(() => process.exit(0), 1000).unref();
  return server.close().then(() => process.exit(0));
};
process.on('SIGTERM', stop);
process.on('disconnect', stop);
