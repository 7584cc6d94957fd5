import { describe, expect, it } from 'vitest';
import { contactsCatalog } from '../catalog/contacts';
import { createContext } from '../catalog/context';
import { conversationsCatalog } from '../catalog/conversations';
import { ticketsCatalog } from '../catalog/tickets';
import type { FieldType, SearchCatalog } from '../catalog/types';
import { compileQuery } from '../compile-query';
import { contacts } from '../contacts';
import { conversations } from '../conversations';
import { filterOperators, type Operator, type OperatorMethod, operators } from '../operators';
import { expectSearchError } from '../test-support/expect-error';
import { tickets } from '../tickets';
import { checkOperatorAllowed, resolveField } from './field';

const sampleValue: { readonly [T in FieldType]: string | number | boolean } = {
  string: 'a',
  date: 1_735_689_600,
  integer: 1,
  float: 1.5,
  boolean: true,
};

/** A value whose shape fits the operator, so only the catalog can refuse the filter. */
const valueFor = (catalog: SearchCatalog, field: string, operator: Operator): unknown => {
  const type = catalog.fields[field] as FieldType;
  const typed = catalog.enums[field]?.[0] ?? sampleValue[type];
  if (operator === '~' || operator === '!~' || operator === '^' || operator === '$') return 'a';
  if (operator === '<' || operator === '>' || operator === '<=' || operator === '>=') {
    return typeof typed === 'boolean' ? 1 : typed;
  }
  return operator === 'IN' || operator === 'NIN' ? [typed] : typed;
};

const builders = { conversations, contacts, tickets } as const;
const methodOf = Object.fromEntries(
  Object.entries(operators).map(([method, operator]) => [operator, method]),
) as Record<Operator, OperatorMethod>;

describe.each([conversationsCatalog, contactsCatalog, ticketsCatalog] as SearchCatalog[])(
  'operators on every $resource field',
  (catalog) => {
    const resource = catalog.resource;
    it.each(Object.keys(catalog.fields))('%s accepts exactly its documented operators', (field) => {
      const type = catalog.fields[field] as FieldType;
      const allowed = catalog.fieldOperators[field] ?? catalog.operators[type];
      for (const operator of filterOperators) {
        const value = valueFor(catalog, field, operator);
        const viaJSON = () => compileQuery({ field, operator, value } as never, { resource });
        const builder = builders[resource] as unknown as {
          field: (name: string) => Record<OperatorMethod, (value: unknown) => unknown>;
        };
        const viaBuilder = () => builder.field(field)[methodOf[operator]](value);
        if (allowed.includes(operator)) {
          expect(viaJSON).not.toThrow();
          expect(viaBuilder).not.toThrow();
        } else {
          expectSearchError(viaJSON, 'operator_not_allowed', ['operator']);
          expectSearchError(viaBuilder, 'operator_not_allowed', ['operator']);
        }
      }
    });
  },
);

describe('resolveField', () => {
  const contactsContext = createContext(contactsCatalog, { plan: 'string' });

  it('describes a fixed field with its type, operators and enum', () => {
    const rule = resolveField(createContext(conversationsCatalog), 'state', []);
    expect(rule).toMatchObject({ types: ['string'], enumValues: ['open', 'closed', 'snoozed'] });
    expect(resolveField(createContext(contactsCatalog), 'tag_id', []).operators).toEqual(['=', '!=']);
  });

  it('suggests the closest field for a typo', () => {
    const error = expectSearchError(
      () => resolveField(createContext(conversationsCatalog), 'craeted_at', [1]),
      'unknown_field',
      [1, 'field'],
    );
    expect(error.message).toContain('Did you mean `created_at`?');
  });

  it('does not mistake Object.prototype members for fields', () => {
    for (const name of ['constructor', 'toString', '__proto__', 'hasOwnProperty']) {
      expectSearchError(() => resolveField(createContext(ticketsCatalog), name, []), 'unknown_field');
    }
  });

  it('types declared attributes', () => {
    expect(resolveField(contactsContext, 'custom_attributes.plan', []).types).toEqual(['string']);
  });

  it('refuses an undeclared attribute in a strict context, saying how to declare it', () => {
    const error = expectSearchError(
      () => resolveField(contactsContext, 'custom_attributes.seats', []),
      'unknown_field',
    );
    expect(error.message).toContain('contacts.withCustomAttributes({ "seats": \'string\' })');
    const ticketError = expectSearchError(
      () => resolveField(createContext(ticketsCatalog), 'ticket_attribute.9', []),
      'unknown_field',
    );
    expect(ticketError.message).toContain('tickets.withTicketAttributes');
  });

  it('lets an undeclared attribute through a lenient context with every type of its pattern', () => {
    const rule = resolveField(createContext(ticketsCatalog, {}, 'allow'), 'ticket_attribute.9', []);
    expect(rule.types).toEqual(ticketsCatalog.attributes.types);
    expect(rule.undeclaredAttribute).toBe(true);
  });

  it('refuses the bare prefix and attribute names on resources without attributes', () => {
    expectSearchError(
      () => resolveField(createContext(contactsCatalog, {}, 'allow'), 'custom_attributes.', []),
      'unknown_field',
    );
    expectSearchError(
      () => resolveField(createContext(conversationsCatalog, {}, 'allow'), 'custom_attributes.x', []),
      'unknown_field',
    );
  });
});

describe('checkOperatorAllowed', () => {
  it('explains the calendar-day rule of contacts dates', () => {
    const context = createContext(contactsCatalog);
    const rule = resolveField(context, 'created_at', []);
    const error = expectSearchError(() => checkOperatorAllowed(context, rule, '>=', [0]), 'operator_not_allowed', [
      0,
      'operator',
    ]);
    expect(error.message).toContain('it accepts =, >, <, not >=');
    expect(error.message).toContain('calendar day');
  });
});
