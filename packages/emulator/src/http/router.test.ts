import { describe, expect, it } from 'vitest';
import { Router } from './router';

const router = new Router<string>()
  .add('GET', '/contacts/{contact_id}', 'find')
  .add('PUT', '/contacts/{contact_id}', 'update')
  .add('POST', '/contacts/search', 'search')
  .add('GET', '/contacts/find_by_external_id/{external_id}', 'byExternal')
  .add('GET', '/contacts/{contact_id}/tags', 'tags');

describe('Router', () => {
  it('prefers a literal segment over a parameter', () => {
    expect(router.lookup('POST', '/contacts/search')).toMatchObject({ kind: 'found', handler: 'search' });
    // The literal path exists with another method, so the answer is "use POST", not a lookup of id 'search'.
    expect(router.lookup('GET', '/contacts/search')).toEqual({ kind: 'method_not_allowed', allowed: ['POST'] });
    expect(router.lookup('GET', '/contacts/searching')).toMatchObject({
      kind: 'found',
      handler: 'find',
      params: { contact_id: 'searching' },
    });
  });

  it('captures and decodes parameters', () => {
    expect(router.lookup('GET', '/contacts/find_by_external_id/a%20b')).toMatchObject({
      handler: 'byExternal',
      params: { external_id: 'a b' },
    });
    expect(router.lookup('GET', '/contacts/abc/tags')).toMatchObject({
      handler: 'tags',
      template: '/contacts/{contact_id}/tags',
    });
  });

  it('tells a wrong method apart from an unknown path', () => {
    expect(router.lookup('DELETE', '/contacts/1')).toEqual({ kind: 'method_not_allowed', allowed: ['GET', 'PUT'] });
    expect(router.lookup('GET', '/nothing/here')).toEqual({ kind: 'not_found' });
    expect(router.lookup('GET', '/contacts')).toEqual({ kind: 'not_found' });
    expect(router.methods('/contacts/1')).toEqual(['GET', 'PUT']);
  });

  it('ignores trailing slashes', () => {
    expect(router.lookup('GET', '/contacts/1/')).toMatchObject({ kind: 'found', handler: 'find' });
  });

  it('refuses duplicate routes and conflicting parameter names', () => {
    expect(() => new Router<string>().add('GET', '/a/{x}', '1').add('GET', '/a/{x}', '2')).toThrow(/twice/);
    expect(() => new Router<string>().add('GET', '/a/{x}', '1').add('PUT', '/a/{y}', '2')).toThrow(/conflicts/);
  });
});
