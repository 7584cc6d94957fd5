import { describe, expect, it } from 'vitest';
import { corsHeaders, preflightResponse, resolveCors } from './cors';

describe('resolveCors', () => {
  it('accepts exact origins and normalises allowHeaders', () => {
    const policy = resolveCors({
      origins: ['https://app.example.com', 'http://localhost:5173'],
      allowHeaders: ['X-Proxy-Key'],
    })!;
    expect([...policy.origins]).toEqual(['https://app.example.com', 'http://localhost:5173']);
    expect(policy.allowHeaders.has('x-proxy-key')).toBe(true);
    expect(policy.allowHeaders.has('authorization')).toBe(true);
    expect(policy.credentials).toBe(false);
  });

  it.each([
    [[], /at least one origin/],
    [['*'], /exact origins; '\*'/],
    [['null'], /exact origins/],
    [['https://app.example.com/'], /without a path or trailing slash/],
    [['https://app.example.com/dash'], /without a path/],
    [['app.example.com'], /scheme:\/\/host/],
    [['ftp://app.example.com'], /scheme:\/\/host/],
    [['HTTPS://APP.example.com'], /exactly/],
  ])('refuses origins %j', (origins, message) => {
    expect(() => resolveCors({ origins })).toThrow(message);
  });

  it('refuses bad header names and max ages', () => {
    expect(() => resolveCors({ origins: ['https://a.example'], allowHeaders: ['bad header'] })).toThrow(
      /invalid header name/,
    );
    expect(() => resolveCors({ origins: ['https://a.example'], maxAgeSeconds: -1 })).toThrow(/maxAgeSeconds/);
  });
});

describe('CORS headers', () => {
  const policy = resolveCors({ origins: ['https://app.example.com'], credentials: true })!;

  it('echo the allowed origin, expose rate-limit headers and allow credentials when configured', () => {
    const headers = corsHeaders(policy, 'https://app.example.com');
    expect(headers).toEqual({
      'access-control-allow-origin': 'https://app.example.com',
      'access-control-allow-credentials': 'true',
      'access-control-expose-headers': expect.stringMatching(/X-RateLimit-Remaining/),
      vary: 'Origin',
    });
  });

  it('answer a preflight with the method and the requested allowed headers', () => {
    const response = preflightResponse(
      policy,
      'https://app.example.com',
      'POST',
      'Content-Type, authorization, intercom-version',
    );
    expect(response.status).toBe(204);
    expect(response.headers.get('access-control-allow-methods')).toBe('POST');
    expect(response.headers.get('access-control-allow-headers')).toBe('content-type, authorization, intercom-version');
    expect(response.headers.get('access-control-max-age')).toBe('600');
  });

  it('refuse a preflight asking for a header that is not allowed', () => {
    expect(() => preflightResponse(policy, 'https://app.example.com', 'GET', 'x-forwarded-host')).toThrow(
      "The request header 'x-forwarded-host' is not allowed through this proxy.",
    );
  });
});
