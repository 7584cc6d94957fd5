import { describe, expect, it } from 'vitest';
import { IntercomInputError } from '../errors/client-errors';
import { resolveProxyConfig } from './config';
import { createIntercomProxy } from './handler';
import type { IntercomProxyOptions } from './options';

const valid: IntercomProxyOptions = { token: 'tok', authorize: () => true };
const problem = (options: Partial<IntercomProxyOptions>) => {
  try {
    resolveProxyConfig({ ...valid, ...options } as IntercomProxyOptions);
    return undefined;
  } catch (error) {
    expect(error).toBeInstanceOf(IntercomInputError);
    return (error as Error).message;
  }
};

describe('createIntercomProxy options', () => {
  it('requires authorize unless allowUnauthenticated is set', () => {
    expect(() => createIntercomProxy({ token: 'tok' })).toThrow(
      /^createIntercomProxy: authorize is required \(e\.g\. bearerSecret\(secret\) or cloudflareAccess/,
    );
    expect(() => createIntercomProxy({ token: 'tok', allowUnauthenticated: true })).not.toThrow();
    expect(problem({ authorize: 'yes' as unknown as () => boolean })).toMatch(/authorize must be a function/);
  });

  it('resolves region aliases and URLs for the upstream, without a trailing slash', () => {
    expect(resolveProxyConfig(valid).upstream).toBe('https://api.intercom.io');
    expect(resolveProxyConfig({ ...valid, baseUrl: 'au' }).upstream).toBe('https://api.au.intercom.io');
    expect(resolveProxyConfig({ ...valid, baseUrl: 'http://127.0.0.1:4010/' }).upstream).toBe('http://127.0.0.1:4010');
    expect(resolveProxyConfig({ ...valid, baseUrl: 'https://gateway.example/intercom/' }).upstream).toBe(
      'https://gateway.example/intercom',
    );
  });

  it.each([
    [{ token: '' }, /token must be a non-empty string/],
    [{ token: 42 as unknown as string }, /token must be/],
    [{ baseUrl: 'api.intercom.io' }, /baseUrl must be 'us', 'eu', 'au' or an absolute URL/],
    [{ baseUrl: 'ftp://api.intercom.io' }, /baseUrl must use https/],
    [{ baseUrl: 'https://user:pass@api.intercom.io' }, /credentials, a query or a fragment/],
    [{ baseUrl: 'https://api.intercom.io/?x=1' }, /credentials, a query or a fragment/],
    [{ mountPath: 'intercom' }, /mountPath must be a plain path/],
    [{ mountPath: '/a/../b' }, /mountPath/],
    [{ mountPath: '/a%2fb' }, /mountPath/],
    [{ maxBodyBytes: -1 }, /maxBodyBytes must be a non-negative integer; got -1/],
    [{ maxBodyBytes: 1.5 }, /maxBodyBytes/],
    [{ rateLimit: {} as unknown as IntercomProxyOptions['rateLimit'] }, /rateLimit must be a function/],
    [{ fetch: 'https://x' as unknown as IntercomProxyOptions['fetch'] }, /fetch must be a function/],
    [{ cors: { origins: ['*'] } }, /exact origins/],
    [{ allow: ['contacts.creat' as 'contacts.create'] }, /did you mean 'contacts.create'/],
  ])('refuses %j with a message saying what to fix', (options, message) => {
    expect(problem(options)).toMatch(message);
  });

  it('normalises the mount path', () => {
    expect(resolveProxyConfig({ ...valid, mountPath: '/' }).mount).toBe('');
    expect(resolveProxyConfig({ ...valid, mountPath: '/api/intercom/' }).mount).toBe('/api/intercom');
  });
});
