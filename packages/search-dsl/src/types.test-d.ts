import { describe, expectTypeOf, it } from 'vitest';
import {
  and,
  contacts,
  conversations,
  type Expression,
  field,
  fromJSON,
  not,
  or,
  parseWhere,
  type SearchQueryJSON,
  searchQuerySymbol,
  tickets,
} from './index';

const since = new Date('2025-01-01');
const ids: string[] = ['1', '2'];

describe('valid queries compile', () => {
  it('accepts every operator a field type allows', () => {
    conversations.field('created_at').gt(since);
    conversations.field('created_at').lt('2025-01-01');
    conversations.field('created_at').eq(1735689600);
    conversations.field('created_at').in([since, 1735689600]);
    conversations.field('source.subject').contains('refund');
    conversations.field('source.subject').notContains('spam');
    conversations.field('source.subject').startsWith('Re:');
    conversations.field('source.subject').endsWith('?');
    conversations.field('open').eq(true);
    conversations.field('open').nin([false]);
    conversations.field('admin_assignee_id').gt(3);
    conversations.field('tag_ids').ne('123');
    conversations.field('state').in(['open', 'snoozed']);
    conversations.field('id').in(ids);
    conversations.field('state').eq(null);
    contacts.field('created_at').gt(since);
    contacts.field('owner_id').gte(1);
    contacts.field('owner_id').lte(9);
    contacts.field('tag_id').eq('7');
    contacts.field('role').eq('lead');
    tickets.field('created_at').gte(since);
    tickets.field('created_at').lte(since);
    tickets.field('category').eq('tracker');
    tickets.field('admin_assignee_id').eq('42');
  });

  it('types declared attributes', () => {
    const withPlan = contacts.withCustomAttributes({ plan: 'string', trial_ends_at: 'date' });
    withPlan.field('custom_attributes.plan').startsWith('pro');
    withPlan.field('custom_attributes.trial_ends_at').lt(since);
    const withScore = tickets.withTicketAttributes({ '8127': 'float', '8128': 'boolean' });
    withScore.field('ticket_attribute.8127').in([1.5, 2]);
    withScore.field('ticket_attribute.8128').eq(false);
  });

  it('binds results to the resource and lets unbound expressions join', () => {
    const bound = conversations.field('state').eq('open');
    expectTypeOf(bound).toEqualTypeOf<Expression<'conversations'>>();
    expectTypeOf(field('x').eq(1)).toEqualTypeOf<Expression<undefined>>();
    expectTypeOf(bound.and(field('x').eq(1))).toEqualTypeOf<Expression<'conversations'>>();
    expectTypeOf(field('x').eq(1).or(bound)).toEqualTypeOf<Expression<'conversations'>>();
    expectTypeOf(and(field('x').eq(1), field('y').eq(2))).toEqualTypeOf<Expression<undefined>>();
    expectTypeOf(or(field('x').eq(1), contacts.field('role').eq('user'))).toEqualTypeOf<Expression<'contacts'>>();
    expectTypeOf(not(bound)).toEqualTypeOf<Expression<'conversations'>>();
    expectTypeOf(fromJSON({}, { resource: 'tickets' })).toEqualTypeOf<Expression<'tickets'>>();
    expectTypeOf(parseWhere("state = 'open'", { resource: 'contacts' })).toEqualTypeOf<Expression<'contacts'>>();
    expectTypeOf(bound.toJSON()).toEqualTypeOf<SearchQueryJSON>();
    expectTypeOf(bound[searchQuerySymbol]).parameter(0).toEqualTypeOf<'conversations' | 'contacts' | 'tickets'>();
  });
});

describe('interplay', () => {
  it('accepts spreads of expressions whose binding is not known statically', () => {
    const list: Expression[] = [field('a').eq(1), field('b').eq(2)];
    expectTypeOf(and(...list)).toEqualTypeOf<Expression>();
    expectTypeOf(or(conversations.field('open').eq(true), ...list)).toEqualTypeOf<Expression>();
  });

  it('combines expressions typed as plain Expression, whose binding is not known statically', () => {
    const combineAll = (a: Expression, b: Expression) => and(a, b, field('x').eq(1));
    expectTypeOf(combineAll).returns.toEqualTypeOf<Expression>();
    const wide: Expression = field('a').eq(1);
    expectTypeOf(wide.and(field('b').eq(2))).toEqualTypeOf<Expression>();
    expectTypeOf(
      conversations
        .field('open')
        .eq(true)
        .and(...[field('a').eq(1)]),
    ).toEqualTypeOf<Expression<'conversations'>>();
  });

  it('fits the structural type @intercom-kit/core accepts for a query', () => {
    // core types an expression as an object without the keys of raw filter JSON.
    type CoreExpression = object & { readonly field?: never; readonly operator?: never; readonly value?: never };
    expectTypeOf(conversations.field('state').eq('open')).toExtend<CoreExpression>();
    expectTypeOf(field('x').eq(1)).toExtend<CoreExpression>();
  });

  it('offers only the operators a field accepts', () => {
    expectTypeOf(contacts.field('created_at')).toHaveProperty('gt');
    expectTypeOf(contacts.field('created_at')).not.toHaveProperty('gte');
    expectTypeOf(contacts.field('tag_id')).not.toHaveProperty('in');
    expectTypeOf(tickets.field('created_at')).toHaveProperty('lte');
    expectTypeOf(field('x')).toHaveProperty('startsWith');
  });
});

