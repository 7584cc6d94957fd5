// A loopback Intercom emulator in its own process: argv[2] is the JSON of createEmulator's options.
import { serveEmulator } from '@intercom-kit/emulator/node';
import { stopWithParent } from './child-process.mjs';

const options = JSON.parse(process.argv[2] ?? '{}');
const server = await serveEmulator(options, { port: 0 });
process.send?.({ url: server.url });
stopWithParent(() => server.close());
