import {
  compileQuery,
  type Expression,
  isSearchQueryError,
  parseWhere,
  type SearchQueryError,
  toText,
} from '@intercom-kit/search-dsl';

type ConversationQuery = Expression<'conversations'>;

/** A query that can be sent (undefined: no filter at all), or why it cannot. */
export type QueryCheck =
  | { readonly ok: true; readonly expression: ConversationQuery | undefined }
  | { readonly ok: false; readonly error: SearchQueryError };

/**
 * Checks an expression against the conversations catalog and Intercom's limits (2 levels of groups,
 * 15 filters per group) exactly as the request would, without sending anything.
 */
export function checkExpression(expression: ConversationQuery | undefined): QueryCheck {
  if (expression === undefined) return { ok: true, expression };
  return attempt(() => {
    compileQuery(expression, { resource: 'conversations' });
    return expression;
  });
}

/** Parses the query bar's text; errors carry the line and column (syntax, unknown field, bad value). */
export function checkQueryText(text: string): QueryCheck {
  if (text.trim() === '') return { ok: true, expression: undefined };
  return attempt(() => parseWhere(text, { resource: 'conversations' }));
}

/** The text the query bar shows for an expression. */
export function queryText(expression: ConversationQuery | undefined): string {
  return expression === undefined ? '' : toText(expression);
}

function attempt(check: () => ConversationQuery): QueryCheck {
  try {
    return { ok: true, expression: check() };
  } catch (error) {
    if (isSearchQueryError(error)) return { ok: false, error };
    throw error;
  }
}
