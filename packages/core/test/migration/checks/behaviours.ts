import { expect } from 'vitest';
import type { Check } from './context';

export const behaviourChecks: Record<string, Check> = {
  'errors.handling': (result) => {
    expect(result).toEqual([
      'connection: fetch failed',
      'rate limited: back off',
      'status 503: service_unavailable',
      'ok',
    ]);
  },
  'errors.table': (result) => {
    expect(result).toEqual({
      400: 'BadRequestError 400',
      401: 'UnauthorizedError 401',
      403: 'ForbiddenError 403',
      404: 'NotFoundError 404',
      409: 'ConflictError 409',
      422: 'UnprocessableEntityError 422',
      429: 'TooManyRequestsError 429',
      503: 'InternalServerError 503',
      connection: 'IntercomConnectionError',
      timeout: 'IntercomTimeoutError',
    });
  },
  retries: (result) => {
    expect(result).toEqual({
      byDefault: { attempts: 3, admins: 12 }, // two retries, then the answer
      disabled: { attempts: 1, failed: true },
      perCall: { attempts: 4 }, // three failures, three retries, one success
    });
  },
  timeouts: (result) => {
    expect(result).toMatchObject({ timedOut: true, retried: expect.stringMatching(/^\d+$/) });
  },
  'logging.env': (result) => {
    const lines = result as string[];
    expect(lines).toHaveLength(2);
    expect(lines[0]).toMatch(/^\[GET\] \/admins → https:\/\/api\.intercom\.io\/admins /);
    expect(lines[1]).toMatch(/^\[GET\] \/admins ← 200 /);
    expect(lines.join('\n')).toContain('[redacted]');
    expect(lines.join('\n')).not.toContain('secret-token');
  },
  'logging.option': (result) => {
    const warnings = result as string[];
    expect(warnings).toHaveLength(1);
    expect(warnings[0]).toMatch(/^\[GET\] \/admins: retrying in \d+ ms after: .*503 service_unavailable/);
  },
  'http.base-url-env': (result) => {
    expect(result).toEqual(['http://my.test.server.example.com:8083/me', 'http://localhost:4010/me']);
  },
  'http.custom-fetch': (result) => {
    expect(result).toEqual(['GET /me v2.14']);
  },
  'http.abort': (result) => {
    expect(result).toBe('no longer needed');
  },
};
