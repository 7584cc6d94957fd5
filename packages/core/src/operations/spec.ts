/**
 * The shape of one row of the operation table. The table is data: the client, the proxy and the
 * tests interpret it, so an operation costs a few bytes instead of a copy of the transport.
 */
export type HttpMethod = 'GET' | 'POST' | 'PUT' | 'DELETE';

/** How a paginated operation asks for its next page (see `Page`). */
export type PaginationKind = 'cursor' | 'search-cursor' | 'page' | 'scroll';

export type SearchResource = 'conversations' | 'contacts' | 'tickets';

export interface OperationSpec {
  readonly method: HttpMethod;
  /** Path template; `{name}` segments are filled from the request property of the same name. */
  readonly path: string;
  /** Request properties sent in the query string. */
  readonly query?: readonly string[];
  /**
   * Where the JSON body comes from:
   * - `fields`: every request property that is not a path or query parameter;
   * - `wrapped`: the request's `body` property (bodies that are unions or arrays);
   * - absent: no body.
   */
  readonly body?: 'fields' | 'wrapped';
  readonly pagination?: { readonly kind: PaginationKind; readonly items: string };
  /** A POST that only reads (search, list); safe to retry like a GET. */
  readonly readOnly?: boolean;
  /** The search catalog a `query` in this operation's body is checked against. */
  readonly search?: SearchResource;
  /**
   * The `Accept` header the endpoint needs (its description requires it): the data export downloads
   * answer only to `application/octet-stream`. Absent: the transport's default.
   */
  readonly accept?: string;
}
