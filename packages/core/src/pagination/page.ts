import { IntercomInputError } from '../errors/client-errors';
import { isRecord } from '../internal/guards';
import type { HttpRequest } from '../transport/config';
import type { RequestOptions } from '../transport/options';
import type { RawResponse, WithRawResponse } from '../transport/raw-response';
import { nextPageRequest, type PaginationSpec, pageItems } from './strategies';

/** Sends one page request (the client's transport, bound to its configuration). */
export type PageLoader = (
  request: HttpRequest,
  options: RequestOptions | undefined,
) => Promise<WithRawResponse<unknown>>;

/** How a page was fetched and how to fetch the next one; built by the client. */
export interface PageContext {
  readonly spec: PaginationSpec;
  readonly load: PageLoader;
  readonly options: RequestOptions | undefined;
  /** Fetch the next page while the current one is being iterated. */
  readonly prefetch: boolean;
}

/**
 * One page of a list or search, for every pagination style (cursor, page number, scroll).
 * `for await (const item of page)` walks every item of this and the following pages, each item id
 * once; `iterPages()` walks the pages. Iteration keeps one page in memory plus the next one,
 * fetched while the current page is being worked on (turn off with `prefetchPages: false`).
 */
export class Page<T, TResponse = unknown> implements AsyncIterable<T> {
  /** The items of this page. */
  declare data: T[];
  /** The whole parsed body of this page (with `pages`, `total_count`, … as the API sent them). */
  declare response: TResponse;
  declare rawResponse: RawResponse;
  #request!: HttpRequest;
  readonly #context: PageContext;

  constructor(context: PageContext, request: HttpRequest, loaded: WithRawResponse<unknown>) {
    this.#context = context;
    this.#show(request, loaded);
  }

  #show(request: HttpRequest, { data, rawResponse }: WithRawResponse<unknown>): void {
    this.#request = request;
    this.response = data as TResponse;
    this.rawResponse = rawResponse;
    this.data = pageItems(data, this.#context.spec.items) as T[];
  }

  #next(): HttpRequest | undefined {
    return nextPageRequest[this.#context.spec.kind](this.#request, this.response, this.data);
  }

  hasNextPage(): boolean {
    return !!this.#next();
  }

  /** Loads the next page into this object (as intercom-client 7.x does) and returns it. */
  async getNextPage(): Promise<this> {
    const next = this.#next();
    if (!next) throw new IntercomInputError('This is the last page: check hasNextPage() before getNextPage().');
    this.#show(next, await this.#context.load(next, this.#context.options));
    return this;
  }

  /** This page, then each following page; leaves this object as it is. */
  async *iterPages(): AsyncGenerator<Page<T, TResponse>, void, undefined> {
    const context = this.#context;
    // Cancels a prefetch nobody will read when the loop ends early; the caller's signal still applies.
    const stop = new AbortController();
    const callerSignal = context.options?.abortSignal;
    const forward = () => stop.abort(callerSignal?.reason);
    if (callerSignal?.aborted) forward();
    else callerSignal?.addEventListener('abort', forward);
    const options: RequestOptions = { ...context.options, abortSignal: stop.signal };
    let current: Page<T, TResponse> = this;
    try {
      for (;;) {
        const next = current.#next();
        const pending = next && context.prefetch ? context.load(next, options) : undefined;
        pending?.catch(() => {}); // read (and rethrown) below, unless the loop ends first
        yield current;
        if (!next) return;
        current = new Page(context, next, await (pending ?? context.load(next, options)));
      }
    } finally {
      stop.abort();
      callerSignal?.removeEventListener('abort', forward);
    }
  }

  async *[Symbol.asyncIterator](): AsyncGenerator<T, void, undefined> {
    // Lists shift while they are read (new conversations push items onto the next page): each id once.
    const seen = new Set<unknown>();
    for await (const page of this.iterPages()) {
      for (const item of page.data) {
        const id = isRecord(item) ? item.id : undefined;
        if (id !== undefined && id !== null) {
          if (seen.has(id)) continue;
          seen.add(id);
        }
        yield item;
      }
    }
  }
}
