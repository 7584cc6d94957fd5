/** The request took longer than `timeoutInSeconds`. */
export class IntercomTimeoutError extends Error {
  override name = 'IntercomTimeoutError';
}

/** No HTTP response arrived (DNS, refused or reset connection, TLS, …); `cause` holds the runtime's error. */
export class IntercomConnectionError extends Error {
  override name = 'IntercomConnectionError';
}

/** The client was given something it cannot send; the message says what to change. Never retried. */
export class IntercomInputError extends TypeError {
  override name = 'IntercomInputError';
}
