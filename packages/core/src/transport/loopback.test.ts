import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { afterAll, beforeAll, beforeEach, describe, expect, it, vi } from 'vitest';
import { IntercomClient } from '../client';
import { IntercomConnectionError, IntercomTimeoutError } from '../errors/client-errors';
import { InternalServerError } from '../errors/status-errors';

// The real runtime fetch against a server on 127.0.0.1: error shapes, timeouts and resets as they really happen.

let server: Server;
let base: string;
const hits: string[] = [];
let handler: (req: IncomingMessage, res: ServerResponse) => void = () => {};

beforeAll(async () => {
  server = createServer((req, res) => {
    hits.push(`${req.method} ${req.url}`);
    req.resume();
    req.on('end', () => handler(req, res));
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
});
afterAll(async () => {
  server.closeAllConnections();
  await new Promise((resolve) => server.close(resolve));
});
beforeEach(() => {
  hits.length = 0;
  vi.restoreAllMocks();
  vi.spyOn(Math, 'random').mockReturnValue(1); // shortest backoff: 375 ms
});

const client = (options: ConstructorParameters<typeof IntercomClient>[0] = {}) =>
  new IntercomClient({ token: 't', baseUrl: base, maxRetries: 1, ...options });

describe('against a local HTTP server', () => {
  it('reads a JSON response with its real URL and headers', async () => {
    handler = (_, res) => {
      res.writeHead(200, {
        'content-type': 'application/json',
        'x-ratelimit-limit': '10',
        'x-ratelimit-remaining': '9',
        'x-ratelimit-reset': '2000000000',
      });
      res.end(JSON.stringify({ type: 'admin.list', admins: [{ id: '1' }] }));
    };
    const { data, rawResponse } = await client().request({ method: 'GET', path: '/admins' }).withRawResponse();
    expect(data).toEqual({ type: 'admin.list', admins: [{ id: '1' }] });
    expect(rawResponse.url).toBe(`${base}/admins`);
    expect(rawResponse.rateLimit?.remaining).toBe(9);
  });

  it('maps a gateway HTML page to InternalServerError', async () => {
    handler = (_, res) => {
      res.writeHead(502, 'Bad Gateway', { 'content-type': 'text/html' });
      res.end('<html><body><h1>502 Bad Gateway</h1></body></html>');
    };
    const error = await client({ maxRetries: 0 })
      .request({ method: 'GET', path: '/me' })
      .catch((e: unknown) => e);
    expect(error).toBeInstanceOf(InternalServerError);
    expect((error as Error).message).toBe(
      '[GET] /me: 502 Bad Gateway — <html><body><h1>502 Bad Gateway</h1></body></html>',
    );
  });

  it('times out a slow response; retries a GET but not a reply', async () => {
    handler = () => {}; // never answers
    const slow = client({ timeoutInSeconds: 0.2 });
    await expect(slow.request({ method: 'GET', path: '/slow' })).rejects.toBeInstanceOf(IntercomTimeoutError);
    expect(hits).toEqual(['GET /slow', 'GET /slow']);
    hits.length = 0;
    await expect(slow.request({ method: 'POST', path: '/conversations/1/reply', body: {} })).rejects.toBeInstanceOf(
      IntercomTimeoutError,
    );
    expect(hits).toEqual(['POST /conversations/1/reply']);
  });

  it('does not retry a reply whose connection was reset after it was sent; retries a GET', async () => {
    handler = (req) => req.socket.destroy();
    const error = await client()
      .request({ method: 'POST', path: '/conversations/1/reply', body: {} })
      .catch((e: unknown) => e);
    expect(error).toBeInstanceOf(IntercomConnectionError);
    expect(hits).toEqual(['POST /conversations/1/reply']);
    hits.length = 0;
    await expect(client().request({ method: 'GET', path: '/me' })).rejects.toBeInstanceOf(IntercomConnectionError);
    expect(hits).toEqual(['GET /me', 'GET /me']);
  });

  it('retries a reply when the connection was refused (nothing was sent)', async () => {
    const closed = createServer();
    await new Promise<void>((resolve) => closed.listen(0, '127.0.0.1', resolve));
    const port = (closed.address() as AddressInfo).port;
    await new Promise((resolve) => closed.close(resolve));
    const warnings: string[] = [];
    const refused = new IntercomClient({
      token: 'a-realistic-access-token',
      baseUrl: `http://127.0.0.1:${port}`,
      maxRetries: 1,
      logging: { level: 'warn', logger: { debug() {}, info() {}, warn: (m: string) => warnings.push(m), error() {} } },
    });
    const error = await refused
      .request({ method: 'POST', path: '/conversations/1/reply', body: {} })
      .catch((e: unknown) => e);
    expect(error).toBeInstanceOf(IntercomConnectionError);
    expect((error as Error).message).toContain('ECONNREFUSED');
    expect(warnings).toHaveLength(1);
    expect(warnings[0]).toContain('retrying in');
  });

  it('rejects with the caller abort reason mid-request, without retrying', async () => {
    handler = () => {};
    const controller = new AbortController();
    const pending = client().request({ method: 'GET', path: '/hang' }, { abortSignal: controller.signal });
    setTimeout(() => controller.abort(new Error('cancelled by user')), 50);
    await expect(pending).rejects.toThrow('cancelled by user');
    expect(hits).toEqual(['GET /hang']);
  });
});
