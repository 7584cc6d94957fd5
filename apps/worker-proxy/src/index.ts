import { createIntercomProxy, type FetchHandler, refusalResponse } from '@intercom-kit/core/proxy';
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
      return refusalResponse(500, 'proxy_misconfigured', 'The proxy is not configured correctly; see its logs.');
    }
    return handler(request);
  },
};
