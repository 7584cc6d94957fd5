import { readAtMost } from '../internal/bytes';
import { ProxyRefusal } from './errors';

/**
 * Reads a request body chunk by chunk and stops at the first chunk that crosses `maxBytes`, so an
 * oversized body is neither buffered whole nor forwarded. A declared Content-Length over the limit
 * is refused before reading; one that disagrees with what arrived (a truncated body) is refused too.
 * Returns `undefined` for an absent or empty body.
 */
export async function readLimitedBody(request: Request, maxBytes: number): Promise<Uint8Array | undefined> {
  const declared = declaredLength(request.headers.get('content-length'));
  if (declared !== undefined && declared > maxBytes) throw tooLarge(maxBytes);
  if (request.body === null) {
    if (declared !== undefined && declared > 0) throw truncated(declared, 0);
    return undefined;
  }
  let body: Uint8Array;
  try {
    body = await readAtMost(request.body, maxBytes, () => tooLarge(maxBytes));
  } catch (error) {
    if (error instanceof ProxyRefusal) throw error;
    throw new ProxyRefusal(400, 'bad_request', 'The request body ended before it was complete; send it again.');
  }
  const total = body.byteLength;
  if (declared !== undefined && declared !== total) throw truncated(declared, total);
  return total === 0 ? undefined : body;
}

function declaredLength(header: string | null): number | undefined {
  if (header === null) return undefined;
  if (!/^\d{1,15}$/.test(header.trim())) {
    throw new ProxyRefusal(
      400,
      'bad_request',
      `Content-Length must be a single non-negative integer; got '${header.slice(0, 40)}'.`,
    );
  }
  return Number(header.trim());
}

const tooLarge = (maxBytes: number) =>
  new ProxyRefusal(413, 'request_too_large', `The request body is larger than this proxy accepts (${maxBytes} bytes).`);

const truncated = (declared: number, received: number) =>
  new ProxyRefusal(
    400,
    'bad_request',
    `The request body has ${received} bytes but Content-Length says ${declared}; send the complete body.`,
  );
