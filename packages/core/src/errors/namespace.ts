// The `Intercom` namespace of the package root, as in intercom-client 7.x: its error classes
// (`Intercom.NotFoundError`) and its model and request types (`Intercom.Conversation`, `Intercom.FindContactRequest`).
export type * from '../operations';
export {
  BadRequestError,
  ConflictError,
  ForbiddenError,
  InternalServerError,
  NotFoundError,
  TooManyRequestsError,
  UnauthorizedError,
  UnprocessableEntityError,
} from './status-errors';
