import { describe, expect, it } from 'vitest';
import { readLimitedBody } from './body';
import { ProxyRefusal } from './errors';

const chunk = new Uint8Array(1024).fill(120);

/** A body of `count` 1 KB chunks that records how many were pulled. */
function countingBody(count: number) {
  const state = { pulled: 0 };
  // highWaterMark 0: a chunk is produced only when the reader asks for one.
  const stream = new ReadableStream<Uint8Array>(
    {
      pull(controller) {
        if (state.pulled === count) return controller.close();
        state.pulled++;
        controller.enqueue(chunk);
      },
    },
    { highWaterMark: 0 },
  );
  return { stream, state };
}

const request = (body: BodyInit | null, headers: Record<string, string> = {}) =>
  new Request('https://proxy.test/contacts', { method: 'POST', body, headers, duplex: 'half' } as RequestInit);

const refusal = (promise: Promise<unknown>) =>
  promise.then(
    () => undefined,
    (error: unknown) => (error instanceof ProxyRefusal ? { status: error.status, message: error.message } : error),
  );

describe('readLimitedBody', () => {
  it('returns the bytes of a body within the limit, and undefined for none', async () => {
    expect(new TextDecoder().decode(await readLimitedBody(request('{"a":1}'), 100))).toBe('{"a":1}');
    expect(await readLimitedBody(request(null), 100)).toBeUndefined();
    expect(await readLimitedBody(request(''), 100)).toBeUndefined();
  });

  it('joins a body that arrives in several chunks', async () => {
    const { stream } = countingBody(3);
    expect((await readLimitedBody(request(stream), 4096))?.byteLength).toBe(3072);
  });

  it('stops reading at the first chunk past the limit instead of buffering the whole body', async () => {
    const { stream, state } = countingBody(10_000); // 10 MB if read to the end
    expect(await refusal(readLimitedBody(request(stream), 4096))).toEqual({
      status: 413,
      message: 'The request body is larger than this proxy accepts (4096 bytes).',
    });
    expect(state.pulled).toBeLessThan(10);
  });

  it('refuses a declared Content-Length over the limit before reading anything', async () => {
    const { stream, state } = countingBody(1);
    expect(await refusal(readLimitedBody(request(stream, { 'content-length': '5000' }), 4096))).toMatchObject({
      status: 413,
    });
    expect(state.pulled).toBe(0);
  });

  it('refuses a body shorter than its Content-Length (truncated) and a malformed Content-Length', async () => {
    expect(await refusal(readLimitedBody(request('{"a":', { 'content-length': '12' }), 100))).toEqual({
      status: 400,
      message: 'The request body has 5 bytes but Content-Length says 12; send the complete body.',
    });
    expect(await refusal(readLimitedBody(request('{}', { 'content-length': '2, 2' }), 100))).toMatchObject({
      status: 400,
    });
  });

  it('refuses a body whose stream fails part way (a client that went away)', async () => {
    let sent = false;
    const stream = new ReadableStream<Uint8Array>({
      pull(controller) {
        if (sent) return controller.error(new Error('socket hang up'));
        sent = true;
        controller.enqueue(chunk);
      },
    });
    expect(await refusal(readLimitedBody(request(stream), 4096))).toEqual({
      status: 400,
      message: 'The request body ended before it was complete; send it again.',
    });
  });
});
