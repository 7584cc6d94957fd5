import * as proxyModule from '../../dist/proxy.js';
import { proxySmoke } from './smoke.mjs';

const serve = async (handler) => {
  const { promise: listening, resolve } = Promise.withResolvers();
  const server = Deno.serve({ hostname: '127.0.0.1', port: 0, onListen: resolve }, handler);
  const { port } = await listening;
  return { url: `http://127.0.0.1:${port}`, stop: () => server.shutdown() };
};

console.log(JSON.stringify(await proxySmoke(proxyModule, Deno.args[0], serve)));
