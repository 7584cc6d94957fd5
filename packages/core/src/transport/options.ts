/** A value, or a (sync or async) function that produces it when a request is made. */
export type Supplier<T> = T | (() => T | Promise<T>);

/** `Intercom-Version` values; any other string is sent as is (later versions, `Unstable`). */
export type IntercomVersion =
  | '1.0'
  | '1.1'
  | '1.2'
  | '1.3'
  | '1.4'
  | '2.0'
  | '2.1'
  | '2.2'
  | '2.3'
  | '2.4'
  | '2.5'
  | '2.6'
  | '2.7'
  | '2.8'
  | '2.9'
  | '2.10'
  | '2.11'
  | '2.12'
  | '2.13'
  | '2.14'
  | 'Unstable'
  | (string & {});

/** Extra headers; `null`/`undefined` removes a header the client would otherwise send. */
export type HeaderValues = Record<string, Supplier<string | null | undefined> | null | undefined>;

/** A query-string value: arrays repeat the key, `null`/`undefined` leave it out. */
export type QueryValue = string | number | boolean | null | undefined | ReadonlyArray<string | number | boolean>;

/** Per-call options, the last argument of every operation (names as in intercom-client 7.x). */
export interface RequestOptions {
  /** The maximum time to wait for a response, per attempt. Default: the client's (60). */
  timeoutInSeconds?: number;
  /** How many times a failed request may be retried. Default: the client's (2). */
  maxRetries?: number;
  /** Aborting rejects the call with the signal's `reason` and stops any retry. */
  abortSignal?: AbortSignal;
  /** Added to (and overriding) the client's headers. */
  headers?: HeaderValues;
  /** Added to the operation's query string. */
  queryParams?: Record<string, QueryValue>;
  /** Overrides the `Intercom-Version` header for this call. */
  version?: IntercomVersion;
  /** Paginated calls: fetch the next page while the current one is being iterated. Default: the client's (true). */
  prefetchPages?: boolean;
}
