import { IntercomEnvironment } from '../environments';
import { IntercomInputError } from '../errors/client-errors';
import { errorFromResponse } from '../errors/from-response';
import { IntercomError } from '../errors/intercom-error';
import { sleep } from '../internal/sleep';
import { checkOptions } from '../internal/validate';
import { attempt, type Received } from './attempt';
import type { HttpRequest, TransportConfig } from './config';
import type { RequestOptions } from './options';
import { parseBody } from './parse-body';
import { parseRateLimit } from './rate-limit';
import type { WithRawResponse } from './raw-response';
import { isRetryableFailure, isRetryableStatus, MAX_WAIT_MS, retryDelay } from './retry';
import { buildUrl } from './url';

const intercomHosts: readonly string[] = Object.values(IntercomEnvironment);

/** Sends one API request: auth and version headers, timeout, retries, rate-limit pacing, error mapping. */
export async function send(
  config: TransportConfig,
  request: HttpRequest,
  options: RequestOptions = {},
): Promise<WithRawResponse<unknown>> {
  const { method, path, idempotent, accept } = request;
  const { logger } = config;
  const label = `[${method}] ${path}`;
  checkOptions(options, 'requestOptions');
  // Not supply(): plain values (the usual case) are read without an await on every request.
  const base = typeof config.baseUrl === 'string' ? config.baseUrl : await config.baseUrl();
  const token = typeof config.token === 'function' ? await config.token() : config.token;
  if (!token && intercomHosts.includes(base)) {
    throw new IntercomInputError(
      `${label}: no Intercom token. Pass new IntercomClient({ token }) or set INTERCOM_TOKEN; without a token requests go only to a proxy baseUrl that adds one.`,
    );
  }
  const url = buildUrl(base, path, request.query, options.queryParams);
  const body = request.body === undefined ? undefined : JSON.stringify(request.body);
  const headers = await buildHeaders(config, options, token, body !== undefined, accept);
  const init = { method, headers, body, binary: accept !== undefined };
  const maxRetries = options.maxRetries ?? config.maxRetries;
  const timeoutMs = (options.timeoutInSeconds ?? config.timeoutInSeconds) * 1000;
  const signal = options.abortSignal;

  for (let retry = 0; ; retry++) {
    if (config.pacing) {
      const waited = await config.rateLimit.pace(MAX_WAIT_MS, signal);
      if (waited > 0) logger.log('info', `${label}: waited ${waited} ms for the rate-limit window to reset`);
    }
    if (logger.enabled('debug')) {
      const retrying = retry ? ` (retry ${retry})` : '';
      logger.log('debug', `${label} → ${url}${retrying}`, { headers, body: request.body }, token);
    }
    let outcome: Received | Error;
    try {
      outcome = await attempt(config.http, url, init, label, timeoutMs, signal);
    } catch (error) {
      if (signal?.aborted) throw signal.reason;
      outcome = error as Error;
    }
    let failure: Error;
    let retryable: boolean;
    let response: Response | undefined;
    if (outcome instanceof Error) {
      failure = outcome;
      retryable = isRetryableFailure(outcome, idempotent);
    } else {
      response = outcome.response;
      const result = readResponse(config, outcome, request, label, token);
      if (!(result instanceof IntercomError)) return result;
      failure = result;
      retryable = isRetryableStatus(response.status, idempotent);
    }
    if (retry >= maxRetries || !retryable) {
      logger.log('error', failure.message, undefined, token);
      throw failure;
    }
    const delay = retryDelay(retry, response);
    logger.log('warn', `${label}: retrying in ${Math.round(delay)} ms after: ${failure.message}`, undefined, token);
    await sleep(delay, signal);
  }
}

/** Header names are case-insensitive: the caller's `Authorization` replaces ours; `null` removes it. */
async function buildHeaders(
  config: TransportConfig,
  options: RequestOptions,
  token: string | undefined,
  hasBody: boolean,
  accept = 'application/json',
): Promise<Record<string, string>> {
  const headers: Record<string, string> = { accept, 'intercom-version': options.version ?? config.version };
  if (hasBody) headers['content-type'] = 'application/json';
  if (token) headers.authorization = `Bearer ${token}`;
  for (const extra of [config.headers, options.headers]) {
    for (const name in extra) {
      const given = extra[name];
      const value = typeof given === 'function' ? await given() : given;
      if (value == null) delete headers[name.toLowerCase()];
      else headers[name.toLowerCase()] = value;
    }
  }
  return headers;
}

/**
 * A response as the call's result, or as the error its status stands for (the caller decides
 * whether to retry). A success body that claims JSON but is not throws at once.
 */
function readResponse(
  config: TransportConfig,
  { response, data }: Received,
  { method, path }: HttpRequest,
  label: string,
  token: string | undefined,
): WithRawResponse<unknown> | IntercomError {
  const { headers, redirected, status, statusText, type, url, ok } = response;
  const rateLimit = parseRateLimit(headers);
  config.rateLimit.observe(rateLimit);
  const rawResponse = { headers, redirected, status, statusText, type, url, rateLimit };
  if (config.logger.enabled('debug')) config.logger.log('debug', `${label} ← ${status}`, { rateLimit }, token);
  if (ok && data instanceof ArrayBuffer) return { data, rawResponse };
  const text = data instanceof ArrayBuffer ? new TextDecoder().decode(data) : data;
  const contentType = headers.get('content-type');
  if (!ok) return errorFromResponse(parseBody(text, contentType, true), rawResponse, { method, path });
  try {
    return { data: parseBody(text, contentType, false), rawResponse };
  } catch (error) {
    const message = `${label}: ${status} response is not valid JSON (${error})`;
    throw new IntercomError({ message, statusCode: status, body: text, rawResponse });
  }
}
