import { IntercomInputError } from '../errors/client-errors';
import { timingSafeEqual } from '../internal/timing-safe';

/** The raw request body, exactly as received: a re-serialised JSON object would not match its signature. */
export type RawBody = string | ArrayBuffer | Uint8Array;

const SIGNATURE = /^sha1=([0-9a-fA-F]{40})$/;
const encoder = new TextEncoder();

/**
 * Checks Intercom's `X-Hub-Signature` header (`sha1=<hex HMAC-SHA1 of the raw body, keyed with the
 * app's client secret>`). Resolves `false` for a missing or malformed header and for a signature
 * that does not match; the comparison takes the same time wherever the bytes differ. Uses Web
 * Crypto only, so it runs on Node 20+, Deno, Bun, Cloudflare Workers and browsers.
 */
export async function verifyWebhookSignature(
  rawBody: RawBody,
  signatureHeader: string | null | undefined,
  clientSecret: string,
): Promise<boolean> {
  return createSignatureVerifier(clientSecret)(rawBody, signatureHeader);
}

/** A verifier bound to one secret; its HMAC key is imported once, on first use. */
export function createSignatureVerifier(
  clientSecret: string,
): (rawBody: RawBody, signatureHeader: string | null | undefined) => Promise<boolean> {
  if (typeof clientSecret !== 'string' || clientSecret === '') {
    throw new IntercomInputError(
      "The webhook client secret must be a non-empty string: your app's client_secret from the Developer Hub (Basic Info).",
    );
  }
  let key: Promise<CryptoKey> | undefined;
  return async (rawBody, signatureHeader) => {
    const bytes = toBytes(rawBody);
    const claimed = typeof signatureHeader === 'string' ? SIGNATURE.exec(signatureHeader.trim())?.[1] : undefined;
    if (claimed === undefined) return false;
    key ??= importKey(clientSecret);
    const expected = new Uint8Array(await subtle().sign('HMAC', await key, bytes));
    return timingSafeEqual(expected, hexToBytes(claimed));
  };
}

function hexToBytes(hex: string): Uint8Array {
  const bytes = new Uint8Array(hex.length / 2);
  for (let i = 0; i < bytes.length; i++) bytes[i] = Number.parseInt(hex.slice(i * 2, i * 2 + 2), 16);
  return bytes;
}

function toBytes(body: RawBody): Uint8Array<ArrayBuffer> {
  if (typeof body === 'string') return encoder.encode(body);
  if (body instanceof Uint8Array) {
    // Web Crypto takes no views of a SharedArrayBuffer: those are copied.
    return body.buffer instanceof ArrayBuffer ? (body as Uint8Array<ArrayBuffer>) : new Uint8Array(body);
  }
  if (body instanceof ArrayBuffer) return new Uint8Array(body);
  throw new IntercomInputError(
    `verifyWebhookSignature: the raw body must be a string, ArrayBuffer or Uint8Array, got ${describe(body)}. ` +
      'Pass the body as received (request.text() or request.arrayBuffer()), not the parsed JSON.',
  );
}

function importKey(secret: string): Promise<CryptoKey> {
  return subtle().importKey('raw', encoder.encode(secret), { name: 'HMAC', hash: 'SHA-1' }, false, ['sign']);
}

function subtle(): SubtleCrypto {
  const crypto = (globalThis as { crypto?: Crypto }).crypto;
  if (!crypto?.subtle) {
    throw new Error(
      'Web Crypto (globalThis.crypto.subtle) is not available in this runtime; webhook signatures need it ' +
        '(Node 20+, or Node 18 with --experimental-global-webcrypto).',
    );
  }
  return crypto.subtle;
}

function describe(value: unknown): string {
  if (value === null) return 'null';
  if (typeof value === 'object') return (value as object).constructor?.name ?? 'an object';
  return typeof value;
}
