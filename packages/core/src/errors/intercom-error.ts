import { isRecord } from '../internal/guards';
import type { RawResponse } from '../transport/raw-response';

/** One entry of Intercom's `error.list` body. */
export interface IntercomErrorDetail {
  readonly code: string;
  readonly message?: string;
  readonly field?: string;
}

/** The request an error belongs to, for its message. */
export interface IntercomRequestInfo {
  readonly method: string;
  readonly path: string;
}

export interface IntercomErrorOptions {
  message?: string;
  statusCode?: number;
  body?: unknown;
  rawResponse?: RawResponse;
  request?: IntercomRequestInfo;
}

/**
 * An error response from the API (or a failure the client reports in the same shape). The
 * message reads `[GET] /admins/1: 404 not_found — Admin not found (request id …)`.
 */
export class IntercomError extends Error {
  override name = 'IntercomError';
  declare readonly statusCode?: number;
  declare readonly body?: unknown;
  declare readonly rawResponse?: RawResponse;
  declare readonly requestId?: string;
  /** The entries of Intercom's `error.list` body; empty when the body was something else. */
  declare readonly errors: readonly IntercomErrorDetail[];

  constructor({ message, statusCode, body, rawResponse, request }: IntercomErrorOptions = {}) {
    const fields = isRecord(body) ? body : {};
    const errors = (Array.isArray(fields.errors) ? fields.errors : []).filter(
      (entry): entry is IntercomErrorDetail => isRecord(entry) && typeof entry.code === 'string',
    );
    const requestId =
      (typeof fields.request_id === 'string' ? fields.request_id : rawResponse?.headers.get('x-request-id')) ??
      undefined;
    super(message ?? describe(statusCode, rawResponse?.statusText, body, errors, requestId, request));
    Object.assign(this, { statusCode, body, rawResponse, requestId, errors });
  }
}

function describe(
  status: number | undefined,
  statusText: string | undefined,
  body: unknown,
  errors: IntercomErrorDetail[],
  requestId: string | undefined,
  request: IntercomRequestInfo | undefined,
): string {
  const prefix = request ? `[${request.method}] ${request.path}: ` : '';
  const head = status === undefined ? 'request failed' : statusText ? `${status} ${statusText}` : String(status);
  let detail: string;
  if (errors.length > 0) {
    // Intercom's own code replaces the generic status text: "404 not_found — Admin not found".
    const list = errors.map((e) => (e.message ? `${e.code} — ${e.message}` : e.code)).join('; ');
    detail = status === undefined ? list : `${status} ${list}`;
  } else {
    detail = `${head}${bodySummary(body)}`;
  }
  return `${prefix}${detail}${requestId ? ` (request id ${requestId})` : ''}`;
}

/** A short, single-line view of a body that is not an `error.list` (HTML from a gateway, empty, other JSON). */
function bodySummary(body: unknown): string {
  if (body === undefined || body === '') return ' (empty body)';
  if (isRecord(body) && typeof body.message === 'string') return ` — ${body.message}`;
  const text = (typeof body === 'string' ? body : JSON.stringify(body)).replace(/\s+/g, ' ').trim();
  return ` — ${text.length > 200 ? `${text.slice(0, 200)}…` : text}`;
}
