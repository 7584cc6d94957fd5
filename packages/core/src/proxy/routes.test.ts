import { describe, expect, it } from 'vitest';
import { operationTable } from '../operations/table.gen';
import { compileRoutes, routesForTable } from './routes';

const segments = (path: string) => path.split('/');

describe('the route matcher', () => {
  const routes = routesForTable();

  it('matches every operation of the table by its own method and path, parameters filled in', () => {
    for (const [id, spec] of Object.entries(operationTable)) {
      const path = spec.path.replace(/\{[^}]+\}/g, 'x1');
      expect(routes.match(spec.method, segments(path)), id).toMatchObject({ kind: 'found', operationId: id });
    }
  });

  it('prefers literal segments and falls back to a parameter for methods the literal route lacks', () => {
    expect(routes.match('POST', segments('/contacts/search'))).toMatchObject({ operationId: 'contacts.search' });
    expect(routes.match('GET', segments('/contacts/search'))).toMatchObject({ operationId: 'contacts.find' });
  });

  it('reports the methods a known path takes, and unknown paths', () => {
    expect(routes.match('PATCH', segments('/contacts/abc'))).toEqual({
      kind: 'method_not_allowed',
      allowed: ['DELETE', 'GET', 'PUT'],
    });
    expect(routes.match('GET', segments('/nothing/here'))).toEqual({ kind: 'not_found' });
    expect(routes.match('GET', segments('/contacts/abc/tags/def/extra'))).toEqual({ kind: 'not_found' });
    expect(routes.match('GET', segments('/'))).toEqual({ kind: 'not_found' });
  });

  it('builds from any table of rows', () => {
    const custom = compileRoutes({ 'things.get': { method: 'GET', path: '/things/{id}' } });
    expect(custom.match('GET', segments('/things/7'))).toMatchObject({ operationId: 'things.get' });
    expect(custom.match('GET', segments('/admins'))).toEqual({ kind: 'not_found' });
  });
});
