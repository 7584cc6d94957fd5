import type { FetchHandler } from '@intercom-kit/core/proxy';
import { isSimulatedFault, simulatedFaults } from '../shared/faults';
import { API_MOUNT, type DemoBackend } from './backend';
import { isLoopbackHost } from './host';

export const CONTROL_MOUNT = '/__demo';

const isUnder = (pathname: string, mount: string) => pathname === mount || pathname.startsWith(`${mount}/`);

/** Whether the demo server answers this path itself (the rest is the Vite app). */
export function isDemoPath(pathname: string): boolean {
  return isUnder(pathname, API_MOUNT) || isUnder(pathname, CONTROL_MOUNT);
}

const json = (status: number, body: unknown) =>
  new Response(JSON.stringify(body), {
    status,
    headers: { 'content-type': 'application/json; charset=utf-8', 'cache-control': 'no-store' },
  });

/** The proxy under `/api` and the demo's own controls under `/__demo`, for loopback callers only. */
export function createDemoHandler(backend: DemoBackend): FetchHandler {
  return async (request) => {
    const url = new URL(request.url);
    if (!isLoopbackHost(url.hostname)) {
      return json(403, { error: `The demo answers only on localhost, not on '${url.hostname}'.` });
    }
    if (isUnder(url.pathname, API_MOUNT)) return backend.proxy(request);
    return control(request, url, backend);
  };
}

async function control(request: Request, url: URL, backend: DemoBackend): Promise<Response> {
  const origin = request.headers.get('origin');
  if (request.method !== 'GET' && origin !== null && origin !== url.origin) {
    return json(403, { error: `Origin ${origin} may not change the demo's settings.` });
  }
  const route = `${request.method} ${url.pathname}`;
  if (route === `GET ${CONTROL_MOUNT}/info`)
    return json(200, { ...backend.info, armed: backend.faults?.armed ?? null });
  if (url.pathname !== `${CONTROL_MOUNT}/faults`) return json(404, { error: `No demo route ${url.pathname}.` });
  const faults = backend.faults;
  if (!faults) return json(404, { error: 'Faults can be simulated only against the emulator (no INTERCOM_TOKEN).' });
  if (request.method === 'DELETE') {
    faults.disarm();
    return json(200, { armed: null });
  }
  if (request.method !== 'POST') return json(405, { error: 'Use POST to arm a fault or DELETE to disarm it.' });
  const fault = await readFault(request);
  if (!isSimulatedFault(fault)) {
    return json(400, { error: `Body must be {"fault": …} with one of ${simulatedFaults.join(', ')}.` });
  }
  faults.arm(fault);
  return json(200, { armed: fault });
}

async function readFault(request: Request): Promise<unknown> {
  try {
    const body: unknown = await request.json();
    return typeof body === 'object' && body !== null && 'fault' in body ? body.fault : undefined;
  } catch {
    return undefined;
  }
}
