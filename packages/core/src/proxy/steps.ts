import { supply } from '../internal/supplier';
import type { OperationSpec } from '../operations/spec';
import type { OperationId } from '../operations/table.gen';
import { readLimitedBody } from './body';
import type { ProxyConfig } from './config';
import { ProxyRefusal } from './errors';
import { upstreamHeaders } from './headers';
import { checkJsonBody } from './json-body';
import { normalizePath } from './path';

// The steps of the proxy pipeline (see handler.ts); each throws a ProxyRefusal to stop it.

export async function learnToken(config: ProxyConfig): Promise<string | undefined> {
  try {
    const token = await supply(config.token);
    return typeof token === 'string' && token !== '' ? token : undefined;
  } catch {
    return undefined;
  }
}

/** The API path for a request path under the mount, after the path checks. */
export function mappedPath(config: ProxyConfig, pathname: string): string {
  const normalized = normalizePath(pathname);
  if ('problem' in normalized)
    throw new ProxyRefusal(400, 'bad_request', `Invalid request path: ${normalized.problem}.`);
  const { path } = normalized;
  if (config.mount === '') return path;
  if (path.startsWith(config.mount) && path.charCodeAt(config.mount.length) === 47 /* '/' */) {
    return path.slice(config.mount.length);
  }
  throw new ProxyRefusal(
    404,
    'not_found',
    `Nothing at ${path}; this proxy serves Intercom paths under ${config.mount}/.`,
  );
}

export function findOperation(config: ProxyConfig, method: string, apiPath: string) {
  const match = config.routes.match(method, apiPath.split('/'));
  if (match.kind === 'found') return match;
  if (match.kind === 'not_found')
    throw new ProxyRefusal(404, 'not_found', `No Intercom operation at ${method} ${apiPath}.`);
  const allowed = match.allowed.join(', ');
  throw new ProxyRefusal(
    405,
    'method_not_allowed',
    `${method} is not an Intercom operation on ${apiPath}; use ${allowed}.`,
    {
      headers: { Allow: allowed },
    },
  );
}

export const forbiddenOrigin = (origin: string) =>
  new ProxyRefusal(403, 'forbidden', `Origin ${origin} is not allowed to use this proxy.`);

export const notAllowed = (operationId: string) =>
  new ProxyRefusal(403, 'forbidden', `The operation ${operationId} is not allowed through this proxy.`);

export async function authorized(config: ProxyConfig, request: Request): Promise<boolean> {
  try {
    return (await config.authorize!(request)) === true;
  } catch (cause) {
    throw new ProxyRefusal(503, 'service_unavailable', 'The proxy could not check credentials; try again later.', {
      cause,
    });
  }
}

export async function readBody(
  config: ProxyConfig,
  request: Request,
  spec: OperationSpec,
): Promise<Uint8Array | undefined> {
  if (request.method === 'GET') return undefined;
  const body = await readLimitedBody(request, config.maxBodyBytes);
  if (body !== undefined) checkJsonBody(body, request.headers.get('content-type'), spec, config.search);
  else if (spec.search) {
    throw new ProxyRefusal(400, 'parameter_invalid', `A ${spec.search} search needs a JSON body with a query.`, {
      field: 'query',
    });
  }
  return body;
}

export async function checkBudget(config: ProxyConfig, request: Request, operationId: OperationId): Promise<void> {
  let allowed: boolean;
  let retryAfterSeconds: number | undefined;
  try {
    ({ allowed, retryAfterSeconds } = await config.rateLimit!(request, { operationId }));
  } catch (cause) {
    throw new ProxyRefusal(
      503,
      'service_unavailable',
      'The proxy could not check its request budget; try again later.',
      { cause },
    );
  }
  if (allowed === true) return;
  const retryAfter = Math.max(1, Math.ceil(Number(retryAfterSeconds) || 1));
  throw new ProxyRefusal(
    429,
    'rate_limit_exceeded',
    `Too many requests through this proxy; retry after ${retryAfter} s.`,
    {
      headers: { 'Retry-After': String(retryAfter) },
    },
  );
}

export async function forward(
  config: ProxyConfig,
  request: Request,
  target: string,
  token: string,
  body: Uint8Array | undefined,
) {
  try {
    return await config.fetch(target, {
      method: request.method,
      headers: upstreamHeaders(request.headers, token),
      body: body as BodyInit | undefined,
      // A redirect could lead away from the configured host: it is answered as is, never followed.
      redirect: 'manual',
      signal: request.signal,
    });
  } catch (cause) {
    throw new ProxyRefusal(502, 'bad_gateway', 'The proxy could not reach Intercom; try again.', { cause });
  }
}
