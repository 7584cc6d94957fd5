import type { RateLimit } from './rate-limit';

/** What is left of the HTTP response once its body has been parsed. */
export interface RawResponse {
  readonly headers: Headers;
  readonly redirected: boolean;
  readonly status: number;
  readonly statusText: string;
  readonly type: ResponseType;
  readonly url: string;
  /** The parsed `X-RateLimit-*` headers, when the response carried them. */
  readonly rateLimit?: RateLimit;
}

export interface WithRawResponse<T> {
  readonly data: T;
  readonly rawResponse: RawResponse;
}
