import { SearchQueryError, type TextLocation } from '../errors';
import type { Operator } from '../operators';
import { parseIsoDate } from '../values';

export type TokenKind =
  | 'open'
  | 'close'
  | 'openList'
  | 'closeList'
  | 'comma'
  | 'field'
  | 'string'
  | 'number'
  | 'date'
  | 'operator'
  | 'AND'
  | 'OR'
  | 'NOT'
  | 'TRUE'
  | 'FALSE'
  | 'NULL'
  | 'end';

export interface Token {
  readonly kind: TokenKind;
  /** The source text of the token. */
  readonly text: string;
  /** Field name, string contents, number, unix seconds or operator, depending on the kind. */
  readonly value: string | number | undefined;
  readonly location: TextLocation;
}

const KEYWORDS: { readonly [word: string]: TokenKind } = {
  AND: 'AND',
  OR: 'OR',
  NOT: 'NOT',
  TRUE: 'TRUE',
  FALSE: 'FALSE',
  NULL: 'NULL',
  IN: 'operator',
  NIN: 'operator',
};

const PUNCTUATION: { readonly [char: string]: TokenKind } = {
  '(': 'open',
  ')': 'close',
  '[': 'openList',
  ']': 'closeList',
  ',': 'comma',
};

const IDENTIFIER = /[A-Za-z_][A-Za-z0-9_.-]*/y;
const DATE = /\d{4}-\d{2}-\d{2}(?:T\d{2}:\d{2}(?::\d{2}(?:\.\d+)?)?(?:Z|[+-]\d{2}:?\d{2})?)?/y;
const NUMBER = /-?\d+(?:\.\d+)?(?:[eE][+-]?\d+)?/y;
const OPERATOR = /!=|!~|<=|>=|==|=|<|>|~|\^|\$/y;
const WHITESPACE = /\s+/y;

export const isKeyword = (word: string): boolean => Object.hasOwn(KEYWORDS, word.toUpperCase());

/** Splits a text query into tokens; every token knows its line and column for error messages. */
export const tokenize = (source: string): Token[] => {
  const tokens: Token[] = [];
  let offset = 0;
  let line = 1;
  let lineStart = 0;
  const locate = (at: number): TextLocation => ({ line, column: at - lineStart + 1, offset: at });
  const match = (pattern: RegExp): string | undefined => {
    pattern.lastIndex = offset;
    return pattern.exec(source)?.[0];
  };
  while (offset < source.length) {
    const space = match(WHITESPACE);
    if (space !== undefined) {
      for (let index = 0; index < space.length; index++) {
        if (space[index] === '\n') {
          line++;
          lineStart = offset + index + 1;
        }
      }
      offset += space.length;
      continue;
    }
    const location = locate(offset);
    const char = source[offset] as string;
    const push = (kind: TokenKind, text: string, value: Token['value']) => {
      tokens.push({ kind, text, value, location });
      offset += text.length;
    };
    const punctuation = PUNCTUATION[char];
    if (punctuation !== undefined) {
      push(punctuation, char, undefined);
      continue;
    }
    if (char === "'" || char === '"') {
      const { text, value, newlines, lastNewline } = readQuoted(source, offset, location);
      push(char === "'" ? 'string' : 'field', text, value);
      if (newlines > 0) {
        line += newlines;
        lineStart = lastNewline + 1;
      }
      continue;
    }
    const date = match(DATE);
    if (date !== undefined) {
      const seconds = parseIsoDate(date);
      if (seconds === undefined)
        throw syntaxError(`${date} is not a valid date (a time needs a zone such as Z)`, location);
      push('date', date, seconds);
      continue;
    }
    const number = match(NUMBER);
    if (number !== undefined) {
      push('number', number, Number(number));
      continue;
    }
    const identifier = match(IDENTIFIER);
    if (identifier !== undefined) {
      const keyword = KEYWORDS[identifier.toUpperCase()];
      push(keyword ?? 'field', identifier, keyword === 'operator' ? identifier.toUpperCase() : identifier);
      continue;
    }
    const operator = match(OPERATOR);
    if (operator === undefined) throw syntaxError(`unexpected character ${JSON.stringify(char)}`, location);
    if (operator === '==') throw syntaxError('`==` is not an operator; use `=`', location);
    push('operator', operator, operator as Operator);
  }
  tokens.push({ kind: 'end', text: '', value: undefined, location: locate(offset) });
  return tokens;
};

/** Reads '…' or "…", where a doubled quote stands for one quote character. */
const readQuoted = (source: string, start: number, location: TextLocation) => {
  const quote = source[start];
  let value = '';
  let newlines = 0;
  let lastNewline = -1;
  for (let index = start + 1; index < source.length; index++) {
    const char = source[index];
    if (char === quote) {
      if (source[index + 1] === quote) {
        value += quote;
        index++;
        continue;
      }
      return { text: source.slice(start, index + 1), value, newlines, lastNewline };
    }
    if (char === '\n') {
      newlines++;
      lastNewline = index;
    }
    value += char;
  }
  throw syntaxError(`unterminated ${quote === "'" ? 'string' : 'quoted field name'}; close it with ${quote}`, location);
};

export const syntaxError = (problem: string, location: TextLocation): SearchQueryError =>
  new SearchQueryError('syntax_error', `Line ${location.line}, column ${location.column}: ${problem}.`, { location });
