import { createServer } from 'node:http';
import * as proxyModule from '../../dist/proxy.js';
import { proxySmoke } from './smoke.mjs';

const serve = async (handler) => {
  const server = createServer(proxyModule.toNodeHandler(handler));
  await new Promise((resolve) => server.listen(0, '127.0.0.1', resolve));
  return {
    url: `http://127.0.0.1:${server.address().port}`,
    stop: () => new Promise((resolve) => server.close(resolve)),
  };
};

console.log(JSON.stringify(await proxySmoke(proxyModule, process.argv[2], serve)));
