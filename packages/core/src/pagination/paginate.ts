import type { HttpRequest } from '../transport/config';
import { Page, type PageContext } from './page';
import { PagePromise } from './page-promise';

/** Sends the first page request and wraps the answer in a `Page` that knows how to get the next. */
export function paginate<T, TResponse = unknown>(
  context: PageContext,
  request: HttpRequest,
): PagePromise<T, TResponse> {
  const first = context.load(request, context.options);
  return new PagePromise(
    first.then((loaded) => ({
      data: new Page<T, TResponse>(context, request, loaded),
      rawResponse: loaded.rawResponse,
    })),
  );
}
