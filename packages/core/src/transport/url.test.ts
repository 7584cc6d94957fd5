import { describe, expect, it } from 'vitest';
import { IntercomInputError } from '../errors/client-errors';
import { buildUrl } from './url';

describe('buildUrl', () => {
  it('joins base and path, encoding query keys and values', () => {
    expect(buildUrl('https://api.intercom.io', '/contacts', { email: 'a+b@x.io', per_page: 5, open: true })).toBe(
      'https://api.intercom.io/contacts?email=a%2Bb%40x.io&per_page=5&open=true',
    );
  });

  it('leaves out null and undefined, repeats the key for arrays, adds extra parameters last', () => {
    expect(buildUrl('http://h', '/x', { a: null, b: undefined, ids: ['1', '2'] }, { debug: 1 })).toBe(
      'http://h/x?ids=1&ids=2&debug=1',
    );
  });

  it('appends to a path that already has a query string', () => {
    expect(buildUrl('http://h', '/x?y=1', { z: 2 })).toBe('http://h/x?y=1&z=2');
  });

  it('has no query string when there is nothing to send', () => {
    expect(buildUrl('http://h', '/x', {}, { a: undefined })).toBe('http://h/x');
  });

  it('rejects objects with an error naming the parameter', () => {
    expect(() => buildUrl('http://h', '/x', { filter: { a: 1 } as never })).toThrow(IntercomInputError);
    expect(() => buildUrl('http://h', '/x', { filter: { a: 1 } as never })).toThrow('Query parameter "filter"');
  });
});
