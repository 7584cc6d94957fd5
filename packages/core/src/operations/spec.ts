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

type Writable<T> = { -readonly [K in keyof T]: T[K] };

/**
 * Reads the table text that `pnpm codegen` writes (text gzips to less than object literals, and the
 * table ships to browsers). A line holding one word starts a group (`helpCenters.collections`); every
 * other line is `name METHOD /path` followed by flags: `?a,b` query names, `+` a body of the fields,
 * `*` a wrapped body, `~kind:items` pagination, `!` read-only, `@resource` search catalog, `^type` Accept.
 */
export function decodeOperationTable<Id extends string>(text: string): Record<Id, OperationSpec> {
  const table: Record<string, OperationSpec> = {};
  let group = '';
  for (const line of text.split('\n')) {
    const [name = '', method, path = '', ...flags] = line.split(' ');
    if (!method) {
      if (name) group = name;
      continue;
    }
    const row: Writable<OperationSpec> = { method: method as HttpMethod, path };
    for (const flag of flags) {
      const value = flag.slice(1);
      const [kind, items = ''] = value.split(':');
      if (flag[0] === '?') row.query = value.split(',');
      else if (flag[0] === '+') row.body = 'fields';
      else if (flag[0] === '*') row.body = 'wrapped';
      else if (flag[0] === '~') row.pagination = { kind: kind as PaginationKind, items };
      else if (flag[0] === '!') row.readOnly = true;
      else if (flag[0] === '@') row.search = value as SearchResource;
      else if (flag[0] === '^') row.accept = value;
      else throw new TypeError(`Operation table line "${line}": unknown flag "${flag}".`);
    }
    table[`${group}.${name}`] = row;
  }
  return table;
}
