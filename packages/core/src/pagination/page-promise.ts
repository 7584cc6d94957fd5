import { HttpResponsePromise } from '../transport/http-response-promise';
import type { Page } from './page';

/**
 * The promise a paginated call returns: `await` it for the first `Page`, or iterate it directly
 * with `for await (const item of client.conversations.list())` for every item of every page.
 */
export class PagePromise<T, TResponse = unknown>
  extends HttpResponsePromise<Page<T, TResponse>>
  implements AsyncIterable<T>
{
  async *[Symbol.asyncIterator](): AsyncGenerator<T, void, undefined> {
    yield* await this;
  }
}
