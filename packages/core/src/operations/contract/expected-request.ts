// Where each value of a request object must end up, worked out from the description's parameter lists
// (not from the operation table): path parameters percent-encoded in the path, query parameters in the
// query string, everything else in the JSON body (or `request.body` for operations that wrap their body).
import type { DescribedOperation } from './check-request';

export interface ExpectedRequest {
  pathname: string;
  query: Record<string, string>;
  /** `undefined`: no body. */
  body: unknown;
}

export function expectedRequest(
  op: DescribedOperation,
  request: Record<string, unknown> | undefined,
  bodyMode: 'fields' | 'wrapped' | undefined,
): ExpectedRequest {
  const fields = request ?? {};
  const placed = new Set<string>();
  const pathname = op.path.replace(/\{(\w+)\}/g, (_, name: string) => {
    placed.add(name);
    return encodeURIComponent(String(fields[name]));
  });
  const query: Record<string, string> = {};
  for (const p of op.parameters.filter((param) => param.in === 'query')) {
    const schema = p.schema ?? {};
    const names =
      schema.type === 'object'
        ? [schema, ...((schema.oneOf ?? []) as Record<string, unknown>[])].flatMap((s) =>
            Object.keys((s.properties ?? {}) as object),
          )
        : [p.name];
    for (const name of names) {
      placed.add(name);
      if (fields[name] !== undefined) query[name] = String(fields[name]);
    }
  }
  let body: unknown;
  if (bodyMode === 'wrapped') body = fields.body;
  else if (bodyMode === 'fields') body = Object.fromEntries(Object.entries(fields).filter(([k]) => !placed.has(k)));
  return { pathname, query, body };
}
