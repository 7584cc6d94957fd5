import { useEffect, useState } from 'react';

export type Route =
  | { readonly screen: 'inbox'; readonly conversationId?: string }
  | { readonly screen: 'contacts'; readonly contactId?: string }
  | { readonly screen: 'dashboard' };

/** Reads `#/inbox/123`, `#/contacts/abc`, `#/dashboard`; anything else is the inbox. */
export function parseRoute(hash: string): Route {
  const [screen, id] = hash.replace(/^#\/?/, '').split('/').map(decode);
  if (screen === 'contacts') return id ? { screen, contactId: id } : { screen };
  if (screen === 'dashboard') return { screen };
  return id && screen === 'inbox' ? { screen: 'inbox', conversationId: id } : { screen: 'inbox' };
}

// A hand-edited address can hold a broken escape; it is then taken as written.
function decode(segment: string): string {
  try {
    return decodeURIComponent(segment);
  } catch {
    return segment;
  }
}

export function routeHref(route: Route): string {
  switch (route.screen) {
    case 'inbox':
      return route.conversationId ? `#/inbox/${encodeURIComponent(route.conversationId)}` : '#/inbox';
    case 'contacts':
      return route.contactId ? `#/contacts/${encodeURIComponent(route.contactId)}` : '#/contacts';
    case 'dashboard':
      return '#/dashboard';
  }
}

/** The current route, following the address bar's hash. */
export function useRoute(): Route {
  const [route, setRoute] = useState(() => parseRoute(window.location.hash));
  useEffect(() => {
    const onChange = () => setRoute(parseRoute(window.location.hash));
    window.addEventListener('hashchange', onChange);
    return () => window.removeEventListener('hashchange', onChange);
  }, []);
  return route;
}
