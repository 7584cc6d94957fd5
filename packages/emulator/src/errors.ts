/** Intercom's error envelope: every failure answers `error.list` with a request id. */
export interface ErrorList {
  type: 'error.list';
  request_id: string;
  errors: Array<{ code: string; message: string; field?: string }>;
}

export function errorList(requestId: string, code: string, message: string, field?: string): ErrorList {
  const error = field === undefined ? { code, message } : { code, message, field };
  return { type: 'error.list', request_id: requestId, errors: [error] };
}

/**
 * Thrown by route handlers (and anything they call) to answer with an Intercom-shaped error;
 * the request pipeline turns it into an `error.list` response with the request's id.
 */
export class ApiError extends Error {
  override readonly name = 'ApiError';
  constructor(
    readonly status: number,
    readonly code: string,
    message: string,
    readonly field?: string,
  ) {
    super(message);
  }
}

export const notFound = (code: string, message: string) => new ApiError(404, code, message);
export const badRequest = (message: string, field?: string, code = 'parameter_invalid') =>
  new ApiError(400, code, message, field);
