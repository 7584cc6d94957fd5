import { describe, expect, it } from 'vitest';
import { parseBody } from './parse-body';

describe('parseBody', () => {
  it('keeps every JSON field, known or not', () => {
    const text = '{"type":"admin","id":"1","brand_new_field":{"nested":[1,2]},"__proto__x":true}';
    expect(parseBody(text, 'application/json; charset=utf-8', false)).toEqual(JSON.parse(text));
  });

  it('parses vendor JSON types and bodies without a content type', () => {
    expect(parseBody('{"a":1}', 'application/vnd.api+json', false)).toEqual({ a: 1 });
    expect(parseBody('[1]', null, false)).toEqual([1]);
  });

  it('returns text bodies as text', () => {
    expect(parseBody('123', 'text/plain', false)).toBe('123');
    expect(parseBody('<html></html>', 'text/html', true)).toBe('<html></html>');
  });

  it('is undefined for an empty body', () => {
    expect(parseBody('', 'application/json', false)).toBeUndefined();
    expect(parseBody(undefined, null, false)).toBeUndefined();
  });

  it('throws on invalid JSON labelled JSON, unless lenient', () => {
    expect(() => parseBody('<html>', 'application/json', false)).toThrow(SyntaxError);
    expect(parseBody('<html>', 'application/json', true)).toBe('<html>');
    expect(parseBody('not json', null, false)).toBe('not json');
  });
});
