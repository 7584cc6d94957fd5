import { describe, expect, it } from 'vitest';
import { errorList } from '../internal/testing';
import type { RawResponse } from '../transport/raw-response';
import {
  BadRequestError,
  ConflictError,
  ForbiddenError,
  IntercomError,
  InternalServerError,
  NotFoundError,
  TooManyRequestsError,
  UnauthorizedError,
  UnprocessableEntityError,
} from '.';
import { errorFromResponse } from './from-response';

const request = { method: 'GET', path: '/admins/7' };

function raw(status: number, statusText = '', headers: Record<string, string> = {}): RawResponse {
  return {
    headers: new Headers(headers),
    redirected: false,
    status,
    statusText,
    type: 'basic',
    url: 'https://x/admins/7',
  };
}

const classes = [
  [400, BadRequestError],
  [401, UnauthorizedError],
  [403, ForbiddenError],
  [404, NotFoundError],
  [409, ConflictError],
  [422, UnprocessableEntityError],
  [429, TooManyRequestsError],
  [500, InternalServerError],
  [502, InternalServerError],
  [503, InternalServerError],
  [504, InternalServerError],
] as const;

describe('errorFromResponse', () => {
  it.each(classes)('maps a JSON error.list with status %i to its class', (status, ErrorClass) => {
    const error = errorFromResponse(errorList('some_code', 'Something is wrong', 'req-9'), raw(status), request);
    expect(error).toBeInstanceOf(ErrorClass);
    expect(error).toBeInstanceOf(IntercomError);
    expect(error.statusCode).toBe(status);
    expect(error.requestId).toBe('req-9');
    expect(error.errors).toEqual([{ code: 'some_code', message: 'Something is wrong' }]);
    expect(error.message).toBe(`[GET] /admins/7: ${status} some_code — Something is wrong (request id req-9)`);
    expect(error.name).toBe(ErrorClass.name);
  });

  it.each(classes)('maps an HTML page with status %i to its class with a readable message', (status, ErrorClass) => {
    const html = '<html>\n  <body><h1>Bad gateway</h1></body>\n</html>';
    const error = errorFromResponse(html, raw(status, 'Gateway Says No'), request);
    expect(error).toBeInstanceOf(ErrorClass);
    expect(error.statusCode).toBe(status);
    expect(error.body).toBe(html);
    expect(error.errors).toEqual([]);
    expect(error.message).toBe(
      `[GET] /admins/7: ${status} Gateway Says No — <html> <body><h1>Bad gateway</h1></body> </html>`,
    );
  });

  it.each(classes)('maps an empty body with status %i to its class, naming the status', (status, ErrorClass) => {
    const error = errorFromResponse(undefined, raw(status), request);
    expect(error).toBeInstanceOf(ErrorClass);
    expect(error.statusCode).toBe(status);
    expect(error.message).toBe(`[GET] /admins/7: ${status} (empty body)`);
    expect(error.message).not.toContain('undefined');
  });

  it('gives statuses without a class of their own the base class', () => {
    const error = errorFromResponse({ message: 'Method not allowed here' }, raw(405, 'Method Not Allowed'), request);
    expect(error.constructor).toBe(IntercomError);
    expect(error.statusCode).toBe(405);
    expect(error.message).toBe('[GET] /admins/7: 405 Method Not Allowed — Method not allowed here');
  });

  it('lists every entry of a multi-error body and reads the request id from the header when the body has none', () => {
    const body = {
      type: 'error.list',
      errors: [
        { code: 'parameter_invalid', message: 'Name is too long', field: 'name' },
        { code: 'parameter_not_found' },
      ],
    };
    const error = errorFromResponse(body, raw(400, 'Bad Request', { 'x-request-id': 'hdr-1' }), request);
    expect(error.requestId).toBe('hdr-1');
    expect(error.errors).toHaveLength(2);
    expect(error.errors[0]?.field).toBe('name');
    expect(error.message).toBe(
      '[GET] /admins/7: 400 parameter_invalid — Name is too long; parameter_not_found (request id hdr-1)',
    );
  });

  it('keeps the status text when a body is JSON but not an error list, and shortens long bodies', () => {
    const error = errorFromResponse({ detail: 'x'.repeat(500) }, raw(500, 'Internal Server Error'), request);
    expect(error.message.startsWith('[GET] /admins/7: 500 Internal Server Error — {"detail":"xxx')).toBe(true);
    expect(error.message.endsWith('…')).toBe(true);
    expect(error.message.length).toBeLessThan(300);
  });
});

describe('error classes', () => {
  it('construct like intercom-client 7.x: (body, rawResponse)', () => {
    const error = new NotFoundError(errorList('not_found', 'Gone'));
    expect(error.statusCode).toBe(404);
    expect(error.message).toBe('404 not_found — Gone (request id req-1)');
    expect(new IntercomError({ message: 'custom', statusCode: 418 }).message).toBe('custom');
  });

  it('report the real 5xx status on InternalServerError, 500 when there is no response', () => {
    expect(new InternalServerError(undefined, raw(503)).statusCode).toBe(503);
    expect(new InternalServerError().statusCode).toBe(500);
  });

  it('keep the raw response headers', () => {
    const error = errorFromResponse(undefined, raw(429, '', { 'retry-after': '3' }), request);
    expect(error.rawResponse?.headers.get('retry-after')).toBe('3');
  });
});
