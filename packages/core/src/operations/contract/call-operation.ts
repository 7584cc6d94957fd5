import type { IntercomClient } from '../../client';
import { type OperationId, operationTable } from '../table.gen';

type Callable = (...args: unknown[]) => Promise<unknown>;

/** Calls `client.<group>.<method>` for an operation id, as user code would (no request argument when it takes none). */
export function callOperation(client: IntercomClient, id: OperationId, request: unknown): Promise<unknown> {
  const segments = id.split('.');
  const method = segments.pop() as string;
  let target: unknown = client;
  for (const segment of segments) target = (target as Record<string, unknown>)[segment];
  const fn = (target as Record<string, Callable>)[method];
  if (typeof fn !== 'function') throw new Error(`client.${id} is not a function`);
  const row = operationTable[id];
  const takesRequest = row.path.includes('{') || 'query' in row || 'body' in row;
  return takesRequest ? fn(request) : fn();
}
