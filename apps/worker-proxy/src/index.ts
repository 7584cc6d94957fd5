import { createIntercomProxy, type FetchHandler } from '@intercom-kit/core/proxy';
import { proxyOptionsFromEnv } from './config';
import type { Env } from './env';

export { RequestBudget } from './request-budget';

// Built once per isolate: the route matcher, allow list and CORS policy are precompiled.
let cached: { env: Env; handler: FetchHandler } | undefined;

function handlerFor(env: Env): FetchHandler {
  if (cached?.env !== env) cached = { env, handler: createIntercomProxy(proxyOptionsFromEnv(env)) };
  return cached.handler;
}

export default {
  async fetch(request: Request, env: Env): Promise<Response> {
    let handler: FetchHandler;
    try {
      handler = handlerFor(env);
    } catch (error) {
      // The details go to the Worker's logs only; callers learn that the proxy is misconfigured.
      console.error(`intercom proxy: configuration error: ${(error as Error).message}`);
      const body = {
        type: 'error.list',
        request_id: `proxy-${crypto.randomUUID()}`,
        errors: [{ code: 'proxy_misconfigured', message: 'The proxy is not configured correctly; see its logs.' }],
      };
      return Response.json(body, {
        status: 500,
        headers: { 'X-Request-Id': body.request_id, 'Cache-Control': 'no-store' },
      });
    }
    return handler(request);
  },
};
