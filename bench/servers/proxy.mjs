// The intercom-kit proxy on node:http in its own process, in front of `upstream` (the emulator).
import { createServer } from 'node:http';
import { bearerSecret, createIntercomProxy, toNodeHandler } from '@intercom-kit/core/proxy';
import { listenOnLoopback } from './child-process.mjs';

const { upstream, token, secret } = JSON.parse(process.argv[2] ?? '{}');
const proxy = createIntercomProxy({ token, baseUrl: upstream, authorize: bearerSecret(secret), allow: ['readOnly'] });
listenOnLoopback(createServer(toNodeHandler(proxy)), 'The proxy server');
