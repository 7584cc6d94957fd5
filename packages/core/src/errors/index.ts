export { IntercomConnectionError, IntercomInputError, IntercomTimeoutError } from './client-errors';
export { errorFromResponse } from './from-response';
export type { IntercomErrorDetail, IntercomErrorOptions, IntercomRequestInfo } from './intercom-error';
export { IntercomError } from './intercom-error';
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
