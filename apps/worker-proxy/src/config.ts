import {
  type Authorize,
  bearerSecret,
  cloudflareAccess,
  type IntercomProxyOptions,
  parseAllowList,
  type RateLimitHook,
} from '@intercom-kit/core/proxy';
import type { Env } from './env';
import { takeFromBudget } from './request-budget';
import { listVar } from './vars';

const LOG_LEVELS = ['debug', 'info', 'warn', 'error'] as const;

/** Reads the Worker's variables and secrets into proxy options; throws with a message naming the variable to fix. */
export function proxyOptionsFromEnv(env: Env): IntercomProxyOptions {
  if (!env.INTERCOM_TOKEN) throw new Error('INTERCOM_TOKEN is not set: run `wrangler secret put INTERCOM_TOKEN`');
  if (!env.RATE_BUDGET) throw new Error('the RATE_BUDGET Durable Object binding is missing (see wrangler.jsonc)');
  const origins = listVar(env.ALLOWED_ORIGINS);
  const level = env.LOG_LEVEL ?? 'warn';
  if (!(LOG_LEVELS as readonly string[]).includes(level))
    throw new Error(`LOG_LEVEL must be one of ${LOG_LEVELS.join(', ')}`);
  return {
    token: env.INTERCOM_TOKEN,
    baseUrl: env.INTERCOM_BASE_URL || 'us',
    mountPath: env.MOUNT_PATH || '/',
    authorize: authorizeFromEnv(env),
    allow: parseAllowList(env.ALLOWED_OPERATIONS || 'readOnly'),
    ...(origins.length > 0 ? { cors: { origins } } : {}),
    rateLimit: rateLimitFromEnv(env),
    logging: { level: level as (typeof LOG_LEVELS)[number], logger: console },
  };
}

function authorizeFromEnv(env: Env): Authorize {
  const checks: Authorize[] = [];
  const secrets = listVar(env.PROXY_SECRET);
  if (secrets.length > 0) checks.push(bearerSecret(secrets));
  if (env.ACCESS_TEAM_DOMAIN || env.ACCESS_AUD) {
    if (!env.ACCESS_TEAM_DOMAIN || !env.ACCESS_AUD)
      throw new Error('set both ACCESS_TEAM_DOMAIN and ACCESS_AUD for Cloudflare Access');
    checks.push(cloudflareAccess({ teamDomain: env.ACCESS_TEAM_DOMAIN, audience: listVar(env.ACCESS_AUD) }));
  }
  if (checks.length === 0) {
    throw new Error(
      'no caller authorization configured: `wrangler secret put PROXY_SECRET`, or set ACCESS_TEAM_DOMAIN and ACCESS_AUD',
    );
  }
  // When both are configured, a caller must pass both.
  return async (request) => {
    for (const check of checks) if (!(await check(request))) return false;
    return true;
  };
}

function rateLimitFromEnv(env: Env): RateLimitHook {
  const limit = positiveInteger(env.RATE_LIMIT_REQUESTS, 1000, 'RATE_LIMIT_REQUESTS');
  const windowMs = positiveInteger(env.RATE_LIMIT_WINDOW_SECONDS, 10, 'RATE_LIMIT_WINDOW_SECONDS') * 1000;
  // Unset or empty: 0, no per-caller budget.
  const perCaller = positiveInteger(env.CALLER_RATE_LIMIT_REQUESTS, 0, 'CALLER_RATE_LIMIT_REQUESTS');
  return async (request) => {
    if (perCaller > 0) {
      const caller = request.headers.get('cf-connecting-ip') ?? 'unknown';
      const own = await takeFromBudget(env.RATE_BUDGET, `caller:${caller}`, perCaller, windowMs);
      if (!own.allowed) return own;
    }
    return takeFromBudget(env.RATE_BUDGET, 'global', limit, windowMs);
  };
}

function positiveInteger(value: string | undefined, fallback: number, name: string): number {
  if (value === undefined || value.trim() === '') return fallback;
  const parsed = Number(value);
  if (!Number.isSafeInteger(parsed) || parsed < 1)
    throw new Error(`${name} must be a positive integer; got '${value}'`);
  return parsed;
}
