import { PagePromise } from './pagination/page-promise';
import { paginate } from './pagination/paginate';
import type { PaginationSpec } from './pagination/strategies';
import type { HttpRequest, TransportConfig } from './transport/config';
import { HttpResponsePromise } from './transport/http-response-promise';
import type { RequestOptions } from './transport/options';
import type { WithRawResponse } from './transport/raw-response';
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
  let result: Promise<WithRawResponse<unknown>>;
  try {
    const request = build();
    result = pagination
      ? paginate(
          {
            spec: pagination,
            load: (next, nextOptions) => send(config, next, nextOptions),
            options,
            prefetch: options?.prefetchPages ?? config.prefetchPages,
          },
          request,
        )
      : send(config, request, options);
  } catch (error) {
    result = Promise.reject(error);
  }
  return pagination ? new PagePromise(result as Promise<WithRawResponse<never>>) : new HttpResponsePromise(result);
}
