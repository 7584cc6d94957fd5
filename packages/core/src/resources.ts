import type { OperationSpec } from './operations/spec';
import { operationTable } from './operations/table.gen';
import { execute } from './resources-call';
import { requestBuilder, takesRequest } from './resources-request';
import type { TransportConfig } from './transport/config';
import type { RequestOptions } from './transport/options';

const rows = Object.entries(operationTable) as [string, OperationSpec][];

/** The top-level groups of the table (`admins`, `helpCenters`, …): the client's resource properties. */
export function groupNames(): string[] {
  return [...new Set(rows.map(([id]) => id.slice(0, id.indexOf('.'))))];
}

type Resource = { [name: string]: Resource | ((...args: unknown[]) => unknown) };

/**
 * Builds `client.<group>` from the table rows under it: one small closure per operation (no
 * per-operation code), nested objects for sub-groups such as `helpCenters.collections`.
 */
export function buildResource(config: TransportConfig, group: string): Resource {
  const resource: Resource = {};
  for (const [id, row] of rows) {
    if (!id.startsWith(`${group}.`)) continue;
    const path = id.slice(group.length + 1).split('.');
    const method = path.pop() as string;
    let target = resource;
    for (const part of path) {
      target[part] ??= {};
      target = target[part] as Resource;
    }
    const withRequest = takesRequest(row);
    const build = requestBuilder(id, row);
    target[method] = (...args: unknown[]) => {
      const [request, options] = withRequest ? args : [undefined, args[0]];
      return execute(config, () => build(request), options as RequestOptions | undefined, row.pagination);
    };
  }
  return resource;
}
