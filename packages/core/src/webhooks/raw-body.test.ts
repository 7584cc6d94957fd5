import { describe, expect, it } from 'vitest';
import { BodyTooLargeError, readRawBody } from './raw-body';

function streamed(chunks: number[][]): Request {
  const body = new ReadableStream<Uint8Array>({
    start(controller) {
      for (const chunk of chunks) controller.enqueue(new Uint8Array(chunk));
      controller.close();
    },
  });
  return new Request('https://hooks.example/', { method: 'POST', body, duplex: 'half' } as RequestInit);
}

describe('readRawBody', () => {
  it('joins the chunks of a streamed body, byte for byte', async () => {
    const bytes = await readRawBody(streamed([[1, 2], [3], [], [4, 5, 255]]), 100);
    expect([...bytes]).toEqual([1, 2, 3, 4, 5, 255]);
  });

  it('accepts a body of exactly maxBytes and refuses one byte more', async () => {
    expect((await readRawBody(streamed([[1, 2, 3], [4]]), 4)).byteLength).toBe(4);
    await expect(
      readRawBody(
        streamed([
          [1, 2, 3],
          [4, 5],
        ]),
        4,
      ),
    ).rejects.toThrow(BodyTooLargeError);
  });

  it('refuses by Content-Length before reading, and reads a missing body as empty', async () => {
    const declared = new Request('https://hooks.example/', {
      method: 'POST',
      body: 'ab',
      headers: { 'Content-Length': '9' },
    });
    await expect(readRawBody(declared, 4)).rejects.toThrow('larger than 4 bytes');
    expect(declared.bodyUsed).toBe(false);
    expect((await readRawBody(new Request('https://hooks.example/', { method: 'POST' }), 4)).byteLength).toBe(0);
  });
});
