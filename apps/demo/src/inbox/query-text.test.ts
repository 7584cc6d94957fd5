import { compileQuery } from '@intercom-kit/search-dsl';
import { describe, expect, it } from 'vitest';
import { buildConversationQuery, emptyFilters } from './filters';
import { checkExpression, checkQueryText, type QueryCheck, queryText } from './query-text';

const failure = (check: QueryCheck) => {
  if (check.ok) throw new Error('expected the query to be refused');
  return check.error;
};

describe('checkQueryText', () => {
  it('accepts an empty bar as "no filter"', () => {
    expect(checkQueryText('   ')).toEqual({ ok: true, expression: undefined });
  });

  it('reports the line and column of a syntax error', () => {
    const error = failure(checkQueryText("state = 'open' AND ("));
    expect(error.code).toBe('syntax_error');
    expect(error.location).toMatchObject({ line: 1, column: 21 });
  });

  it('reports an unknown field where it is written, with a suggestion', () => {
    const error = failure(checkQueryText("state = 'open'\nAND prioritty = 'priority'"));
    expect(error.code).toBe('unknown_field');
    expect(error.location).toMatchObject({ line: 2, column: 5 });
    expect(error.message).toContain('Did you mean `priority`?');
  });

  it('refuses a value the field does not take', () => {
    expect(failure(checkQueryText("state = 'opened'")).code).toBe('enum_value_not_allowed');
  });

  it("refuses a group of more than Intercom's 15 filters", () => {
    const text = Array.from({ length: 16 }, (_, i) => `tag_ids = '${i + 1}'`).join(' OR ');
    const error = failure(checkQueryText(text));
    expect(error.code).toBe('too_many_filters');
    expect(error.message).toMatch(/15/);
  });

  it('reads back the text printed for a panel query as the same query', () => {
    const built = buildConversationQuery({
      ...emptyFilters,
      states: ['open', 'snoozed'],
      priority: 'priority',
      tagIds: ['3', '5'],
      createdFrom: '2025-03-01',
      text: "it's broken",
    });
    const check = checkQueryText(queryText(built));
    if (!check.ok || !check.expression || !built) throw new Error('expected a valid query');
    expect(compileQuery(check.expression, { resource: 'conversations' })).toEqual(
      compileQuery(built, { resource: 'conversations' }),
    );
  });
});

describe('checkExpression', () => {
  it('catches a panel query over the limits before it is sent', () => {
    const tagIds = Array.from({ length: 16 }, (_, i) => String(i + 1));
    const error = failure(checkExpression(buildConversationQuery({ ...emptyFilters, tagIds })));
    expect(error.code).toBe('too_many_filters');
  });

  it('passes a query within the limits', () => {
    const tagIds = Array.from({ length: 15 }, (_, i) => String(i + 1));
    expect(checkExpression(buildConversationQuery({ ...emptyFilters, tagIds })).ok).toBe(true);
  });
});
