import { createHmac } from 'node:crypto';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { IntercomInputError } from '../errors/client-errors';
import { timingSafeEqual } from '../internal/timing-safe';
import { verifyWebhookSignature } from './signature';

const secret = 'a8f5f167f44f4964e6c998dee827110c';
const body = '{"type":"notification_event","topic":"ping","data":{"item":{"type":"ping","message":"héllo ✓"}}}';
// Reference signatures come from Node's own HMAC, independent of the Web Crypto code under test.
const sign = (payload: string | Uint8Array, key = secret) =>
  `sha1=${createHmac('sha1', key).update(payload).digest('hex')}`;

describe('verifyWebhookSignature', () => {
  afterEach(() => vi.unstubAllGlobals());

  it('accepts the signature of the raw body as a string, Uint8Array or ArrayBuffer', async () => {
    const bytes = new TextEncoder().encode(body);
    const header = sign(body);
    expect(await verifyWebhookSignature(body, header, secret)).toBe(true);
    expect(await verifyWebhookSignature(bytes, header, secret)).toBe(true);
    expect(await verifyWebhookSignature(bytes.slice().buffer, header, secret)).toBe(true);
  });

  it('accepts upper-case hex and surrounding whitespace', async () => {
    const header = sign(body);
    expect(await verifyWebhookSignature(body, `sha1=${header.slice(5).toUpperCase()}`, secret)).toBe(true);
    expect(await verifyWebhookSignature(body, ` ${header} `, secret)).toBe(true);
  });

  it('signs bytes, so the signature of non-UTF-8 bytes verifies too', async () => {
    const bytes = new Uint8Array([0xff, 0x00, 0xfe, 0x7b]);
    expect(await verifyWebhookSignature(bytes, sign(bytes), secret)).toBe(true);
  });

  it('refuses another secret, a changed body and a re-serialised body', async () => {
    const header = sign(body);
    expect(await verifyWebhookSignature(body, header, `${secret}x`)).toBe(false);
    expect(await verifyWebhookSignature(body.replace('ping', 'pong'), header, secret)).toBe(false);
    expect(await verifyWebhookSignature(JSON.stringify(JSON.parse(body), null, 2), header, secret)).toBe(false);
  });

  it('is false, never an error, for a missing or malformed header', async () => {
    const hex = sign(body).slice(5);
    const malformed = [
      undefined,
      null,
      '',
      hex,
      `SHA1=${hex}`,
      `sha256=${hex}`,
      `sha1=${hex.slice(1)}`,
      `sha1=${hex}0`,
      `sha1=${hex.slice(1)}g`,
      `sha1= ${hex}`,
      `sha1=${hex},sha1=${hex}`,
    ];
    for (const header of malformed)
      expect(await verifyWebhookSignature(body, header, secret), String(header)).toBe(false);
  });

  it('refuses a missing secret and a parsed body with an error that says what to pass', async () => {
    await expect(verifyWebhookSignature(body, sign(body), '')).rejects.toThrow(IntercomInputError);
    await expect(verifyWebhookSignature(JSON.parse(body), sign(body), secret)).rejects.toThrow(
      /raw body must be a string, ArrayBuffer or Uint8Array, got Object/,
    );
  });

  it('says which runtime feature is missing when there is no Web Crypto', async () => {
    vi.stubGlobal('crypto', undefined);
    await expect(verifyWebhookSignature(body, sign(body), secret)).rejects.toThrow(/Web Crypto/);
  });
});

describe('timingSafeEqual, as the signature check uses it', () => {
  it('compares every byte and refuses different lengths', () => {
    const a = new Uint8Array([1, 2, 3, 4]);
    expect(timingSafeEqual(a, new Uint8Array([1, 2, 3, 4]))).toBe(true);
    expect(timingSafeEqual(a, new Uint8Array([0, 2, 3, 4]))).toBe(false);
    expect(timingSafeEqual(a, new Uint8Array([1, 2, 3, 5]))).toBe(false);
    expect(timingSafeEqual(a, new Uint8Array([1, 2, 3]))).toBe(false);
  });
});
