import { describe, expect, it } from 'vitest';
import { expectSearchError } from '../test-support/expect-error';
import { tokenize } from './lexer';

const kinds = (source: string) => tokenize(source).map((token) => token.kind);
const values = (source: string) => tokenize(source).map((token) => token.value);

describe('tokenize', () => {
  it('reads every operator', () => {
    expect(values('= != < <= > >= ~ !~ ^ $ IN NIN').slice(0, -1)).toEqual([
      '=',
      '!=',
      '<',
      '<=',
      '>',
      '>=',
      '~',
      '!~',
      '^',
      '$',
      'IN',
      'NIN',
    ]);
  });

  it('reads keywords in any case, and IN/NIN as operators', () => {
    expect(kinds('and Or NOT true False null in nin')).toEqual([
      'AND',
      'OR',
      'NOT',
      'TRUE',
      'FALSE',
      'NULL',
      'operator',
      'operator',
      'end',
    ]);
  });

  it('reads dotted and hyphenated field names, and quoted ones with doubled quotes', () => {
    expect(
      values('source.author.email custom_attributes.sign-up ticket_attribute.12 "odd ""name"""').slice(0, -1),
    ).toEqual(['source.author.email', 'custom_attributes.sign-up', 'ticket_attribute.12', 'odd "name"']);
  });

  it("reads strings with '' for a quote, across lines", () => {
    expect(values("'it''s' 'two\nlines'").slice(0, -1)).toEqual(["it's", 'two\nlines']);
  });

  it('reads numbers and dates', () => {
    expect(values('5 -3 4.5 1e-7 2025-01-01 2025-01-01T10:00:00Z 2025-01-01T12:00+02:00').slice(0, -1)).toEqual([
      5, -3, 4.5, 1e-7, 1_735_689_600, 1_735_725_600, 1_735_725_600,
    ]);
  });

  it('reads punctuation without spaces around it', () => {
    expect(kinds("state='open'AND(x IN[1,2])")).toEqual([
      'field',
      'operator',
      'string',
      'AND',
      'open',
      'field',
      'operator',
      'openList',
      'number',
      'comma',
      'number',
      'closeList',
      'close',
      'end',
    ]);
  });

  it('tracks lines and columns', () => {
    const tokens = tokenize("a = 1\n  AND 'x\ny' = 2\n b");
    expect(tokens.map((token) => [token.location.line, token.location.column])).toEqual([
      [1, 1],
      [1, 3],
      [1, 5],
      [2, 3],
      [2, 7],
      [3, 4],
      [3, 6],
      [4, 2],
      [4, 3],
    ]);
  });

  it('names the line and column of a lexical error', () => {
    const error = expectSearchError(() => tokenize("a = 1 AND\n  b = 'open"), 'syntax_error');
    expect(error.message).toBe("Line 2, column 7: unterminated string; close it with '.");
    expect(error.location).toEqual({ line: 2, column: 7, offset: 16 });
    expect(expectSearchError(() => tokenize('a == 1'), 'syntax_error').message).toContain('use `=`');
    expect(expectSearchError(() => tokenize('a = 1 & b'), 'syntax_error').message).toContain(
      'unexpected character "&"',
    );
    expect(expectSearchError(() => tokenize('a > 2025-02-30'), 'syntax_error').message).toContain('not a valid date');
    expect(expectSearchError(() => tokenize('a > 2025-01-01T10:00'), 'syntax_error').message).toContain('needs a zone');
  });
});
