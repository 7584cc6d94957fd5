import type { HttpRequest } from '../transport/config';
import type { WithRawResponse } from '../transport/raw-response';
import { Page, type PageContext } from './page';

/** Sends the first page request; the answer is a `Page` that knows how to get the next. */
export async function paginate<T, TResponse = unknown>(
  context: PageContext,
  request: HttpRequest,
): Promise<WithRawResponse<Page<T, TResponse>>> {
  const loaded = await context.load(request, context.options);
  return { data: new Page<T, TResponse>(context, request, loaded), rawResponse: loaded.rawResponse };
}
