/** Test helpers: a small seeded emulator on a fixed clock, and a JSON client for it. */
import { createEmulator, type Emulator } from '../emulator';
import type { EmulatorOptions } from '../options';

/** 2025-06-01T00:00:00Z: seeded data ends here unless a test moves the clock. */
export const FIXED_NOW = Date.UTC(2025, 5, 1);

export interface ApiResponse<T = Record<string, unknown>> {
  status: number;
  body: T;
  headers: Headers;
}

export interface TestApi {
  emulator: Emulator;
  request<T = Record<string, unknown>>(
    method: string,
    path: string,
    body?: unknown,
    headers?: Record<string, string>,
  ): Promise<ApiResponse<T>>;
  get<T = Record<string, unknown>>(path: string, headers?: Record<string, string>): Promise<ApiResponse<T>>;
  post<T = Record<string, unknown>>(path: string, body?: unknown): Promise<ApiResponse<T>>;
  put<T = Record<string, unknown>>(path: string, body?: unknown): Promise<ApiResponse<T>>;
  delete<T = Record<string, unknown>>(path: string, body?: unknown): Promise<ApiResponse<T>>;
}

export function testApi(options: EmulatorOptions = {}): TestApi {
  const emulator = createEmulator({ now: FIXED_NOW, conversations: 300, rateLimit: false, ...options });
  const request = async <T>(method: string, path: string, body?: unknown, headers: Record<string, string> = {}) => {
    const response = await emulator.fetch(`https://api.intercom.io${path}`, {
      method,
      headers: {
        Authorization: 'Bearer test-token',
        'Intercom-Version': '2.14',
        'Content-Type': 'application/json',
        ...headers,
      },
      body: body === undefined ? undefined : JSON.stringify(body),
    });
    const text = await response.text();
    return { status: response.status, body: (text ? JSON.parse(text) : undefined) as T, headers: response.headers };
  };
  return {
    emulator,
    request,
    get: (path, headers) => request('GET', path, undefined, headers),
    post: (path, body) => request('POST', path, body),
    put: (path, body) => request('PUT', path, body),
    delete: (path, body) => request('DELETE', path, body),
  };
}

/** The first error code of an `error.list` body. */
export const errorCode = (body: unknown) => (body as { errors: Array<{ code: string }> }).errors[0]?.code;
