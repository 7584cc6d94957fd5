import { IntercomInputError } from './errors/client-errors';
import { isRecord } from './internal/guards';
import type { OperationSpec, SearchResource } from './operations/spec';
import { resolveSearchQuery } from './search-query';
import type { HttpRequest } from './transport/config';
import type { QueryValue } from './transport/options';
import { isIdempotent } from './transport/retry';

/** A body whose search-dsl expression in `query` is turned into JSON for the `search` catalog. */
export function resolveBodyQuery(body: unknown, search: SearchResource | undefined): unknown {
  return search && isRecord(body) && body.query !== undefined
    ? { ...body, query: resolveSearchQuery(body.query, search) }
    : body;
}

/** Whether the operation's method takes a request object first (else only request options, as in 7.x). */
export function takesRequest(row: OperationSpec): boolean {
  return row.path.includes('{') || !!row.query || !!row.body;
}

/**
 * Compiles a table row into the function that turns a call's request object into an HTTP
 * request: `{name}` path segments, query parameters, then the body (the remaining fields, or
 * `request.body`). A field the row has no place for is an error, not silently dropped.
 */
export function requestBuilder(id: string, row: OperationSpec): (request: unknown) => HttpRequest {
  // '/contacts/{contact_id}/notes' → ['/contacts/', 'contact_id', '/notes']: odd entries are names.
  const pathParts = row.path.split(/\{(\w+)\}/);
  const queryNames = row.query ?? [];
  const placed = new Set([
    ...pathParts.filter((_, i) => i % 2),
    ...queryNames,
    ...(row.body === 'wrapped' ? ['body'] : []),
  ]);
  const idempotent = isIdempotent(row.method, row.readOnly);

  return (request) => {
    const fields = request ?? {};
    if (!isRecord(fields)) throw new IntercomInputError(`${id}: the request must be an object, got ${typeof request}.`);
    let path = '';
    for (let i = 0; i < pathParts.length; i++) {
      const part = pathParts[i] as string;
      if (i % 2 === 0) {
        path += part;
        continue;
      }
      const value = fields[part];
      if ((typeof value !== 'string' && typeof value !== 'number') || value === '') {
        throw new IntercomInputError(`${id}: request.${part} is required for ${row.path} (a string or a number).`);
      }
      path += encodeURIComponent(value);
    }
    let query: Record<string, QueryValue> | undefined;
    for (const name of queryNames) {
      if (fields[name] === undefined) continue;
      query ??= {};
      query[name] = fields[name] as QueryValue;
    }
    let body: unknown;
    if (row.body === 'fields') {
      const rest: Record<string, unknown> = {};
      for (const name in fields) if (!placed.has(name)) rest[name] = fields[name];
      body = rest;
    } else {
      if (row.body === 'wrapped') body = fields.body;
      const unplaced = Object.keys(fields).filter((name) => !placed.has(name) && fields[name] !== undefined);
      if (unplaced.length > 0) {
        const known = [...placed].join(', ') || 'no fields';
        throw new IntercomInputError(
          `${id}: unknown request field(s) ${unplaced.join(', ')}; this operation takes ${known}.`,
        );
      }
    }
    return {
      method: row.method,
      path,
      query,
      body: resolveBodyQuery(body, row.search),
      idempotent,
      accept: row.accept,
    };
  };
}
