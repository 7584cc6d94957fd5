import type { $Fetch } from 'ofetch';

import type { ClientLogger } from '../logging/logger';
import type { HeaderValues, QueryValue, Supplier } from './options';
import type { RateLimitTracker } from './rate-limit';

/** Everything a client fixes once and every request reads. */
export interface TransportConfig {
  /** Checked and without a trailing slash; a function is called (and checked) per request. */
  readonly baseUrl: string | (() => Promise<string>);
  readonly token: Supplier<string | undefined>;
  readonly version: string;
  readonly headers: HeaderValues | undefined;
  readonly maxRetries: number;
  readonly timeoutInSeconds: number;
  readonly prefetchPages: boolean;
  /** Wait for the rate-limit window to reset when no requests are left. */
  readonly pacing: boolean;
  readonly http: $Fetch;
  readonly logger: ClientLogger;
  readonly rateLimit: RateLimitTracker;
}

export type HttpMethod = 'GET' | 'POST' | 'PUT' | 'DELETE' | 'PATCH';

/** One HTTP request, before auth, headers and retries are added. */
export interface HttpRequest {
  readonly method: HttpMethod;
  /** Path below the base URL, starting with `/`, parameters already filled in. */
  readonly path: string;
  readonly query?: Record<string, QueryValue>;
  /** Sent as JSON when not `undefined`. */
  readonly body?: unknown;
  /** Safe to send twice (GET, PUT, DELETE, read-only POST): decides what is retried. */
  readonly idempotent: boolean;
  /** A non-JSON media type (file downloads): sent as `Accept`, and the body comes back as an ArrayBuffer. */
  readonly accept?: string;
}
