import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { createIntercomProxy } from './handler';
import { routesForTable } from './routes';
import { recordingUpstream } from './testing';

// Whatever path a caller sends, the proxy contacts the configured host only, at a path that is an
// operation of the table — or nothing at all.

const BASE = 'https://api.eu.intercom.io';
const upstream = recordingUpstream(() => Response.json({ type: 'ok' }));
const proxy = createIntercomProxy({
  token: 'tok_property',
  baseUrl: BASE,
  allowUnauthenticated: true,
  allow: ['readOnly', 'contacts.*', 'conversations.*'],
  fetch: upstream.fetch,
});
const routes = routesForTable();

const words = ['contacts', 'conversations', 'admins', 'me', 'search', 'tags', 'abc123', 'a%41', '%c3%a9'];
const hostile = [
  '',
  '.',
  '..',
  '%2e',
  '%2E%2e',
  '%2f',
  '%5c',
  '%25',
  '%00',
  '%0a',
  '@',
  ':',
  '\\',
  '/',
  '?',
  '#',
  'http:',
  'evil.example',
  ';',
  '~',
];
const segment = fc.oneof(
  { weight: 3, arbitrary: fc.constantFrom(...words) },
  {
    weight: 1,
    arbitrary: fc
      .array(fc.constantFrom(...hostile, ...words), { minLength: 1, maxLength: 4 })
      .map((parts) => parts.join('')),
  },
);
const path = fc.array(segment, { maxLength: 5 }).map((segments) => `/${segments.join('/')}`);

describe('the upstream target', () => {
  it('is always the configured origin and a table route, for any request path', async () => {
    let forwarded = 0;
    await fc.assert(
      fc.asyncProperty(path, fc.constantFrom('GET', 'POST', 'PUT', 'DELETE'), async (target, method) => {
        upstream.calls.length = 0;
        let request: Request;
        try {
          request = new Request(`https://proxy.example${target}`, {
            method,
            headers: { 'content-type': 'application/json' },
            body: method === 'GET' ? null : '{}',
          });
        } catch {
          return; // not a URL a runtime would hand over
        }
        await proxy(request);
        forwarded += upstream.calls.length;
        for (const call of upstream.calls) {
          const url = new URL(call.url);
          expect(url.origin).toBe(BASE);
          expect(call.url.startsWith(`${BASE}/`)).toBe(true);
          expect(routes.match(call.method, url.pathname.split('/')).kind).toBe('found');
        }
      }),
      { numRuns: 2000 },
    );
    // The generator reaches real operations too, so the property is not vacuous.
    expect(forwarded).toBeGreaterThan(30);
  });
});
