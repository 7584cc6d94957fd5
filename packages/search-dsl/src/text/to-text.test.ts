import { describe, expect, it } from 'vitest';
import { and, field, not, or } from '../builder';
import { contacts } from '../contacts';
import { conversations } from '../conversations';
import { fromJSON } from '../from-json';
import { expectSearchError } from '../test-support/expect-error';
import { parseWhere } from './parse-where';
import { toText } from './to-text';

describe('toText', () => {
  it('prints filters, groups and not() with only the parentheses precedence needs', () => {
    const expression = and(
      field('a').eq(1),
      or(field('b').gt(2), field('c').lt(3)),
      not(or(field('d').eq(4), field('e').eq(5))),
    );
    expect(toText(expression)).toBe('a = 1 AND (b > 2 OR c < 3) AND NOT (d = 4 OR e = 5)');
    expect(toText(or(and(field('a').eq(1), field('b').eq(2)), not(field('c').eq(3))))).toBe(
      'a = 1 AND b = 2 OR NOT c = 3',
    );
  });

  it('quotes strings and field names that need it', () => {
    expect(toText(field('note').eq("it's"))).toBe("note = 'it''s'");
    expect(toText(field('with space').eq(1))).toBe('"with space" = 1');
    expect(toText(field('and').eq(1))).toBe('"and" = 1');
    expect(toText(field('say "hi"').eq(1))).toBe('"say ""hi""" = 1');
  });

  it('prints lists, booleans, null and numbers', () => {
    expect(toText(field('x').in(['a', 2]))).toBe("x IN ('a', 2)");
    expect(toText(field('b').ne(false))).toBe('b != FALSE');
    expect(toText(field('n').eq(null))).toBe('n = NULL');
    expect(toText(field('f').eq(-4.5))).toBe('f = -4.5');
  });

  it('prints dates of bound date fields as ISO dates', () => {
    expect(toText(conversations.field('created_at').gt(new Date('2025-01-01')))).toBe('created_at > 2025-01-01');
    expect(toText(conversations.field('created_at').in([1_735_689_601]))).toBe('created_at IN (2025-01-01T00:00:01Z)');
    const declared = contacts.withCustomAttributes({ trial: 'date' }).field('custom_attributes.trial').lt('2025-01-01');
    expect(toText(declared)).toBe('custom_attributes.trial < 2025-01-01');
    expect(toText(field('created_at').gt(1_735_689_600))).toBe('created_at > 1735689600');
  });

  it('prints the documented example back as written', () => {
    const text = "state = 'open' AND (priority = 'priority' OR created_at > 2025-01-01)";
    expect(toText(parseWhere(text, { resource: 'conversations' }))).toBe(text);
  });

  it('round-trips through parseWhere', () => {
    const expression = conversations
      .field('state')
      .in(['open', 'snoozed'])
      .and(
        not(conversations.field('source.subject').contains("it's")),
        conversations.field('created_at').lt('2025-02-01'),
      );
    const text = toText(expression);
    expect(parseWhere(text, { resource: 'conversations' }).toJSON()).toEqual(expression.toJSON());
  });

  it('prints expressions made from JSON', () => {
    expect(toText(fromJSON({ operator: 'OR', value: [{ field: 'a', operator: '^', value: 'x' }] }))).toBe("a ^ 'x'");
  });

  it('refuses what is not an expression', () => {
    expectSearchError(() => toText({} as never), 'invalid_query_shape');
  });
});
