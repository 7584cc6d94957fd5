import { IntercomInputError } from '../errors/client-errors';
import { isRecord } from '../internal/guards';
import { WebhookPayloadError } from './errors';
import { type LoadableWebhookNotification, type WebhookClient, withLoad } from './load';
import { parseNotification, type WebhookNotification } from './notification';
import { BodyTooLargeError, readRawBody } from './raw-body';
import { createSignatureVerifier } from './signature';

/** Notification payloads carry whole conversations (up to 500 parts); 5 MiB leaves room for those. */
export const DEFAULT_MAX_BODY_BYTES = 5 * 1024 * 1024;

export interface WebhookHandlerOptions<N = WebhookNotification> {
  /** Your app's `client_secret` (Developer Hub → Basic Info), which Intercom signs notifications with. */
  clientSecret: string;
  /** Called once per verified, valid notification; the answer is 200 when it settles. If it throws, so does the handler. */
  onNotification(notification: N, request: Request): void | Promise<void>;
  /** Larger bodies are refused with 413 before they are read in full. Default 5 MiB. */
  maxBodyBytes?: number;
}

export type WebhookHandler = (request: Request) => Promise<Response>;

/**
 * A fetch-style handler for Intercom's notifications (Cloudflare Workers, Deno, Bun, Node with a
 * fetch adapter): reads the raw body once, answers 401 unless its `X-Hub-Signature` is valid (the
 * body is never parsed before that), 400 unless it is a notification, and 200 after `onNotification`.
 * With `client`, notifications have `load()` to fetch their item's full model.
 */
export function createWebhookHandler(
  options: WebhookHandlerOptions<LoadableWebhookNotification> & { client: WebhookClient },
): WebhookHandler;
export function createWebhookHandler(
  options: WebhookHandlerOptions<WebhookNotification> & { client?: undefined },
): WebhookHandler;
export function createWebhookHandler(
  options: WebhookHandlerOptions<never> & { client?: WebhookClient | undefined },
): WebhookHandler {
  const { clientSecret, onNotification, client, maxBodyBytes = DEFAULT_MAX_BODY_BYTES } = checked(options);
  const verify = createSignatureVerifier(clientSecret);
  const decoder = new TextDecoder('utf-8', { fatal: true });

  return async (request) => {
    if (request.method !== 'POST') {
      return answer(405, 'method_not_allowed', 'Intercom notifications are POST requests.', { Allow: 'POST' });
    }
    let body: Uint8Array;
    try {
      body = await readRawBody(request, maxBodyBytes);
    } catch (error) {
      if (error instanceof BodyTooLargeError) return answer(413, 'body_too_large', error.message);
      throw error;
    }
    if (!(await verify(body, request.headers.get('x-hub-signature')))) {
      return answer(401, 'invalid_signature', 'Missing or invalid X-Hub-Signature header.');
    }
    let text: string;
    try {
      text = decoder.decode(body);
    } catch {
      return answer(400, 'invalid_notification', 'The body is not UTF-8 text.');
    }
    let notification: WebhookNotification;
    try {
      notification = parseNotification(text);
    } catch (error) {
      if (error instanceof WebhookPayloadError) return answer(400, 'invalid_notification', error.message);
      throw error;
    }
    const delivered = client ? withLoad(notification, client) : notification;
    await onNotification(delivered as never, request);
    return new Response(null, { status: 200 });
  };
}

const OPTION_NAMES = ['clientSecret', 'onNotification', 'client', 'maxBodyBytes'];

function checked<O extends WebhookHandlerOptions<never> & { client?: WebhookClient | undefined }>(options: O): O {
  if (!isRecord(options)) throw new IntercomInputError('createWebhookHandler: pass an options object.');
  const unknown = Object.keys(options).filter((key) => !OPTION_NAMES.includes(key));
  if (unknown.length > 0) {
    throw new IntercomInputError(
      `createWebhookHandler: unknown option(s) ${unknown.join(', ')}; known: ${OPTION_NAMES.join(', ')}.`,
    );
  }
  if (typeof options.onNotification !== 'function') {
    throw new IntercomInputError('createWebhookHandler: onNotification must be a function (notification) => …');
  }
  const max = options.maxBodyBytes;
  if (max !== undefined && (!Number.isInteger(max) || max < 1)) {
    throw new IntercomInputError(`createWebhookHandler: maxBodyBytes must be a positive integer, got ${String(max)}.`);
  }
  if (options.client !== undefined && !isRecord(options.client)) {
    throw new IntercomInputError('createWebhookHandler: client must be an IntercomClient.');
  }
  return options;
}

function answer(status: number, code: string, message: string, headers: Record<string, string> = {}): Response {
  return new Response(JSON.stringify({ error: { code, message } }), {
    status,
    headers: { 'Content-Type': 'application/json; charset=utf-8', ...headers },
  });
}
