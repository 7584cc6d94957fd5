import type { RawResponse } from '../transport/raw-response';
import { IntercomError, type IntercomRequestInfo } from './intercom-error';

// Constructors take (body, rawResponse) like intercom-client 7.x, plus the request for the message.

export class BadRequestError extends IntercomError {
  override name = 'BadRequestError';
  constructor(body?: unknown, rawResponse?: RawResponse, request?: IntercomRequestInfo) {
    super({ statusCode: 400, body, rawResponse, request });
  }
}

export class UnauthorizedError extends IntercomError {
  override name = 'UnauthorizedError';
  constructor(body?: unknown, rawResponse?: RawResponse, request?: IntercomRequestInfo) {
    super({ statusCode: 401, body, rawResponse, request });
  }
}

export class ForbiddenError extends IntercomError {
  override name = 'ForbiddenError';
  constructor(body?: unknown, rawResponse?: RawResponse, request?: IntercomRequestInfo) {
    super({ statusCode: 403, body, rawResponse, request });
  }
}

export class NotFoundError extends IntercomError {
  override name = 'NotFoundError';
  constructor(body?: unknown, rawResponse?: RawResponse, request?: IntercomRequestInfo) {
    super({ statusCode: 404, body, rawResponse, request });
  }
}

export class ConflictError extends IntercomError {
  override name = 'ConflictError';
  constructor(body?: unknown, rawResponse?: RawResponse, request?: IntercomRequestInfo) {
    super({ statusCode: 409, body, rawResponse, request });
  }
}

export class UnprocessableEntityError extends IntercomError {
  override name = 'UnprocessableEntityError';
  constructor(body?: unknown, rawResponse?: RawResponse, request?: IntercomRequestInfo) {
    super({ statusCode: 422, body, rawResponse, request });
  }
}

export class TooManyRequestsError extends IntercomError {
  override name = 'TooManyRequestsError';
  constructor(body?: unknown, rawResponse?: RawResponse, request?: IntercomRequestInfo) {
    super({ statusCode: 429, body, rawResponse, request });
  }
}

/** Every 5xx status: `statusCode` is the actual one (502, 503, …), 500 when no response is given. */
export class InternalServerError extends IntercomError {
  override name = 'InternalServerError';
  constructor(body?: unknown, rawResponse?: RawResponse, request?: IntercomRequestInfo) {
    const status = rawResponse?.status;
    super({ statusCode: status !== undefined && status >= 500 ? status : 500, body, rawResponse, request });
  }
}
