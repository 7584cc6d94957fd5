// The proxy smoke for every runtime: serve createIntercomProxy with the runtime's own server in
// front of the emulator, make one allowed and one refused call through it, and report both.
// Plain JavaScript so that every runtime runs it as is.

export const SMOKE_TOKEN = 'proxy-smoke-intercom-token';
export const SMOKE_SECRET = 'proxy-smoke-shared-secret-0123456789';

/**
 * @param {typeof import('../../dist/proxy.js')} proxyModule
 * @param {string} upstream the emulator's URL
 * @param {(handler: (request: Request) => Promise<Response>) => Promise<{ url: string, stop: () => Promise<void> }>} serve
 */
export async function proxySmoke(proxyModule, upstream, serve) {
  const { createIntercomProxy, bearerSecret } = proxyModule;
  const handler = createIntercomProxy({ token: SMOKE_TOKEN, baseUrl: upstream, authorize: bearerSecret(SMOKE_SECRET) });
  const server = await serve(handler);
  try {
    const headers = { authorization: `Bearer ${SMOKE_SECRET}`, 'content-type': 'application/json' };
    const allowed = await fetch(`${server.url}/admins`, { headers });
    const allowedBody = await allowed.json();
    const refused = await fetch(`${server.url}/contacts`, { method: 'POST', headers, body: '{"email":"a@b.example"}' });
    const refusedBody = await refused.json();
    return {
      allowed: {
        status: allowed.status,
        type: allowedBody.type,
        requestId: allowed.headers.get('x-request-id') !== null,
      },
      refused: {
        status: refused.status,
        code: refusedBody.errors?.[0]?.code,
        message: refusedBody.errors?.[0]?.message,
      },
    };
  } finally {
    await server.stop();
  }
}

export const expectedProxySmoke = {
  allowed: { status: 200, type: 'admin.list', requestId: true },
  refused: {
    status: 403,
    code: 'forbidden',
    message: 'The operation contacts.create is not allowed through this proxy.',
  },
};
