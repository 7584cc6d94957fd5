import { describe, expect, it } from 'vitest';
import { and, field, not, or } from './builder';
import { contactsCatalog } from './catalog/contacts';
import { conversationsCatalog } from './catalog/conversations';
import { contacts } from './contacts';
import { conversations } from './conversations';
import { isExpression } from './expression';
import { type OperatorMethod, operators } from './operators';
import { expectSearchError } from './test-support/expect-error';
import { tickets } from './tickets';

describe('field()', () => {
  it.each(Object.entries(operators) as [OperatorMethod, string][])('%s emits %s', (method, operator) => {
    const value = operator === 'IN' || operator === 'NIN' ? ['a', 'b'] : 'a';
    const build = field('x')[method] as (
      value: unknown,
    ) => ReturnType<typeof field>['eq'] extends (v: never) => infer E ? E : never;
    expect(build.call(field('x'), value).toJSON()).toEqual({ field: 'x', operator, value });
  });

  it('reproduces the headline example', () => {
    const query = field('created_at').gt(new Date('2025-01-01')).and(field('state').eq('open'));
    expect(JSON.stringify({ query })).toBe(
      '{"query":{"operator":"AND","value":[{"field":"created_at","operator":">","value":1735689600},{"field":"state","operator":"=","value":"open"}]}}',
    );
  });

  it('refuses an empty field name at once', () => {
    expectSearchError(() => field(''), 'invalid_field_name');
  });

  it('checks the value shape where the filter is built', () => {
    expectSearchError(() => field('x').in([] as unknown as [string]), 'empty_list', ['value']);
    expectSearchError(() => field('x').gt(true as unknown as string), 'invalid_value');
  });
});

describe('expressions are immutable values', () => {
  it('freezes the expression and its tree', () => {
    const expression = and(field('a').eq(1), not(field('b').in([1, 2])));
    expect(Object.isFrozen(expression)).toBe(true);
    expect(Object.isFrozen(expression.node)).toBe(true);
    expect(() => {
      (expression as unknown as { node: unknown }).node = null;
    }).toThrow(TypeError);
  });

  it('returns new values from and/or and leaves the operands unchanged', () => {
    const a = field('a').eq(1);
    const before = JSON.stringify(a);
    const combined = a.and(field('b').eq(2));
    expect(combined).not.toBe(a);
    expect(JSON.stringify(a)).toBe(before);
    expect(a.or(field('c').eq(3)).toJSON()).toMatchObject({ operator: 'OR' });
  });

  it('returns the operand itself for a one-operand and()/or()', () => {
    const a = field('a').eq(1);
    expect(and(a)).toBe(a);
    expect(or(a)).toBe(a);
  });
});

describe('combining', () => {
  it('takes the binding of the bound operand', () => {
    expect(field('x').eq(1).and(contacts.field('role').eq('user')).resource).toBe('contacts');
    expect(and(field('x').eq(1), field('y').eq(1)).resource).toBeUndefined();
    expect(not(tickets.field('open').eq(true)).resource).toBe('tickets');
  });

  it('refuses operands of two resources at run time too', () => {
    const mix = [conversations.field('open').eq(true), contacts.field('role').eq('user')] as const;
    expectSearchError(() => and(...(mix as unknown as [never])), 'resource_mismatch');
    expectSearchError(() => (mix[0].or as (e: unknown) => unknown)(mix[1]), 'resource_mismatch');
  });

  it('refuses what is not an expression', () => {
    expectSearchError(() => and(field('x').eq(1), { field: 'y' } as never), 'invalid_query_shape');
    expectSearchError(() => not({} as never), 'invalid_query_shape');
  });

  it('refuses an empty and()/or()', () => {
    expectSearchError(() => (and as () => unknown)(), 'empty_group');
    expectSearchError(() => (or as () => unknown)(), 'empty_group');
  });

  it('recognises expressions', () => {
    expect(isExpression(field('x').eq(1))).toBe(true);
    expect(isExpression({ field: 'x', operator: '=', value: 1 })).toBe(false);
  });
});

