import type { OperationTypes } from './api.gen';
import type { OperationId } from './table.gen';

export type { OperationId };

/** The request object `client.<group>.<method>` takes for an operation id (`undefined` when it takes none). */
export type OperationRequest<Id extends OperationId> = OperationTypes[Id]['request'];

/** What the operation resolves to; for paginated operations, one page as the API returns it. */
export type OperationResponse<Id extends OperationId> = OperationTypes[Id]['response'];

/** The element type a paginated operation iterates over. */
export type OperationItem<Id extends OperationId> = OperationTypes[Id] extends { item: infer Item } ? Item : never;