describe('refused combinations do not compile', () => {
  it('refuses unknown fields', () => {
    // @ts-expect-error no such conversations field
    conversations.field('nope');
    // @ts-expect-error contacts field on tickets
    tickets.field('email');
    // @ts-expect-error undeclared custom attribute
    contacts.field('custom_attributes.plan');
    // @ts-expect-error ticket attributes are not contacts attributes
    contacts.withCustomAttributes({ plan: 'string' }).field('ticket_attribute.plan');
    // @ts-expect-error conversations have no custom attributes pattern
    conversations.field('custom_attributes.plan');
  });

  it('refuses operators that do not fit the field type', () => {
    // @ts-expect-error ~ on a date
    conversations.field('created_at').contains('2025');
    // @ts-expect-error ^ on a date
    tickets.field('updated_at').startsWith('2025');
    // @ts-expect-error > on a boolean
    conversations.field('open').gt(true);
    // @ts-expect-error ~ on an integer
    conversations.field('admin_assignee_id').contains('1');
    // @ts-expect-error >= is not in the conversations operator table
    conversations.field('created_at').gte(since);
    // @ts-expect-error <= is not in the conversations operator table
    conversations.field('admin_assignee_id').lte(3);
    // @ts-expect-error >= only on tickets created_at
    tickets.field('updated_at').gte(since);
    // @ts-expect-error >= on a contacts date
    contacts.field('created_at').gte(since);
    // @ts-expect-error <= on a contacts date
    contacts.field('last_seen_at').lte(since);
    // @ts-expect-error != on a contacts date
    contacts.field('created_at').ne(since);
    // @ts-expect-error IN on a contacts date
    contacts.field('signed_up_at').in([since]);
    // @ts-expect-error NIN on a contacts date
    contacts.field('updated_at').nin([since]);
    // @ts-expect-error IN on contacts tag_id
    contacts.field('tag_id').in(['1']);
    // @ts-expect-error ~ on contacts tag_id
    contacts.field('tag_id').contains('1');
    // @ts-expect-error IN on conversations tag_ids
    conversations.field('tag_ids').in(['1']);
    // @ts-expect-error NIN on conversations tag_ids
    conversations.field('tag_ids').nin(['1']);
    // @ts-expect-error > on a float ticket attribute
    tickets.withTicketAttributes({ score: 'float' }).field('ticket_attribute.score').gt(1);
    // @ts-expect-error > on a string custom attribute
    contacts.withCustomAttributes({ plan: 'string' }).field('custom_attributes.plan').gt('a');
    // @ts-expect-error >= on a date custom attribute of contacts
    contacts.withCustomAttributes({ trial: 'date' }).field('custom_attributes.trial').gte(since);
  });

  it('refuses values of the wrong type', () => {
    // @ts-expect-error not a state
    conversations.field('state').eq('opened');
    // @ts-expect-error not a priority
    conversations.field('priority').in(['high']);
    // @ts-expect-error display name instead of search term
    tickets.field('category').eq('Customer');
    // @ts-expect-error roles are user or lead
    contacts.field('role').eq('admin');
    // @ts-expect-error boolean field takes booleans
    conversations.field('open').eq('true');
    // @ts-expect-error integer field takes numbers
    conversations.field('admin_assignee_id').eq('5');
    // @ts-expect-error tickets admin_assignee_id is a string
    tickets.field('admin_assignee_id').eq(5);
    // @ts-expect-error string field takes strings
    conversations.field('source.subject').eq(3);
    // @ts-expect-error dates take Date, string or number
    conversations.field('created_at').gt(true);
    // @ts-expect-error substring of an integer
    conversations.field('id').contains(3);
    // @ts-expect-error IN takes a non-empty list
    conversations.field('id').in([]);
    // @ts-expect-error NIN takes a non-empty list
    field('x').nin([]);
    // @ts-expect-error IN takes a list
    conversations.field('id').in('1');
    // @ts-expect-error a list for a single-value operator
    conversations.field('id').eq(['1']);
    // @ts-expect-error contacts custom attributes are string or date
    contacts.withCustomAttributes({ seats: 'integer' });
    // @ts-expect-error declared date attribute takes dates
    contacts.withCustomAttributes({ trial: 'date' }).field('custom_attributes.trial').eq(true);
  });

  it('refuses mixing resources', () => {
    // @ts-expect-error conversations with contacts
    conversations.field('state').eq('open').and(contacts.field('role').eq('user'));
    // @ts-expect-error tickets with conversations
    tickets.field('open').eq(true).or(conversations.field('open').eq(true));
    // @ts-expect-error top-level and() of two resources
    and(conversations.field('open').eq(true), contacts.field('role').eq('user'));
    // @ts-expect-error top-level or() of two resources
    or(field('x').eq(1), conversations.field('open').eq(true), tickets.field('open').eq(true));
    // @ts-expect-error and() needs an operand
    and();
    // @ts-expect-error raw JSON is not an expression
    and({ field: 'x', operator: '=', value: 1 });
  });
});
