import { errorResponse, newRequestId, ProxyRefusal } from './errors';
import type { FetchHandler } from './handler';
import { findUnsafeHeader } from './headers';
import { type BodyState, nodeRequestBody } from './node-body';
import { checkRawTarget } from './path';

/** The parts of `node:http`'s IncomingMessage the adapter uses (typed here so no `node:` import is needed). */
export interface NodeIncomingMessage extends AsyncIterable<unknown> {
  readonly method?: string | undefined;
  readonly url?: string | undefined;
  readonly headers: Record<string, string | string[] | undefined>;
  /** A TLS socket has `encrypted: true`. */
  readonly socket?: unknown;
}

/** The parts of `node:http`'s ServerResponse the adapter uses. */
export interface NodeServerResponse {
  readonly headersSent: boolean;
  readonly writableEnded?: boolean;
  writeHead(status: number, headers: Record<string, string>): unknown;
  write(chunk: Uint8Array): boolean;
  end(chunk?: Uint8Array): unknown;
  once(event: 'drain' | 'close', listener: () => void): unknown;
  on(event: 'error', listener: (error: unknown) => void): unknown;
  destroy(error?: Error): unknown;
}

export interface NodeHandlerOptions {
  /** The public origin (`https://proxy.example.com`) used for same-origin checks. Default: from the Host header. */
  readonly origin?: string;
}

const HOST = /^[A-Za-z0-9.-]+(?::\d{1,5})?$|^\[[0-9A-Fa-f:.]+\](?::\d{1,5})?$/;

/**
 * Serves a fetch handler with `node:http`: `createServer(toNodeHandler(proxy))`. Both bodies are
 * streamed with backpressure, a client that goes away aborts the upstream request, and the raw
 * request target is checked before any URL parsing could resolve `..` or turn `\` into `/`.
 */
export function toNodeHandler(handler: FetchHandler, options: NodeHandlerOptions = {}) {
  return (req: NodeIncomingMessage, res: NodeServerResponse): void => {
    res.on('error', () => {});
    serve(handler, options, req, res).catch(() => res.destroy());
  };
}

async function serve(
  handler: FetchHandler,
  options: NodeHandlerOptions,
  req: NodeIncomingMessage,
  res: NodeServerResponse,
) {
  const aborted = new AbortController();
  res.once('close', () => {
    if (!res.writableEnded) aborted.abort();
  });
  const body: BodyState = { pending: false };
  const request = await toRequest(req, options, aborted.signal, body);
  const response = request instanceof Request ? await handler(request) : errorResponse(request, newRequestId());
  // A body left unread (refused early) is not drained: the connection is closed after the answer.
  await writeResponse(response, res, aborted.signal, body.pending || !(request instanceof Request));
}

async function toRequest(
  req: NodeIncomingMessage,
  options: NodeHandlerOptions,
  signal: AbortSignal,
  state: BodyState,
): Promise<Request | ProxyRefusal> {
  const target = req.url ?? '';
  const problem = checkRawTarget(target);
  if (problem !== undefined) return new ProxyRefusal(400, 'bad_request', `Invalid request target: ${problem}.`);
  // Pairs, not a Headers object: the Request builds its own from them once.
  const headers: [string, string][] = [];
  for (const [name, value] of Object.entries(req.headers)) {
    if (value === undefined) continue;
    for (const item of typeof value === 'string' ? [value] : value) headers.push([name, item]);
  }
  // Checked before `new Request`, which would throw a bare TypeError on such a value.
  const unsafe = findUnsafeHeader(headers);
  if (unsafe !== undefined)
    return new ProxyRefusal(400, 'bad_request', `The ${unsafe} header has a CR, LF or NUL character.`);
  const host = req.headers.host;
  if (options.origin === undefined && (typeof host !== 'string' || !HOST.test(host))) {
    return new ProxyRefusal(400, 'bad_request', 'The Host header is missing or malformed.');
  }
  const encrypted = (req.socket as { encrypted?: unknown } | null | undefined)?.encrypted === true;
  const origin = options.origin ?? `${encrypted ? 'https' : 'http'}://${host}`;
  const method = req.method ?? 'GET';
  const init: RequestInit & { duplex?: 'half' } = { method, headers, signal };
  if (method !== 'GET' && method !== 'HEAD') {
    const body = await nodeRequestBody(req, state);
    if (body instanceof ProxyRefusal) return body;
    init.body = body as BodyInit;
    if (body instanceof ReadableStream) init.duplex = 'half';
  }
  return new Request(`${origin}${target}`, init);
}

const STILL_STREAMING = Symbol('still streaming');
const aMoment = () => new Promise<typeof STILL_STREAMING>((resolve) => setTimeout(resolve, 0, STILL_STREAMING));

async function writeResponse(response: Response, res: NodeServerResponse, signal: AbortSignal, close: boolean) {
  const headers = Object.fromEntries(response.headers);
  if (close) headers.connection = 'close';
  const reader = response.body?.getReader();
  try {
    const first = reader ? await reader.read() : undefined;
    if (!reader || !first || first.done) {
      res.writeHead(response.status, headers);
      res.end();
      return;
    }
    // Most API answers have fully arrived with their first chunk: those are sent with a length in
    // one write instead of chunked encoding. A body still on its way is streamed without waiting.
    const pending = reader.read();
    const soon = await Promise.race([pending, aMoment()]);
    if (soon !== STILL_STREAMING && soon.done) {
      headers['content-length'] = String(first.value.byteLength);
      res.writeHead(response.status, headers);
      res.end(first.value);
      return;
    }
    res.writeHead(response.status, headers);
    if (!res.write(first.value)) await drained(res, signal);
    let next = soon === STILL_STREAMING ? await pending : soon;
    while (!next.done) {
      if (signal.aborted) throw signal.reason;
      if (!res.write(next.value)) await drained(res, signal);
      next = await reader.read();
    }
    res.end();
  } catch (error) {
    await reader?.cancel(error).catch(() => {});
    res.destroy();
  }
}

const drained = (res: NodeServerResponse, signal: AbortSignal) =>
  new Promise<void>((resolve) => {
    res.once('drain', resolve);
    signal.addEventListener('abort', () => resolve(), { once: true });
  });
