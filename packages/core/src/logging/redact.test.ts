import { describe, expect, it } from 'vitest';
import { redact } from './redact';

describe('redact', () => {
  it('masks credential headers whatever the case, in objects and Headers', () => {
    expect(JSON.parse(redact({ Authorization: 'Bearer x', accept: 'a', Cookie: 'c' }))).toEqual({
      Authorization: '[redacted]',
      accept: 'a',
      Cookie: '[redacted]',
    });
    expect(JSON.parse(redact({ headers: new Headers({ authorization: 'Bearer x', 'x-b': '1' }) }))).toEqual({
      headers: { authorization: '[redacted]', 'x-b': '1' },
    });
  });

  it('replaces the token wherever it appears, deep in bodies, arrays and errors', () => {
    const out = redact(
      { body: { list: ['tok123 is here'], text: 'a tok123 b' }, error: new Error('failed with tok123') },
      'tok123',
    );
    expect(out).not.toContain('tok123');
    expect(JSON.parse(out)).toEqual({
      body: { list: ['[redacted] is here'], text: 'a [redacted] b' },
      error: { name: 'Error', message: 'failed with [redacted]' },
    });
  });

  it('redacts plain strings and survives circular values', () => {
    expect(redact('Bearer tok123', 'tok123')).toBe('Bearer [redacted]');
    const circular: Record<string, unknown> = {};
    circular.self = circular;
    expect(redact(circular)).toBe('[object Object]');
    expect(redact(42)).toBe('42');
  });
});
