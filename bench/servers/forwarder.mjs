// A bare forwarding proxy on node:http in its own process: no checks at all, the token added, the
// body passed through. It shows what the extra HTTP hop alone costs on this machine.
import { createServer } from 'node:http';
import { listenOnLoopback } from './child-process.mjs';

const { upstream, token } = JSON.parse(process.argv[2] ?? '{}');
const server = createServer(async (request, response) => {
  const chunks = [];
  for await (const chunk of request) chunks.push(chunk);
  const upstreamResponse = await fetch(`${upstream}${request.url}`, {
    method: request.method,
    headers: {
      authorization: `Bearer ${token}`,
      'intercom-version': '2.14',
      accept: 'application/json',
      'content-type': 'application/json',
    },
    body: chunks.length > 0 ? Buffer.concat(chunks) : undefined,
  });
  const body = Buffer.from(await upstreamResponse.arrayBuffer());
  response.writeHead(upstreamResponse.status, {
    'content-type': upstreamResponse.headers.get('content-type') ?? 'application/json',
    'content-length': body.length,
  });
  response.end(body);
});
listenOnLoopback(server, 'The forwarder');
