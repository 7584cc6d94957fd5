// The public types of the API surface. Types only: the operation table itself stays internal.
// `IntercomVersion` also names a transport option type; the package root exports that one explicitly,
// which takes precedence over this star export.

export type { IntercomApi, OperationTypes } from './api.gen';
export type * from './models.gen';
export type * from './requests.gen';
export type * from './responses.gen';
export type { OperationId, OperationItem, OperationRequest, OperationResponse } from './types';
