/** Intercom's error envelope: every failure answers `error.list` with a request id. */
export interface ErrorList {
  type: 'error.list';
  request_id: string;
  errors: Array<{ code: string; message: string }>;
}

export function errorList(requestId: string, code: string, message: string): ErrorList {
  return { type: 'error.list', request_id: requestId, errors: [{ code, message }] };
}
