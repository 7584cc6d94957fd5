import { describe, expect, it } from 'vitest';
import { ApiError } from '../errors';
import { decodeCursor, encodeCursor } from './cursor';

describe('cursors', () => {
  it('round-trips a sort key through an opaque url-safe string', () => {
    const cursor = encodeCursor({ created_at: 1_717_000_000, seq: 42 });
    expect(cursor).toMatch(/^[A-Za-z0-9_-]+$/);
    expect(cursor).not.toContain('1717000000');
    expect(decodeCursor(cursor)).toEqual({ created_at: 1_717_000_000, seq: 42 });
  });

  it.each(['', 'not a cursor', 'WTE3', btoa('c1.abc.1'), '%%%'])(
    'rejects %j with a 400 naming the parameter',
    (bad) => {
      try {
        decodeCursor(bad, 'pagination.starting_after');
        expect.unreachable();
      } catch (error) {
        expect(error).toBeInstanceOf(ApiError);
        expect((error as ApiError).status).toBe(400);
        expect((error as ApiError).message).toContain('pagination.starting_after');
      }
    },
  );
});
