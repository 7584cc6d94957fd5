// `@intercom-kit/core/proxy`: a fetch handler that lets browsers call Intercom without holding a
// token. Kept out of the root entry so the client bundle never carries it (or search-dsl).

export { timingSafeEqual } from '../internal/timing-safe';
export type { AllowRule, OperationGroupWildcard, RoutePattern } from './allow';
export { parseAllowList } from './allow';
export type { BearerSecretOptions } from './auth/bearer';
export { bearerSecret } from './auth/bearer';
export type { CloudflareAccessOptions } from './auth/cloudflare-access';
export { cloudflareAccess } from './auth/cloudflare-access';
export type { CorsOptions } from './cors';
export { refusalResponse } from './errors';
export type { FetchHandler } from './handler';
export { createIntercomProxy } from './handler';
export type { SearchValidationOptions } from './json-body';
export type { NodeHandlerOptions, NodeIncomingMessage, NodeServerResponse } from './node';
export { toNodeHandler } from './node';
export type {
  Authorize,
  IntercomProxyOptions,
  RateLimitDecision,
  RateLimitHook,
  UpstreamFetch,
} from './options';
