// Test helpers for the proxy's tests; not exported by the package.
import type { Logger } from '../logging';
import type { UpstreamFetch } from './options';

export const TOKEN = 'dG9rX3Rlc3Rfc2VjcmV0X3ZhbHVlXzEyMzQ1Njc4OTA=';
export const PROXY_SECRET = 'proxy-shared-secret-0123456789';

export interface UpstreamCall {
  readonly url: string;
  readonly method: string;
  readonly headers: Headers;
  readonly body: string | undefined;
}

/** Records what reaches the upstream, then answers with `answer` (an emulator's fetch, say). */
export function recordingUpstream(answer: (request: Request) => Response | Promise<Response>) {
  const calls: UpstreamCall[] = [];
  const fetch: UpstreamFetch = async (input, init) => {
    const request = new Request(input, init);
    const body = init.body === undefined || init.body === null ? undefined : await request.clone().text();
    calls.push({ url: request.url, method: request.method, headers: new Headers(request.headers), body });
    return answer(request);
  };
  return { fetch, calls };
}

/** A logger at debug level that keeps every line, arguments serialised, for token checks. */
export function capturingLogger(): { logger: Logger; lines: string[] } {
  const lines: string[] = [];
  const write = (message: string, ...args: unknown[]) => {
    lines.push([message, ...args.map((arg) => JSON.stringify(arg))].join(' '));
  };
  return { logger: { debug: write, info: write, warn: write, error: write }, lines };
}

/** Everything a response exposes: status, every header and the body text. */
export async function exposed(response: Response): Promise<string> {
  return `${response.status}\n${[...response.headers].map(([name, value]) => `${name}: ${value}`).join('\n')}\n\n${await response.text()}`;
}

export async function errorOf(
  response: Response,
): Promise<{ code: string; message: string; field?: string; requestId: string }> {
  const body = (await response.json()) as {
    type: string;
    request_id: string;
    errors: { code: string; message: string; field?: string }[];
  };
  if (body.type !== 'error.list' || body.errors.length !== 1)
    throw new Error(`not an error.list: ${JSON.stringify(body)}`);
  return { ...body.errors[0]!, requestId: body.request_id };
}
