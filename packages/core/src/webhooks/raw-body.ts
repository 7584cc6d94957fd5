import { readAtMost } from '../internal/bytes';

/** The body was larger than the handler accepts. */
export class BodyTooLargeError extends Error {
  override name = 'BodyTooLargeError';
}

/**
 * Reads a request's body into bytes, at most `maxBytes` of them: a larger body (by its
 * Content-Length, or by what actually arrives) stops the read and is refused, so an oversized
 * request never fills memory.
 */
export async function readRawBody(request: Request, maxBytes: number): Promise<Uint8Array> {
  const declared = Number(request.headers.get('content-length') ?? Number.NaN);
  if (Number.isFinite(declared) && declared > maxBytes) throw tooLarge(maxBytes);
  if (request.body === null) return new Uint8Array(0);

  return readAtMost(request.body, maxBytes, () => tooLarge(maxBytes));
}

function tooLarge(maxBytes: number): BodyTooLargeError {
  return new BodyTooLargeError(`The request body is larger than ${maxBytes} bytes (maxBodyBytes).`);
}
