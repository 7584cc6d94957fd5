import { supply } from '../internal/supplier';
import { resolveProxyConfig } from './config';
import { corsHeaders, preflightResponse } from './cors';
import { errorResponse, newRequestId, ProxyRefusal } from './errors';
import { downstreamHeaders, findUnsafeHeader, type HeaderRecord } from './headers';
import type { IntercomProxyOptions } from './options';
import {
  authorized,
  checkBudget,
  findOperation,
  forbiddenOrigin,
  forward,
  learnToken,
  mappedPath,
  notAllowed,
  readBody,
} from './steps';

/** A standard fetch handler, as Cloudflare Workers, `Deno.serve` and `Bun.serve` take it. */
export type FetchHandler = (request: Request) => Promise<Response>;

const TOKEN_SHAPE = /^[\x21-\x7e]+$/;
const NULL_BODY_STATUS = new Set([101, 204, 205, 304]);

/**
 * Creates the proxy: checks each request (origin, headers, path, operation, caller, body, budget),
 * adds the Intercom token and forwards it to the configured host only, streaming the answer back.
 * Every refusal is an Intercom-shaped `error.list`, and none of them contacts the upstream.
 */
export function createIntercomProxy(options: IntercomProxyOptions): FetchHandler {
  const config = resolveProxyConfig(options);
  // The last token seen, so log lines are scrubbed of it even when it comes from a supplier.
  let secret = typeof options.token === 'string' ? options.token : undefined;
  const log = (level: 'debug' | 'warn' | 'error', message: string, details?: unknown) =>
    config.logger.log(level, `intercom proxy: ${message}`, details, secret);

  return async (request) => {
    let cors: HeaderRecord | undefined;
    let url: URL | undefined;
    // Built only when a line is written: most requests log nothing.
    const label = () => `${request.method} ${url?.pathname ?? ''}`;
    try {
      url = new URL(request.url);
      const origin = request.headers.get('origin');
      if (origin !== null) {
        if (config.cors?.origins.has(origin)) cors = corsHeaders(config.cors, origin);
        else if (origin !== url.origin) throw forbiddenOrigin(origin);
      }
      const unsafe = findUnsafeHeader(request.headers);
      if (unsafe !== undefined) {
        throw new ProxyRefusal(400, 'bad_request', `The ${unsafe} header has a CR, LF or NUL character.`);
      }
      const apiPath = mappedPath(config, url.pathname);
      const preflight = request.method === 'OPTIONS' ? request.headers.get('access-control-request-method') : null;
      const { operationId, spec } = findOperation(config, preflight ?? request.method, apiPath);
      if (preflight !== null) {
        if (!cors || !config.cors || origin === null) throw forbiddenOrigin(origin ?? '(none)');
        if (!config.allowed.has(operationId)) throw notAllowed(operationId);
        return preflightResponse(config.cors, origin, preflight, request.headers.get('access-control-request-headers'));
      }
      if (config.authorize && !(await authorized(config, request))) {
        throw new ProxyRefusal(401, 'unauthorized', 'Missing or invalid proxy credentials.');
      }
      if (!config.allowed.has(operationId)) throw notAllowed(operationId);
      const body = await readBody(config, request, spec);
      if (config.rateLimit) await checkBudget(config, request, operationId);
      const token = await supply(config.token);
      if (typeof token !== 'string' || !TOKEN_SHAPE.test(token)) {
        throw new ProxyRefusal(500, 'proxy_misconfigured', 'The proxy has no usable Intercom token configured.');
      }
      secret = token;
      const upstream = await forward(config, request, `${config.upstream}${apiPath}${url.search}`, token, body);
      if (config.logger.enabled('debug')) log('debug', `${label()} (${operationId}) → ${upstream.status}`);
      const headers = cors ? { ...downstreamHeaders(upstream.headers), ...cors } : downstreamHeaders(upstream.headers);
      const { status } = upstream;
      return new Response(NULL_BODY_STATUS.has(status) ? null : upstream.body, { status, headers });
    } catch (error) {
      const refusal =
        error instanceof ProxyRefusal
          ? error
          : new ProxyRefusal(500, 'server_error', 'The proxy failed while handling this request.', { cause: error });
      const requestId = newRequestId();
      // A caller who knows the token might echo it in a path; learn it now so it can be scrubbed.
      if (secret === undefined) secret = await learnToken(config);
      const line = `${label()} refused ${refusal.status} ${refusal.code} (request id ${requestId})`;
      if (refusal.status >= 500) log('error', line, refusal.cause);
      else log('warn', line);
      return errorResponse(refusal, requestId, cors, secret);
    }
  };
}
