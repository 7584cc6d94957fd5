import type { RawResponse } from '../transport/raw-response';
import { IntercomError, type IntercomRequestInfo } from './intercom-error';
import {
  BadRequestError,
  ConflictError,
  ForbiddenError,
  InternalServerError,
  NotFoundError,
  TooManyRequestsError,
  UnauthorizedError,
  UnprocessableEntityError,
} from './status-errors';

const byStatus: Record<number, typeof BadRequestError> = {
  400: BadRequestError,
  401: UnauthorizedError,
  403: ForbiddenError,
  404: NotFoundError,
  409: ConflictError,
  422: UnprocessableEntityError,
  429: TooManyRequestsError,
};

/** The one place that picks the error class for a status; statuses without a class get `IntercomError`. */
export function errorFromResponse(
  body: unknown,
  rawResponse: RawResponse,
  request: IntercomRequestInfo,
): IntercomError {
  const status = rawResponse.status;
  const ErrorClass = status >= 500 ? InternalServerError : byStatus[status];
  return ErrorClass
    ? new ErrorClass(body, rawResponse, request)
    : new IntercomError({ statusCode: status, body, rawResponse, request });
}
