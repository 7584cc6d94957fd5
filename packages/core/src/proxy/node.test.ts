import { createServer, request as httpRequest, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { connect } from 'node:net';
import { createEmulator } from '@intercom-kit/emulator';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { bearerSecret } from './auth/bearer';
import { createIntercomProxy } from './handler';
import { type NodeServerResponse, toNodeHandler } from './node';
import { PROXY_SECRET, recordingUpstream, TOKEN } from './testing';

const emulator = createEmulator({ conversations: 10, tokens: [TOKEN], rateLimit: false });
let answer: (request: Request) => Response | Promise<Response> = (request) => emulator.fetch(request);
const upstream = recordingUpstream((request) => answer(request));
const proxy = createIntercomProxy({
  token: TOKEN,
  baseUrl: 'https://api.intercom.io',
  authorize: bearerSecret(PROXY_SECRET),
  maxBodyBytes: 2048,
  fetch: upstream.fetch,
});

let server: Server;
let port: number;
beforeAll(async () => {
  server = createServer(toNodeHandler(proxy));
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  port = (server.address() as AddressInfo).port;
});
afterAll(async () => {
  server.closeAllConnections();
  await new Promise((resolve) => server.close(resolve));
});
beforeEach(() => {
  upstream.calls.length = 0;
  answer = (request) => emulator.fetch(request);
});

const auth = `Authorization: Bearer ${PROXY_SECRET}\r\n`;
/** One 1 KB chunk of a chunked body (size line in hex). */
const KB_CHUNK = `400\r\n${'x'.repeat(1024)}\r\n`;

/**
 * Sends bytes as written (no client-side normalisation) and returns the raw response text once
 * the server closes the connection. `halfClose` also ends the client's side after writing, which
 * is how a body cut short arrives (node:http then drops the exchange without answering).
 */
function raw(text: string, { halfClose = false } = {}): Promise<string> {
  return new Promise((resolve, reject) => {
    const socket = connect(port, '127.0.0.1', () => {
      socket.write(text);
      if (halfClose) socket.end();
    });
    let received = '';
    socket.on('data', (chunk) => {
      received += chunk.toString('latin1');
    });
    socket.on('close', () => resolve(received));
    socket.on('error', reject);
    socket.setTimeout(3000, () => socket.destroy());
  });
}
const statusOf = (response: string) => Number(/^HTTP\/1\.1 (\d{3})/.exec(response)?.[1] ?? 0);

describe('toNodeHandler on a real node:http server', () => {
  it('serves an allowed call end to end', async () => {
    const response = await fetch(`http://127.0.0.1:${port}/admins`, {
      headers: { authorization: `Bearer ${PROXY_SECRET}` },
    });
    expect(response.status).toBe(200);
    expect(((await response.json()) as { type: string }).type).toBe('admin.list');
    expect(response.headers.get('x-request-id')).not.toBeNull();
    expect(upstream.calls[0]?.headers.get('authorization')).toBe(`Bearer ${TOKEN}`);
  });

  it('sends an answer that has fully arrived in one piece, with its length instead of chunked encoding', async () => {
    const response = await raw(`GET /admins HTTP/1.1\r\nHost: 127.0.0.1\r\n${auth}Connection: close\r\n\r\n`);
    const [head = '', body = ''] = response.split('\r\n\r\n');
    expect(statusOf(response)).toBe(200);
    expect(head.toLowerCase()).not.toContain('transfer-encoding: chunked');
    expect(Number(/content-length: (\d+)/i.exec(head)?.[1])).toBe(Buffer.byteLength(body, 'latin1'));
    expect((JSON.parse(Buffer.from(body, 'latin1').toString('utf8')) as { type: string }).type).toBe('admin.list');
  });

  it('streams the request body in as it arrives', async () => {
    const body = JSON.stringify({ query: { field: 'open', operator: '=', value: true } });
    const response = await new Promise<{ status: number; text: string }>((resolve, reject) => {
      const req = httpRequest(
        {
          port,
          host: '127.0.0.1',
          method: 'POST',
          path: '/conversations/search',
          headers: { authorization: `Bearer ${PROXY_SECRET}`, 'content-type': 'application/json' },
        },
        (res) => {
          let text = '';
          res.on('data', (chunk) => {
            text += chunk;
          });
          res.on('end', () => resolve({ status: res.statusCode ?? 0, text }));
        },
      );
      req.on('error', reject);
      // Chunked transfer in three pieces, the last one later.
      req.write(body.slice(0, 10));
      req.write(body.slice(10, 20));
      setTimeout(() => req.end(body.slice(20)), 20);
    });
    expect(response.status).toBe(200);
    expect(upstream.calls[0]?.body).toBe(body);
  });

  it('streams the response out before the upstream has finished', async () => {
    let finish!: () => void;
    answer = () =>
      new Response(
        new ReadableStream<Uint8Array>({
          start(controller) {
            controller.enqueue(new TextEncoder().encode('first,'));
            finish = () => {
              controller.enqueue(new TextEncoder().encode('second'));
              controller.close();
            };
          },
        }),
        { headers: { 'content-type': 'application/json' } },
      );
    const response = await fetch(`http://127.0.0.1:${port}/me`, {
      headers: { authorization: `Bearer ${PROXY_SECRET}` },
    });
    const reader = response.body!.getReader();
    expect(new TextDecoder().decode((await reader.read()).value)).toBe('first,');
    finish();
    expect(new TextDecoder().decode((await reader.read()).value)).toBe('second');
  });

  it('aborts the upstream request when the client goes away', async () => {
    let upstreamSignal: AbortSignal | undefined;
    answer = (request) => {
      upstreamSignal = request.signal;
      return new Response(new ReadableStream({ start: (controller) => controller.enqueue(new Uint8Array(10)) }));
    };
    await new Promise<void>((resolve) => {
      const req = httpRequest(
        { port, host: '127.0.0.1', path: '/me', headers: { authorization: `Bearer ${PROXY_SECRET}` } },
        (res) => {
          res.once('data', () => {
            req.destroy();
            resolve();
          });
        },
      );
      req.end();
    });
    await expect.poll(() => upstreamSignal?.aborted).toBe(true);
  });

  it.each([
    ['dot-dot', `GET /contacts/../admins HTTP/1.1\r\nHost: p\r\n${auth}\r\n`, 400],
    ['dot segment', `GET /./admins HTTP/1.1\r\nHost: p\r\n${auth}\r\n`, 400],
    ['encoded dot-dot', `GET /contacts/%2e%2e/admins HTTP/1.1\r\nHost: p\r\n${auth}\r\n`, 400],
    ['backslash', `GET /contacts\\..\\admins HTTP/1.1\r\nHost: p\r\n${auth}\r\n`, 400],
    ['absolute-form target', `GET http://evil.example/admins HTTP/1.1\r\nHost: p\r\n${auth}\r\n`, 400],
    ['absolute-form to the real host', `GET https://api.intercom.io/admins HTTP/1.1\r\nHost: p\r\n${auth}\r\n`, 400],
    ['asterisk-form', `OPTIONS * HTTP/1.1\r\nHost: p\r\n${auth}\r\n`, 400],
    ['malformed Host', `GET /admins HTTP/1.1\r\nHost: evil.example/x@y\r\n${auth}\r\n`, 400],
    ['CR inside a header value', `GET /admins HTTP/1.1\r\nHost: p\r\n${auth}X-Evil: a\rb\r\n\r\n`, 400],
    ['obs-fold continuation line', `GET /admins HTTP/1.1\r\nHost: p\r\n${auth}X-Evil: a\r\n b\r\n\r\n`, 400],
    [
      'Content-Length and Transfer-Encoding together',
      `POST /conversations/search HTTP/1.1\r\nHost: p\r\n${auth}Content-Type: application/json\r\nContent-Length: 4\r\nTransfer-Encoding: chunked\r\n\r\n0\r\n\r\n`,
      400,
    ],
    [
      'two Content-Lengths',
      `POST /conversations/search HTTP/1.1\r\nHost: p\r\n${auth}Content-Type: application/json\r\nContent-Length: 2\r\nContent-Length: 40\r\n\r\n{}`,
      400,
    ],
    [
      'oversized chunked body',
      `POST /conversations/search HTTP/1.1\r\nHost: p\r\n${auth}Content-Type: application/json\r\nTransfer-Encoding: chunked\r\n\r\n${KB_CHUNK.repeat(3)}0\r\n\r\n`,
      413,
    ],
  ])('refuses %s without an upstream call', async (_, text, status) => {
    expect(statusOf(await raw(text))).toBe(status);
    expect(upstream.calls).toEqual([]);
  });

  it('refuses a small declared body over the limit, read whole before the handler runs', async () => {
    const body = `{"query":"${'x'.repeat(3000)}"}`;
    const response = await raw(
      `POST /conversations/search HTTP/1.1\r\nHost: p\r\n${auth}Content-Type: application/json\r\nContent-Length: ${body.length}\r\n\r\n${body}`,
    );
    expect(statusOf(response)).toBe(413);
    expect(upstream.calls).toEqual([]);
  });

  it('refuses a large declared body from its Content-Length alone and closes instead of draining it', async () => {
    // Only the head and a few bytes of a 10 MB body are sent; the answer must not wait for the rest.
    const response = await raw(
      `POST /conversations/search HTTP/1.1\r\nHost: p\r\n${auth}Content-Type: application/json\r\nContent-Length: 10000000\r\n\r\n{"query":`,
    );
    expect(statusOf(response)).toBe(413);
    expect(response.toLowerCase()).toContain('connection: close');
    expect(upstream.calls).toEqual([]);
  });

  it('never forwards a body that ends before its Content-Length', async () => {
    const response = await raw(
      `POST /conversations/search HTTP/1.1\r\nHost: p\r\n${auth}Content-Type: application/json\r\nContent-Length: 100\r\n\r\n{"query":`,
      { halfClose: true },
    );
    expect([0, 400]).toContain(statusOf(response));
    expect(upstream.calls).toEqual([]);
  });

  it('refuses a CR, LF or NUL in a header value even where the HTTP parser let it through', async () => {
    let status = 0;
    const res = {
      headersSent: false,
      writeHead: (code: number) => {
        status = code;
      },
      write: () => true,
      end: () => {},
      once: () => {},
      on: () => {},
      destroy: () => {},
    } satisfies NodeServerResponse;
    const req = {
      method: 'GET',
      url: '/admins',
      headers: { host: 'p', authorization: `Bearer ${PROXY_SECRET}`, 'x-evil': 'a\r\nb' },
      async *[Symbol.asyncIterator]() {},
    };
    toNodeHandler(proxy)(req, res);
    await expect.poll(() => status).toBe(400);
    expect(upstream.calls).toEqual([]);
  });
});
