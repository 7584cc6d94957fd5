import type { WithRawResponse } from './raw-response';

/**
 * The promise every call returns: it resolves to the parsed body, and `.withRawResponse()` gives
 * the body together with the status, headers and URL of the response.
 */
export class HttpResponsePromise<T> extends Promise<T> {
  #inner: Promise<WithRawResponse<T>>;
  #unwrapped: Promise<T> | undefined;

  constructor(inner: Promise<WithRawResponse<T>>) {
    // The base promise is a placeholder: `then`/`catch`/`finally` below read from `inner`.
    super((resolve) => resolve(undefined as T));
    this.#inner = inner;
  }

  static fromPromise<T>(promise: Promise<WithRawResponse<T>>): HttpResponsePromise<T> {
    return new HttpResponsePromise(promise);
  }

  #unwrap(): Promise<T> {
    this.#unwrapped ??= this.#inner.then((result) => result.data);
    return this.#unwrapped;
  }

  // biome-ignore lint/suspicious/noThenProperty: a Promise subclass; `then` reads the parsed body.
  override then<TResult1 = T, TResult2 = never>(
    onfulfilled?: ((value: T) => TResult1 | PromiseLike<TResult1>) | null,
    onrejected?: ((reason: unknown) => TResult2 | PromiseLike<TResult2>) | null,
  ): Promise<TResult1 | TResult2> {
    return this.#unwrap().then(onfulfilled, onrejected);
  }

  override catch<TResult = never>(
    onrejected?: ((reason: unknown) => TResult | PromiseLike<TResult>) | null,
  ): Promise<T | TResult> {
    return this.#unwrap().catch(onrejected);
  }

  override finally(onfinally?: (() => void) | null): Promise<T> {
    return this.#unwrap().finally(onfinally);
  }

  /** The parsed body and the raw response (status, headers, url, rate limit). */
  withRawResponse(): Promise<WithRawResponse<T>> {
    return this.#inner;
  }
}
