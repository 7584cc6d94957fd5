import * as proxyModule from '../../dist/proxy.js';
import { proxySmoke } from './smoke.mjs';

const serve = async (handler) => {
  const server = Bun.serve({ hostname: '127.0.0.1', port: 0, fetch: handler });
  return { url: `http://127.0.0.1:${server.port}`, stop: () => server.stop(true) };
};

console.log(JSON.stringify(await proxySmoke(proxyModule, Bun.argv[2], serve)));
