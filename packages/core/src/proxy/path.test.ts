import { describe, expect, it } from 'vitest';
import { checkRawTarget, normalizePath } from './path';

const problem = (raw: string) => {
  const result = normalizePath(raw);
  return 'problem' in result ? result.problem : undefined;
};

describe('normalizePath', () => {
  it('returns the segments of a plain path', () => {
    expect(normalizePath('/contacts/abc/tags')).toEqual({
      path: '/contacts/abc/tags',
      segments: ['', 'contacts', 'abc', 'tags'],
    });
  });

  it('decodes percent-encoded unreserved characters and upper-cases the encodings it keeps', () => {
    expect(normalizePath('/%61dmins/x%7e%5f%2D')).toMatchObject({ path: '/admins/x~_-' });
    expect(normalizePath('/contacts/find_by_external_id/a%40b%3a%c3%a9')).toMatchObject({
      path: '/contacts/find_by_external_id/a%40b%3A%C3%A9',
    });
  });

  it('keeps an encoded percent sign encoded, so nothing is decoded twice', () => {
    expect(normalizePath('/contacts/%2561')).toMatchObject({ path: '/contacts/%2561' });
  });

  it.each([
    ['/contacts/%2e%2e/admins', /encoded dot/],
    ['/contacts/%2E', /encoded dot/],
    ['/contacts/a%2fb', /encoded dot, slash/],
    ['/contacts/a%2Fb', /slash/],
    ['/contacts/a%5cb', /backslash/],
    ['/contacts/%00', /control/],
    ['/contacts/%0d%0aHost:x', /control/],
    ['/contacts/%7f', /control/],
    ['/contacts/%c2%85', /control/], // U+0085, a C1 control
    ['/contacts/%c3', /not valid UTF-8/],
    ['/contacts/%zz', /malformed/],
    ['/contacts/%4', /malformed/],
    ['/contacts//admins', /empty segment/],
    ['/admins/', /empty segment/],
    ['//evil.example/admins', /empty segment/],
    ['/contacts/../admins', /dot segment/],
    ['/contacts/./admins', /dot segment/],
    ['/contacts\\..\\admins', /must be percent-encoded/],
    ['/contacts/a b', /must be percent-encoded/],
    ['/contacts/\u00e9', /must be percent-encoded/],
    ['/contacts/a\r\nb', /must be percent-encoded/],
    ['contacts', /starting with \//],
  ])('refuses %s', (raw, reason) => {
    expect(problem(raw)).toMatch(reason);
  });
});

describe('checkRawTarget', () => {
  it('accepts an origin-form target with a query', () => {
    expect(checkRawTarget('/admins?display_avatar=true')).toBeUndefined();
  });

  it.each([
    ['http://evil.example/admins', /absolute-form/],
    ['https://api.intercom.io/admins', /absolute-form/],
    ['api.intercom.io:443', /absolute-form/],
    ['*', /absolute-form/],
    ['//evil.example/admins', /absolute-form/],
    ['/contacts/../admins', /dot segment/],
    ['/contacts/..', /dot segment/],
    ['/contacts/%2e%2e/admins', /encoded dot/],
    ['/contacts\\admins', /backslash/],
    ['/admins?x=\u0001', /control character/],
  ])('refuses %s', (target, reason) => {
    expect(checkRawTarget(target)).toMatch(reason);
  });
});
