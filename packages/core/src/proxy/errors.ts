/**
 * The proxy answers its own refusals in Intercom's `error.list` shape, with a request id, so the
 * client's error mapping (status → error class, message, request id) works unchanged through it.
 */
export interface RefusalDetails {
  /** The request part at fault, as Intercom names it (`query.value[0].field`). */
  readonly field?: string;
  readonly headers?: Readonly<Record<string, string>>;
  /** What went wrong underneath (logged, never sent to the caller). */
  readonly cause?: unknown;
}

export class ProxyRefusal extends Error {
  override readonly name = 'ProxyRefusal';
  readonly field: string | undefined;
  readonly headers: Readonly<Record<string, string>> | undefined;

  constructor(
    readonly status: number,
    readonly code: string,
    message: string,
    details: RefusalDetails = {},
  ) {
    super(message, { cause: details.cause });
    this.field = details.field;
    this.headers = details.headers;
  }
}

/** Opaque like Intercom's own ids; a UUID keeps them unique across proxy instances. */
export const newRequestId = (): string => `proxy-${crypto.randomUUID()}`;

/**
 * The `error.list` answer; `headers` carries CORS headers when the origin is allowed. Messages can
 * quote the request (its path, a header name), so `secret` is scrubbed from them in case a caller
 * sent it.
 */
export function errorResponse(
  refusal: ProxyRefusal,
  requestId: string,
  extraHeaders: Readonly<Record<string, string>> = {},
  secret?: string,
): Response {
  const scrub = (text: string) => (secret ? text.split(secret).join('[redacted]') : text);
  const message = scrub(refusal.message);
  const error =
    refusal.field === undefined
      ? { code: refusal.code, message }
      : { code: refusal.code, message, field: scrub(refusal.field) };
  const headers = new Headers(extraHeaders);
  headers.set('Content-Type', 'application/json; charset=utf-8');
  headers.set('X-Request-Id', requestId);
  headers.set('Cache-Control', 'no-store');
  headers.set('X-Content-Type-Options', 'nosniff');
  for (const [name, value] of Object.entries(refusal.headers ?? {})) headers.set(name, value);
  const body = JSON.stringify({ type: 'error.list', request_id: requestId, errors: [error] });
  return new Response(body, { status: refusal.status, headers });
}

/**
 * An `error.list` answer of the proxy's own, for code around the handler: a Worker whose
 * configuration does not build a proxy answers with it instead of throwing.
 */
export const refusalResponse = (status: number, code: string, message: string): Response =>
  errorResponse(new ProxyRefusal(status, code, message), newRequestId());
