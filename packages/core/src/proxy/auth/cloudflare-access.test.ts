import { beforeAll, describe, expect, it } from 'vitest';
import { cloudflareAccess } from './cloudflare-access';
import { RS256 } from './jwt';

const TEAM = 'https://acme.cloudflareaccess.com';
const AUD = 'aud-tag-0123456789abcdef';
const NOW = 1_800_000_000;

const base64Url = (bytes: Uint8Array | string) =>
  Buffer.from(typeof bytes === 'string' ? new TextEncoder().encode(bytes) : bytes).toString('base64url');

interface Signer {
  readonly kid: string;
  readonly privateKey: CryptoKey;
  readonly jwk: JsonWebKey & { kid: string };
}

async function signer(kid: string): Promise<Signer> {
  const pair = (await crypto.subtle.generateKey(
    { ...RS256, modulusLength: 2048, publicExponent: new Uint8Array([1, 0, 1]) },
    true,
    ['sign', 'verify'],
  )) as CryptoKeyPair;
  const jwk = await crypto.subtle.exportKey('jwk', pair.publicKey);
  return { kid, privateKey: pair.privateKey, jwk: { ...jwk, kid } };
}

async function sign(
  key: Signer,
  claims: Record<string, unknown>,
  header: Record<string, unknown> = {},
): Promise<string> {
  const head = base64Url(JSON.stringify({ alg: 'RS256', kid: key.kid, typ: 'JWT', ...header }));
  const body = base64Url(JSON.stringify(claims));
  const signature = await crypto.subtle.sign(RS256, key.privateKey, new TextEncoder().encode(`${head}.${body}`));
  return `${head}.${body}.${base64Url(new Uint8Array(signature))}`;
}

const validClaims = { aud: [AUD], iss: TEAM, exp: NOW + 300, nbf: NOW - 10, iat: NOW - 10, email: 'ops@acme.example' };
const withAssertion = (token: string) =>
  new Request('https://proxy.test/me', { headers: { 'cf-access-jwt-assertion': token } });

let current: Signer;
let other: Signer;
beforeAll(async () => {
  [current, other] = await Promise.all([signer('key-1'), signer('key-2')]);
});

function setup(keys: () => Signer[] = () => [current], options: { now?: () => number } = {}) {
  const fetched: string[] = [];
  const authorize = cloudflareAccess({
    teamDomain: 'acme',
    audience: AUD,
    now: options.now ?? (() => NOW * 1000),
    fetch: async (url) => {
      fetched.push(url);
      return Response.json({ keys: keys().map((key) => key.jwk) });
    },
  });
  return { authorize, fetched };
}

describe('cloudflareAccess', () => {
  it('accepts an assertion signed by a team key with the right audience, issuer and times', async () => {
    const { authorize, fetched } = setup();
    expect(await authorize(withAssertion(await sign(current, validClaims)))).toBe(true);
    expect(await authorize(withAssertion(await sign(current, { ...validClaims, aud: AUD })))).toBe(true);
    expect(fetched).toEqual(['https://acme.cloudflareaccess.com/cdn-cgi/access/certs']);
  });

  it('caches the keys across requests', async () => {
    const { authorize, fetched } = setup();
    for (let index = 0; index < 3; index++) await authorize(withAssertion(await sign(current, validClaims)));
    expect(fetched).toHaveLength(1);
  });

  it.each([
    ['a wrong audience', { aud: ['someone-else'] }],
    ['no audience', { aud: undefined }],
    ['a wrong issuer', { iss: 'https://evil.cloudflareaccess.com' }],
    ['an expired token', { exp: NOW - 31 }],
    ['no expiry', { exp: undefined }],
    ['a token not valid yet', { nbf: NOW + 31 }],
    ['a non-numeric expiry', { exp: String(NOW + 300) }],
  ])('refuses %s', async (_, override) => {
    const { authorize } = setup();
    expect(await authorize(withAssertion(await sign(current, { ...validClaims, ...override })))).toBe(false);
  });

  it('tolerates clock skew up to 30 s', async () => {
    const { authorize } = setup();
    expect(await authorize(withAssertion(await sign(current, { ...validClaims, exp: NOW - 29 })))).toBe(true);
  });

  it('refuses forged, tampered, unsigned and malformed assertions', async () => {
    const { authorize } = setup();
    const good = await sign(current, validClaims);
    const [head, , signature] = good.split('.');
    const tampered = `${head}.${base64Url(JSON.stringify({ ...validClaims, email: 'admin@acme.example' }))}.${signature}`;
    const forged = await sign({ ...other, kid: 'key-1' }, validClaims); // right kid, wrong private key
    const unsigned = `${base64Url(JSON.stringify({ alg: 'none', kid: 'key-1' }))}.${base64Url(JSON.stringify(validClaims))}.`;
    const hmac = await sign(current, validClaims, { alg: 'HS256' });
    for (const token of [tampered, forged, unsigned, hmac, 'not-a-jwt', 'a.b.c', `${good}.extra`, '']) {
      expect(await authorize(withAssertion(token)), token.slice(0, 30)).toBe(false);
    }
    expect(await authorize(new Request('https://proxy.test/me'))).toBe(false);
  });

  it('refetches keys for an unknown key id (rotation), at most once per 30 s', async () => {
    let published = [current];
    let clock = NOW * 1000;
    const { authorize, fetched } = setup(() => published, { now: () => clock });
    expect(await authorize(withAssertion(await sign(current, validClaims)))).toBe(true);
    published = [current, other];
    const rotated = await sign(other, validClaims);
    expect(await authorize(withAssertion(rotated))).toBe(false); // too soon to refetch
    clock += 31_000;
    expect(await authorize(withAssertion(rotated))).toBe(true);
    expect(fetched).toHaveLength(2);
  });

  it('rejects (so the proxy answers 503) when keys cannot be fetched and none are cached', async () => {
    const authorize = cloudflareAccess({
      teamDomain: 'acme.cloudflareaccess.com',
      audience: AUD,
      now: () => NOW * 1000,
      fetch: async () => new Response('down', { status: 503 }),
    });
    await expect(authorize(withAssertion(await sign(current, validClaims)))).rejects.toThrow(/answered 503/);
  });

  it('checks its options', () => {
    expect(() => cloudflareAccess({ teamDomain: 'https://evil.example/path?x', audience: AUD })).toThrow(/teamDomain/);
    expect(() => cloudflareAccess({ teamDomain: 'acme', audience: [] })).toThrow(/audience/);
  });
});
