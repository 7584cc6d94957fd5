import { createClock } from './clock';
import { ApiError, errorList } from './errors';
import { ConnectionDroppedError, FAULT_HEADER, FaultInjector, sleep } from './faults';
import { authenticate, checkVersion } from './http/auth';
import { type RouteHandler, RouteReply } from './http/context';
import { Router } from './http/router';
import { notifyResponse } from './internal/response-observer';
import type { EmulatorOptions } from './options';
import { DEFAULT_RATE_LIMIT, type RateLimitState, rateLimitHeaders, WindowedRateLimiter } from './ratelimit';
import { allRoutes } from './routes/index';
import { isValidTimeZone } from './search/days';
import { resolveSizes, seedStore } from './seed/index';
import type { Store } from './store/store';

export interface Emulator {
  /** Answers one request like Intercom's REST API 2.14. Same signature as the global `fetch`. */
  fetch(input: Request | string | URL, init?: RequestInit): Promise<Response>;
  /** The emulated workspace's records, for assertions and setup in tests. */
  readonly store: Store;
  /** Switch faults at run time: `set`, `next`, `reset`. */
  readonly faults: FaultInjector;
  /** The request budget; `reset()` refills it, `configure()` changes it. Absent with `rateLimit: false`. */
  readonly rateLimit: WindowedRateLimiter | null;
}

const forcedErrors: Record<number, [string, string]> = {
  401: ['unauthorized', 'Access Token Invalid (injected by the emulator)'],
  403: ['api_plan_restricted', 'Active subscription needed (injected by the emulator)'],
  500: ['server_error', 'An internal server error occurred (injected by the emulator)'],
  502: ['bad_gateway', 'Bad gateway (injected by the emulator)'],
  503: ['service_unavailable', 'Service unavailable (injected by the emulator)'],
  504: ['gateway_timeout', 'Gateway timeout (injected by the emulator)'],
};

/** Creates an in-process Intercom API: seeded data, real search, errors, rate limits and faults. */
export function createEmulator(options: EmulatorOptions = {}): Emulator {
  const seed = options.seed ?? 1;
  if (!Number.isInteger(seed)) throw new RangeError(`createEmulator: seed must be an integer, got ${seed}`);
  const timezone = options.timezone ?? 'UTC';
  if (!isValidTimeZone(timezone)) throw new RangeError(`createEmulator: unknown timezone '${timezone}'`);
  const clock = createClock(options.now);
  const sizes = resolveSizes({
    ...options.sizes,
    ...(options.conversations === undefined ? {} : { conversations: options.conversations }),
  });
  const store = seedStore(seed, sizes, clock.nowSeconds(), timezone);
  const faults = new FaultInjector(seed, options.faults);
  const limiter =
    options.rateLimit === false ? null : new WindowedRateLimiter(options.rateLimit ?? DEFAULT_RATE_LIMIT, clock.nowMs);
  const tokens = options.tokens ? new Set(options.tokens) : null;
  const jobDelay = options.jobDelaySeconds ?? 0;
  const router = new Router<RouteHandler>();
  for (const route of allRoutes) router.add(route.method, route.path, route.handler);

  async function handle(request: Request): Promise<Response> {
    const requestId = store.ids.uuid();
    const url = new URL(request.url);
    const headers: Record<string, string> = { 'X-Request-Id': requestId };
    let rate: RateLimitState | null = null;
    const send = (status: number, body: unknown, extra: Record<string, string> = {}): Response => {
      notifyResponse({ method: request.method, path: url.pathname, status, body });
      const all = { ...headers, ...(rate ? rateLimitHeaders(rate) : {}), ...extra };
      if (body === undefined) return new Response(null, { status, headers: all });
      return new Response(JSON.stringify(body), {
        status,
        headers: { 'Content-Type': 'application/json; charset=utf-8', ...all },
      });
    };
    const fail = (error: ApiError) => send(error.status, errorList(requestId, error.code, error.message, error.field));
    try {
      const fault = faults.decide(request.headers.get(FAULT_HEADER));
      await sleep(fault.latencyMs, request.signal);
      if (fault.outcome?.kind === 'drop') throw new ConnectionDroppedError();
      rate = limiter?.consume() ?? null;
      if (fault.outcome?.kind === 'status') {
        const status = fault.outcome.status;
        if (status === 429) {
          if (rate) rate = { ...rate, remaining: 0 };
          return fail(new ApiError(429, 'rate_limit_exceeded', 'Rate limit exceeded (injected by the emulator)'));
        }
        const [code, message] = forcedErrors[status] ?? ['server_error', 'Server error'];
        return fail(new ApiError(status, code, message));
      }
      if (rate && !rate.allowed) {
        return fail(
          new ApiError(
            429,
            'rate_limit_exceeded',
            `Rate limit exceeded: ${rate.limit} requests per window; retry after X-RateLimit-Reset`,
          ),
        );
      }
      if (request.method === 'OPTIONS') {
        const allowed = router.methods(url.pathname);
        if (allowed.length === 0) throw new ApiError(404, 'not_found', `No such endpoint: ${url.pathname}`);
        return send(204, undefined, { Allow: [...allowed, 'OPTIONS'].join(', ') });
      }
      const match = router.lookup(request.method, url.pathname);
      authenticate(request.headers.get('Authorization'), tokens);
      checkVersion(request.headers.get('Intercom-Version'));
      if (match.kind === 'not_found')
        throw new ApiError(404, 'not_found', `No such endpoint: ${request.method} ${url.pathname}`);
      if (match.kind === 'method_not_allowed') {
        return send(
          405,
          errorList(
            requestId,
            'method_not_allowed',
            `${request.method} is not supported on ${url.pathname}; use ${match.allowed.join(', ')}`,
          ),
          { Allow: match.allowed.join(', ') },
        );
      }
      const body = await readJson(request);
      const result = await match.handler({
        method: request.method,
        url,
        params: match.params,
        query: url.searchParams,
        body,
        store,
        now: clock.nowSeconds(),
        origin: url.origin,
        requestId,
        jobDelaySeconds: jobDelay,
      });
      return result instanceof RouteReply ? send(result.status, result.body) : send(200, result);
    } catch (error) {
      if (error instanceof ConnectionDroppedError) throw error;
      if (error instanceof ApiError) return fail(error);
      if (request.signal?.aborted && error === request.signal.reason) throw error;
      const detail = error instanceof Error ? error.message : String(error);
      return fail(
        new ApiError(
          500,
          'server_error',
          `The emulator failed while handling ${request.method} ${url.pathname}: ${detail}`,
        ),
      );
    }
  }

  return {
    fetch: (input, init) => handle(input instanceof Request && init === undefined ? input : new Request(input, init)),
    store,
    faults,
    rateLimit: limiter,
  };
}

async function readJson(request: Request): Promise<unknown> {
  if (request.method === 'GET' || request.method === 'HEAD') return undefined;
  const text = await request.text();
  if (text.trim() === '') return undefined;
  try {
    return JSON.parse(text);
  } catch {
    throw new ApiError(400, 'bad_request', 'The request body is not valid JSON');
  }
}
