// The `Intercom` namespace of the package root, as in intercom-client 7.x (`Intercom.NotFoundError`).
// Generated model types are meant to be re-exported from here as well.
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
// Model and request types, as `Intercom.Conversation`, `Intercom.FindContactRequest`, …
export type * from '../operations';
