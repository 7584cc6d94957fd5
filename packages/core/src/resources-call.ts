import { PagePromise } from './pagination/page-promise';
import { paginate } from './pagination/paginate';
import type { PaginationSpec } from './pagination/strategies';
import type { HttpRequest, TransportConfig } from './transport/config';
import { HttpResponsePromise } from './transport/http-response-promise';
import type { RequestOptions } from './transport/options';
import { send } from './transport/send';

/**
 * Runs a request built by `build` (which may throw an input error, reported as a rejection) and
 * returns the promise type callers expect: a `PagePromise` when the request is paginated.
 */
export function execute(
  config: TransportConfig,
  build: () => HttpRequest,
  options: RequestOptions | undefined,
  pagination: PaginationSpec | undefined,
): HttpResponsePromise<unknown> {
  let request: HttpRequest;
  try {
    request = build();
  } catch (error) {
    const rejected = Promise.reject(error);
    return pagination ? new PagePromise(rejected) : new HttpResponsePromise(rejected);
  }
  if (!pagination) return new HttpResponsePromise(send(config, request, options));
  return paginate(
    {
      spec: pagination,
      load: (next, nextOptions) => send(config, next, nextOptions),
      options,
      prefetch: options?.prefetchPages ?? config.prefetchPages,
    },
    request,
  );
}
