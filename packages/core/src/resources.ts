import type { OperationSpec } from './operations/spec';
import { operationTable } from './operations/table.gen';
import { execute } from './resources-call';
import { requestBuilder, takesRequest } from './resources-request';
import type { TransportConfig } from './transport/config';
import type { RequestOptions } from './transport/options';

const rows: [string, OperationSpec][] = Object.entries(operationTable);

/** The top-level groups of the table (`admins`, `helpCenters`, …): the client's resource properties. */
export function groupNames(): string[] {
  return [...new Set(rows.map(([id]) => id.split('.')[0] as string))];
}

type Resource = { [name: string]: Resource | ((...args: unknown[]) => unknown) };

/**
 * Builds `client.<group>` from the table rows under it: one small closure per operation (no
 * per-operation code), nested objects for sub-groups such as `helpCenters.collections`.
 */
export function buildResource(config: TransportConfig, group: string): Resource {
  const resource: Resource = {};
  for (const [id, row] of rows) {
    const [top, ...names] = id.split('.');
    if (top !== group) continue;
    const method = names.pop() as string;
    let target = resource;
    for (const name of names) {
      target[name] ??= {};
      target = target[name] as Resource;
    }
    const withRequest = takesRequest(row);
    const build = requestBuilder(id, row);
    target[method] = (...args: unknown[]) =>
      execute(
        config,
        () => build(withRequest ? args[0] : undefined),
        args[withRequest ? 1 : 0] as RequestOptions | undefined,
        row.pagination,
      );
  }
  return resource;
}
