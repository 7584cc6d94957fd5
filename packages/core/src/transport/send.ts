import { IntercomEnvironment } from '../environments';
import { IntercomInputError } from '../errors/client-errors';
import { errorFromResponse } from '../errors/from-response';
import { IntercomError, type IntercomRequestInfo } from '../errors/intercom-error';
import { sleep } from '../internal/sleep';
import { checkOptions } from '../internal/validate';
import { attempt } from './attempt';
import type { HttpRequest, TransportConfig } from './config';
import type { RequestOptions } from './options';
import { parseBody } from './parse-body';
import { parseRateLimit } from './rate-limit';
import { toRawResponse, type WithRawResponse } from './raw-response';
import { isRetryableStatus, MAX_WAIT_MS, retryDelay } from './retry';
import { buildUrl } from './url';

const intercomHosts: readonly string[] = Object.values(IntercomEnvironment);
const noOptions: RequestOptions = {};

/** Sends one API request: auth and version headers, timeout, retries, rate-limit pacing, error mapping. */
export async function send(
  config: TransportConfig,
  request: HttpRequest,
  options: RequestOptions = noOptions,
): Promise<WithRawResponse<unknown>> {
  const { method, path, idempotent } = request;
  const label = `[${method}] ${path}`;
  checkOptions(options, 'requestOptions');
  const base = typeof config.baseUrl === 'string' ? config.baseUrl : await config.baseUrl();
  const token = typeof config.token === 'function' ? await config.token() : config.token;
  if (!token && intercomHosts.includes(base)) {
    throw new IntercomInputError(
      `${label}: no Intercom token. Pass new IntercomClient({ token }) or set INTERCOM_TOKEN; without a token requests go only to a proxy baseUrl that adds one.`,
    );
  }
  const url = buildUrl(base, path, request.query, options.queryParams);
  const body = request.body === undefined ? undefined : JSON.stringify(request.body);
  const headers = await buildHeaders(config, options, token, body !== undefined, request.accept);
  const binary = request.accept !== undefined;
  const maxRetries = options.maxRetries ?? config.maxRetries;
  const timeoutMs = (options.timeoutInSeconds ?? config.timeoutInSeconds) * 1000;
  const signal = options.abortSignal;
  const { logger } = config;

  for (let retry = 0; ; retry++) {
    if (config.pacing) {
      const waited = await config.rateLimit.pace(MAX_WAIT_MS, signal);
      if (waited > 0) logger.log('info', `${label}: waited ${waited} ms for the rate-limit window to reset`);
    }
    if (logger.enabled('debug')) {
      logger.log(
        'debug',
        `${label} → ${url}${retry ? ` (retry ${retry})` : ''}`,
        { headers, body: request.body },
        token,
      );
    }
    const init = { method, headers, body, binary };
    const outcome = await attempt(config.http, url, init, label, idempotent, timeoutMs, signal);
    let failure: Error;
    let delay: number;
    if ('response' in outcome) {
      const { response } = outcome;
      const rateLimit = parseRateLimit(response.headers);
      config.rateLimit.observe(rateLimit);
      const rawResponse = toRawResponse(response, rateLimit);
      const contentType = response.headers.get('content-type');
      if (logger.enabled('debug')) logger.log('debug', `${label} ← ${response.status}`, { rateLimit }, token);
      const received = response._data;
      if (response.ok && typeof received !== 'string' && received !== undefined) return { data: received, rawResponse };
      const text = typeof received === 'string' || received === undefined ? received : new TextDecoder().decode(received);
      if (response.ok) {
        try {
          return { data: parseBody(text, contentType, false), rawResponse };
        } catch (error) {
          const message = `${label}: ${response.status} response is not valid JSON (${String(error)})`;
          throw new IntercomError({ message, statusCode: response.status, body: text, rawResponse });
        }
      }
      const info: IntercomRequestInfo = { method, path };
      failure = errorFromResponse(parseBody(text, contentType, true), rawResponse, info);
      if (retry >= maxRetries || !isRetryableStatus(response.status, idempotent)) throw logged(failure);
      delay = retryDelay(retry, response);
    } else {
      failure = outcome.failure;
      if (retry >= maxRetries || !outcome.retryable) throw logged(failure);
      delay = retryDelay(retry, undefined);
    }
    logger.log('warn', `${label}: retrying in ${Math.round(delay)} ms after: ${failure.message}`, undefined, token);
    await sleep(delay, signal);
  }

  function logged(error: Error): Error {
    logger.log('error', error.message, undefined, token);
    return error;
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
  const headers: Record<string, string> = {
    accept,
    'intercom-version': options.version ?? config.version,
  };
  if (hasBody) headers['content-type'] = 'application/json';
  if (token) headers.authorization = `Bearer ${token}`;
  for (const extra of [config.headers, options.headers]) {
    for (const name in extra) {
      const given = extra[name];
      const value = typeof given === 'function' ? await given() : given;
      if (value === null || value === undefined) delete headers[name.toLowerCase()];
      else headers[name.toLowerCase()] = value;
    }
  }
  return headers;
}
