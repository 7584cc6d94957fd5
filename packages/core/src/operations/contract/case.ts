import type { OperationId, OperationRequest } from '../types';

export interface ContractCase<Id extends OperationId = OperationId> {
  readonly id: Id;
  /** Which example of the description the arguments come from. */
  readonly name: string;
  readonly request: OperationRequest<Id>;
}

/** Typed per operation, so the generated arguments are checked against the generated request types. */
export const contractCase = <Id extends OperationId>(
  id: Id,
  name: string,
  request: OperationRequest<Id>,
): ContractCase<Id> => ({ id, name, request });
