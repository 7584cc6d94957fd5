import { concatBytes } from '../internal/bytes';
import { ProxyRefusal } from './errors';
import type { NodeIncomingMessage } from './node';

/**
 * Bodies that declare a length up to this size are read before the handler runs: one chunk and no
 * stream plumbing for the common small JSON body. Node has buffered about this much of a socket
 * anyway; larger or unsized bodies are streamed, so the handler's limit applies as they arrive.
 */
export const SMALL_BODY_BYTES = 16 * 1024;

/** Whether a streamed body is still (partly) unread once the handler has answered. */
export interface BodyState {
  pending: boolean;
}

export async function nodeRequestBody(
  req: NodeIncomingMessage,
  state: BodyState,
): Promise<Uint8Array | ReadableStream<Uint8Array> | ProxyRefusal> {
  const declared = req.headers['content-length'];
  if (typeof declared !== 'string' || !/^\d{1,6}$/.test(declared) || Number(declared) > SMALL_BODY_BYTES) {
    state.pending = true;
    return streamOf(req, state);
  }
  const chunks: Uint8Array[] = [];
  try {
    for await (const chunk of req) chunks.push(toBytes(chunk));
  } catch {
    return new ProxyRefusal(400, 'bad_request', 'The request body ended before it was complete; send it again.');
  }
  return concatBytes(chunks);
}

/**
 * Pull-based, so the socket is read only as fast as the handler consumes the body. Cancelling
 * (a body refused part way) leaves the rest unread rather than destroying the socket, so the
 * refusal can still be answered; `state.pending` then asks for the connection to be closed.
 */
function streamOf(req: NodeIncomingMessage, state: BodyState): ReadableStream<Uint8Array> {
  const iterator = req[Symbol.asyncIterator]();
  return new ReadableStream<Uint8Array>(
    {
      async pull(controller) {
        const { done, value } = await iterator.next();
        if (!done) return controller.enqueue(toBytes(value));
        state.pending = false;
        controller.close();
      },
    },
    { highWaterMark: 0 },
  );
}

const toBytes = (chunk: unknown): Uint8Array =>
  typeof chunk === 'string' ? new TextEncoder().encode(chunk) : (chunk as Uint8Array);
