export type { HttpMethod, HttpRequest, TransportConfig } from './config';
export { HttpResponsePromise } from './http-response-promise';
export type { HeaderValues, IntercomVersion, QueryValue, RequestOptions, Supplier } from './options';
export type { RateLimit } from './rate-limit';
export { RateLimitTracker } from './rate-limit';
export type { RawResponse, WithRawResponse } from './raw-response';
export { send } from './send';
