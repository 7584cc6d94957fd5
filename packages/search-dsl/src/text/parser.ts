import { SearchQueryError, type TextLocation } from '../errors';
import { MAX_WRITTEN_DEPTH } from '../limits';
import { andNode, type ListItem, notNode, orNode, type QueryNode } from '../nodes';
import type { Operator } from '../operators';
import { checkFilterShape } from '../validate/shape';
import { syntaxError, type Token, type TokenKind, tokenize } from './lexer';

/**
 * Parses the text syntax into a tree:
 *
 *   query      = or
 *   or         = and { OR and }
 *   and        = unary { AND unary }
 *   unary      = NOT unary | "(" or ")" | comparison
 *   comparison = field operator value
 *   value      = 'string' | number | date | TRUE | FALSE | NULL | list
 *   list       = "(" item { "," item } ")" | "[" item { "," item } "]"
 *
 * Keywords are case-insensitive; a field that is not a plain name goes in double quotes.
 */
export const parseText = (source: string): ParsedText => {
  if (typeof source !== 'string') {
    throw new SearchQueryError('syntax_error', `A text query must be a string; got ${typeof source}.`);
  }
  const parser = new Parser(tokenize(source));
  const node = parser.or();
  parser.expect('end', 'the end of the query');
  return { node, locations: parser.locations };
};

export interface ParsedText {
  readonly node: QueryNode;
  /** Where each filter starts in the text, so later errors about a filter can name its line. */
  readonly locations: ReadonlyMap<QueryNode, TextLocation>;
}

class Parser {
  #index = 0;
  #depth = 0;
  readonly #tokens: readonly Token[];
  readonly locations = new Map<QueryNode, TextLocation>();

  constructor(tokens: readonly Token[]) {
    this.#tokens = tokens;
  }

  get #current(): Token {
    return this.#tokens[this.#index] as Token;
  }

  #take(): Token {
    return this.#tokens[this.#index++] as Token;
  }

  expect(kind: TokenKind, description: string): Token {
    const token = this.#current;
    if (token.kind !== kind)
      throw syntaxError(`expected ${description}, found ${describeToken(token)}`, token.location);
    return this.#take();
  }

  or(): QueryNode {
    const operands = [this.and()];
    while (this.#current.kind === 'OR') {
      this.#take();
      operands.push(this.and());
    }
    return operands.length === 1 ? (operands[0] as QueryNode) : orNode(operands);
  }

  and(): QueryNode {
    const operands = [this.unary()];
    while (this.#current.kind === 'AND') {
      this.#take();
      operands.push(this.unary());
    }
    return operands.length === 1 ? (operands[0] as QueryNode) : andNode(operands);
  }

  unary(): QueryNode {
    const token = this.#current;
    if (++this.#depth > MAX_WRITTEN_DEPTH) {
      throw syntaxError(`the query nests more than ${MAX_WRITTEN_DEPTH} parentheses or NOTs`, token.location);
    }
    let node: QueryNode;
    if (token.kind === 'NOT') {
      this.#take();
      node = notNode(this.unary());
    } else if (token.kind === 'open') {
      this.#take();
      node = this.or();
      this.expect('close', `\`)\` to close the \`(\` at line ${token.location.line}, column ${token.location.column}`);
    } else {
      node = this.comparison();
    }
    this.#depth--;
    return node;
  }

  comparison(): QueryNode {
    const field = this.expect('field', 'a field name, NOT or `(`');
    const operator = this.expect('operator', `an operator after \`${field.value}\``);
    const value = this.#current.kind === 'open' || this.#current.kind === 'openList' ? this.list() : this.scalar();
    try {
      const node = checkFilterShape(field.value, operator.value as Operator, value, []);
      this.locations.set(node, field.location);
      return node;
    } catch (error) {
      if (!(error instanceof SearchQueryError)) throw error;
      const { line, column } = field.location;
      throw new SearchQueryError(error.code, `Line ${line}, column ${column}: ${error.message}`, {
        location: field.location,
      });
    }
  }

  list(): ListItem[] {
    const open = this.#take();
    const close = open.kind === 'open' ? 'close' : 'closeList';
    const items: ListItem[] = [];
    if (this.#current.kind === close) {
      this.#take();
      return items;
    }
    for (;;) {
      const item = this.scalar();
      if (item === null) throw syntaxError('a list cannot contain NULL', this.#tokens[this.#index - 1]!.location);
      items.push(item);
      if (this.#current.kind !== 'comma') break;
      this.#take();
    }
    this.expect(close, `\`,\` or \`${close === 'close' ? ')' : ']'}\` in the list`);
    return items;
  }

  scalar(): ListItem | null {
    const token = this.#take();
    switch (token.kind) {
      case 'string':
      case 'number':
      case 'date':
        return token.value as string | number;
      case 'TRUE':
        return true;
      case 'FALSE':
        return false;
      case 'NULL':
        return null;
      default:
        throw syntaxError(
          `expected a value ('text', a number, a date like 2025-01-01, TRUE, FALSE, NULL or a list), found ${describeToken(token)}`,
          token.location,
        );
    }
  }
}

const describeToken = (token: Token): string => (token.kind === 'end' ? 'the end of the query' : `\`${token.text}\``);
