import type { Store } from '../store/store';
import type { HttpMethod } from './router';

/** What a route handler sees of one request. */
export interface RouteContext {
  readonly method: string;
  readonly url: URL;
  readonly params: Readonly<Record<string, string>>;
  readonly query: URLSearchParams;
  /** The parsed JSON body, or `undefined` when the request had none. */
  readonly body: unknown;
  readonly store: Store;
  /** The request's time in unix seconds (from the emulator's clock). */
  readonly now: number;
  /** Scheme and host the request was sent to, for the absolute links some responses carry. */
  readonly origin: string;
  readonly requestId: string;
  /** Seconds an enqueued job stays pending (the `jobDelaySeconds` option). */
  readonly jobDelaySeconds: number;
}

/** A non-200 answer; returning any other value from a handler means 200 with that JSON body. */
export class RouteReply {
  constructor(
    readonly status: number,
    readonly body: unknown,
  ) {}
}

export const reply = (status: number, body?: unknown) => new RouteReply(status, body);

export type RouteHandler = (ctx: RouteContext) => unknown;

export interface RouteDefinition {
  method: HttpMethod;
  path: string;
  handler: RouteHandler;
}

const route =
  (method: HttpMethod) =>
  (path: string, handler: RouteHandler): RouteDefinition => ({ method, path, handler });

export const get = route('GET');
export const post = route('POST');
export const put = route('PUT');
export const del = route('DELETE');
