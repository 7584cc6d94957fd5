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
 * One page of a list or search, for all three pagination styles (cursor, page number, scroll).
 * `for await (const item of page)` walks every item of this and the following pages, each item id
 * once; `iterPages()` walks the pages. Iteration keeps one page in memory plus the next one,
 * fetched while the current page is being worked on (turn off with `prefetchPages: false`).
 */
export class Page<T, TResponse = unknown> implements AsyncIterable<T> {
  /** The items of this page. */
  data: T[];
  /** The whole parsed body of this page (with `pages`, `total_count`, … as the API sent them). */
  response: TResponse;
  rawResponse: RawResponse;
  #request: HttpRequest;
  readonly #context: PageContext;

  constructor(context: PageContext, request: HttpRequest, loaded: WithRawResponse<unknown>) {
    this.#context = context;
    this.#request = request;
    this.response = loaded.data as TResponse;
    this.rawResponse = loaded.rawResponse;
    this.data = pageItems(loaded.data, context.spec.items) as T[];
  }

  hasNextPage(): boolean {
    return this.#nextRequest() !== undefined;
  }

  /** Loads the next page into this object (as intercom-client 7.x does) and returns it. */
  async getNextPage(): Promise<this> {
    const next = this.#nextRequest();
    if (!next) throw new IntercomInputError('This is the last page: check hasNextPage() before getNextPage().');
    const loaded = await this.#context.load(next, this.#context.options);
    this.#request = next;
    this.response = loaded.data as TResponse;
    this.rawResponse = loaded.rawResponse;
    this.data = pageItems(loaded.data, this.#context.spec.items) as T[];
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
        const next = current.#nextRequest();
        let pending = next && context.prefetch ? context.load(next, options) : undefined;
        pending?.catch(() => {}); // read (and rethrown) below, unless the loop ends first
        yield current;
        if (!next) return;
        pending ??= context.load(next, options);
        current = new Page<T, TResponse>(context, next, await pending);
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

  #nextRequest(): HttpRequest | undefined {
    return nextPageRequest[this.#context.spec.kind](this.#request, this.response, this.data);
  }
}
