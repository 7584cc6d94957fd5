import { describe, expect, it } from 'vitest';
import { bearerSecret } from './bearer';

const SECRET = 'shared-secret-0123456789';
const request = (headers: Record<string, string>) => new Request('https://proxy.test/me', { headers });

describe('bearerSecret', () => {
  it('accepts the secret as a bearer token, case-insensitively on the scheme only', async () => {
    const authorize = bearerSecret(SECRET);
    expect(await authorize(request({ authorization: `Bearer ${SECRET}` }))).toBe(true);
    expect(await authorize(request({ authorization: `bearer ${SECRET}` }))).toBe(true);
    expect(await authorize(request({ authorization: `Bearer ${SECRET.toUpperCase()}` }))).toBe(false);
  });

  it.each([
    ['no header', {}],
    ['another scheme', { authorization: `Basic ${SECRET}` }],
    ['the secret without scheme', { authorization: SECRET }],
    ['a prefix of the secret', { authorization: `Bearer ${SECRET.slice(0, -1)}` }],
    ['the secret with a suffix', { authorization: `Bearer ${SECRET}x` }],
    ['an empty token', { authorization: 'Bearer ' }],
  ])('refuses %s', async (_, headers) => {
    expect(await bearerSecret(SECRET)(request(headers))).toBe(false);
  });

  it('reads a custom header and accepts any of several secrets (rotation)', async () => {
    const next = 'next-secret-abcdefghijklmnop';
    const authorize = bearerSecret([SECRET, next], { header: 'X-Proxy-Key' });
    expect(await authorize(request({ 'x-proxy-key': SECRET }))).toBe(true);
    expect(await authorize(request({ 'x-proxy-key': next }))).toBe(true);
    expect(await authorize(request({ authorization: `Bearer ${SECRET}` }))).toBe(false);
  });

  it('compares UTF-8 bytes', async () => {
    const unicode = 'sécret-ünïcode-0123456789';
    expect(await bearerSecret(unicode)(request({ 'x-key': unicode }))).toBe(false); // wrong header
    expect(
      await bearerSecret(unicode, { header: 'x-key' })(
        new Request('https://p.test', { headers: { 'x-key': Buffer.from(unicode).toString('latin1') } }),
      ),
    ).toBe(true);
  });

  it('refuses weak or missing secrets at construction', () => {
    expect(() => bearerSecret('short')).toThrow(/at least 16 characters/);
    expect(() => bearerSecret([])).toThrow(/at least 16 characters/);
  });
});
