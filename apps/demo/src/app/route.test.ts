import { describe, expect, it } from 'vitest';
import { parseRoute, type Route, routeHref } from './route';

describe('routes', () => {
  it('reads each screen from the hash', () => {
    expect(parseRoute('')).toEqual({ screen: 'inbox' });
    expect(parseRoute('#/inbox')).toEqual({ screen: 'inbox' });
    expect(parseRoute('#/inbox/123')).toEqual({ screen: 'inbox', conversationId: '123' });
    expect(parseRoute('#/contacts')).toEqual({ screen: 'contacts' });
    expect(parseRoute('#/contacts/6f1a')).toEqual({ screen: 'contacts', contactId: '6f1a' });
    expect(parseRoute('#/dashboard')).toEqual({ screen: 'dashboard' });
    expect(parseRoute('#/nowhere/1')).toEqual({ screen: 'inbox' });
  });

  it('survives a malformed escape in the address bar', () => {
    expect(parseRoute('#/contacts/%E0%A4%A')).toEqual({ screen: 'contacts', contactId: '%E0%A4%A' });
  });

  it('writes links that read back as the same route', () => {
    const routes: Route[] = [
      { screen: 'inbox' },
      { screen: 'inbox', conversationId: '42' },
      { screen: 'contacts', contactId: 'a/b c' },
      { screen: 'dashboard' },
    ];
    for (const route of routes) expect(parseRoute(routeHref(route))).toEqual(route);
  });
});