describe('resource builders', () => {
  it('expose their resource and catalog', () => {
    expect(conversations.resource).toBe('conversations');
    expect(conversations.catalog).toBe(conversationsCatalog);
    expect(contacts.catalog).toBe(contactsCatalog);
  });

  it('refuse at run time what the types refuse at compile time', () => {
    const loose = <T>(builder: T) =>
      builder as unknown as { field: (name: string) => Record<OperatorMethod, (v: unknown) => unknown> };
    expectSearchError(() => loose(conversations).field('nope'), 'unknown_field', ['field']);
    expectSearchError(() => loose(conversations).field('created_at').contains('2025'), 'operator_not_allowed');
    expectSearchError(() => loose(conversations).field('open').gt(true), 'invalid_value');
    expectSearchError(() => loose(contacts).field('created_at').gte(new Date()), 'operator_not_allowed');
    expectSearchError(() => loose(contacts).field('created_at').ne(new Date()), 'operator_not_allowed');
    expectSearchError(() => loose(contacts).field('created_at').in([new Date()]), 'operator_not_allowed');
    expectSearchError(() => loose(contacts).field('tag_id').in(['1']), 'operator_not_allowed');
    expectSearchError(() => loose(conversations).field('tag_ids').nin(['1']), 'operator_not_allowed');
    expectSearchError(() => loose(conversations).field('state').eq('opened'), 'enum_value_not_allowed');
    expectSearchError(() => loose(tickets).field('category').eq('Customer'), 'enum_value_not_allowed');
    expectSearchError(() => loose(conversations).field('admin_assignee_id').eq('five'), 'invalid_value');
    expectSearchError(() => loose(contacts).field('custom_attributes.plan'), 'unknown_field');
  });

  it('turn dates into unix seconds where the filter is built', () => {
    const expression = conversations.field('created_at').in([new Date('2025-01-01'), '2025-01-02', 1_735_862_400]);
    expect(expression.node).toMatchObject({ value: [1_735_689_600, 1_735_776_000, 1_735_862_400] });
    expect(Object.isFrozen(expression.node)).toBe(true);
    expect(Object.isFrozen(conversations.field('created_at').gt('2025-01-01').node)).toBe(true);
  });

  it('declare attributes on a new builder and leave the original as it was', () => {
    const withPlan = contacts.withCustomAttributes({ plan: 'string', trial_ends_at: 'date' });
    expect(withPlan).not.toBe(contacts);
    expect(withPlan.attributeTypes).toEqual({ plan: 'string', trial_ends_at: 'date' });
    expect(withPlan.field('custom_attributes.trial_ends_at').lt('2025-01-01').toJSON()).toEqual({
      field: 'custom_attributes.trial_ends_at',
      operator: '<',
      value: 1_735_689_600,
    });
    const planField = withPlan.field('custom_attributes.plan') as unknown as { gt: (value: string) => unknown };
    expectSearchError(() => planField.gt('a'), 'operator_not_allowed');
    expectSearchError(() => (contacts.field as (name: string) => unknown)('custom_attributes.plan'), 'unknown_field');
    const chained = withPlan.withCustomAttributes({ seats_note: 'string' });
    expect(chained.attributeTypes).toEqual({ plan: 'string', trial_ends_at: 'date', seats_note: 'string' });
  });

  it('type ticket attributes by id', () => {
    const typed = tickets.withTicketAttributes({ '8127': 'float', '8128': 'boolean' });
    expect(typed.field('ticket_attribute.8127').in([1.5, 2]).toJSON()).toEqual({
      field: 'ticket_attribute.8127',
      operator: 'IN',
      value: [2, '1.5'],
    });
    expectSearchError(() => typed.field('ticket_attribute.8128').eq('yes' as never), 'invalid_value');
  });

  it('merge declarations when expressions of differently declared builders meet', () => {
    const a = contacts.withCustomAttributes({ plan: 'string' }).field('custom_attributes.plan').eq('pro');
    const b = contacts.withCustomAttributes({ trial: 'date' }).field('custom_attributes.trial').gt('2025-01-01');
    expect(a.and(b).toJSON()).toMatchObject({ operator: 'AND' });
    const conflicting = contacts.withCustomAttributes({ plan: 'date' }).field('custom_attributes.plan').gt(1);
    expectSearchError(() => a.and(conflicting as never), 'attribute_type_conflict');
  });

  it('check unbound parts against the catalog when combined with a bound expression', () => {
    const mixed = conversations.field('open').eq(true).and(field('stat').eq('open'));
    expectSearchError(() => mixed.toJSON(), 'unknown_field', [1, 'field']);
  });
});
