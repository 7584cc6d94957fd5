import { describe, expect, it } from 'vitest';
import type { ResourceName } from '../catalog/types';
import { compileQuery } from '../compile-query';
import type { SingleFilterJSON } from '../json';
import { expectSearchError } from '../test-support/expect-error';

const compileFilter = (
  resource: ResourceName,
  field: string,
  operator: string,
  value: unknown,
  attributeTypes?: Record<string, 'string' | 'date' | 'integer' | 'float' | 'boolean'>,
) => compileQuery({ field, operator, value } as never, { resource, attributeTypes }) as SingleFilterJSON;

const compiledValue = (...args: Parameters<typeof compileFilter>) => compileFilter(...args).value;

describe('string fields', () => {
  it('take strings and refuse other values', () => {
    expect(compiledValue('conversations', 'source.subject', '=', 'hi')).toBe('hi');
    expectSearchError(() => compileFilter('conversations', 'source.subject', '=', 3), 'invalid_value', ['value']);
    expectSearchError(() => compileFilter('conversations', 'id', 'IN', ['1', 2]), 'invalid_value', ['value', 1]);
  });

  it('check enum values for = != IN NIN, naming the allowed ones', () => {
    const error = expectSearchError(
      () => compileFilter('conversations', 'state', '=', 'opened'),
      'enum_value_not_allowed',
      ['value'],
    );
    expect(error.message).toContain('open, closed, snoozed');
    expectSearchError(
      () => compileFilter('conversations', 'priority', 'NIN', ['priority', 'high']),
      'enum_value_not_allowed',
      ['value', 1],
    );
    expectSearchError(() => compileFilter('tickets', 'category', '!=', 'Customer'), 'enum_value_not_allowed');
    expectSearchError(() => compileFilter('contacts', 'role', '=', 'admin'), 'enum_value_not_allowed');
  });

  it('do not check enum values for substring operators', () => {
    expect(compiledValue('conversations', 'state', '~', 'op')).toBe('op');
  });

  it('take null with = and !=', () => {
    expect(compiledValue('conversations', 'state', '=', null)).toBeNull();
  });
});

describe('integer and float fields', () => {
  it('take integers, and integer strings as numbers', () => {
    expect(compiledValue('conversations', 'admin_assignee_id', '=', 5)).toBe(5);
    expect(compiledValue('conversations', 'admin_assignee_id', '>', '5')).toBe(5);
    expect(compiledValue('contacts', 'owner_id', 'IN', ['1', 2])).toEqual([1, 2]);
  });

  it('refuse fractions, non-numeric strings and booleans on integer fields', () => {
    expectSearchError(() => compileFilter('conversations', 'admin_assignee_id', '=', 5.5), 'invalid_value');
    expectSearchError(() => compileFilter('conversations', 'admin_assignee_id', '=', '5.5'), 'invalid_value');
    expectSearchError(() => compileFilter('conversations', 'admin_assignee_id', '=', 'five'), 'invalid_value');
    expectSearchError(() => compileFilter('conversations', 'admin_assignee_id', '=', true), 'invalid_value');
  });

  it('send floats as decimal strings (the schema has no number branch)', () => {
    const attributeTypes = { score: 'float' } as const;
    expect(compiledValue('tickets', 'ticket_attribute.score', '=', 4.5, attributeTypes)).toBe('4.5');
    expect(compiledValue('tickets', 'ticket_attribute.score', '=', '4.5', attributeTypes)).toBe('4.5');
    expect(compiledValue('tickets', 'ticket_attribute.score', '=', 4, attributeTypes)).toBe(4);
    expectSearchError(
      () => compileFilter('tickets', 'ticket_attribute.score', '=', 'x', attributeTypes),
      'invalid_value',
    );
  });
});

describe('boolean fields', () => {
  it('take booleans only', () => {
    expect(compiledValue('conversations', 'open', '=', false)).toBe(false);
    expectSearchError(() => compileFilter('conversations', 'open', '=', 'true'), 'invalid_value', ['value']);
    expectSearchError(() => compileFilter('conversations', 'read', '!=', 1), 'invalid_value');
  });
});

describe('date fields', () => {
  const jan1 = 1_735_689_600;

  it('take Date, ISO-8601, unix seconds and numeric strings, and send whole seconds', () => {
    expect(compiledValue('conversations', 'created_at', '>', jan1)).toBe(jan1);
    expect(compiledValue('conversations', 'created_at', '>', '2025-01-01')).toBe(jan1);
    expect(compiledValue('conversations', 'created_at', '>', '2025-01-01T01:00:00+01:00')).toBe(jan1);
    expect(compiledValue('conversations', 'created_at', '>', String(jan1))).toBe(jan1);
    expect(compiledValue('conversations', 'created_at', 'IN', ['2025-01-01', jan1 + 1])).toEqual([jan1, jan1 + 1]);
  });

  it('refuse milliseconds with a message that says so', () => {
    const error = expectSearchError(
      () => compileFilter('conversations', 'created_at', '>', jan1 * 1000),
      'date_in_milliseconds',
      ['value'],
    );
    expect(error.message).toContain('looks like milliseconds');
    expectSearchError(
      () => compileFilter('conversations', 'created_at', 'IN', [jan1, jan1 * 1000]),
      'date_in_milliseconds',
      ['value', 1],
    );
    expectSearchError(
      () => compileFilter('conversations', 'created_at', '>', String(jan1 * 1000)),
      'date_in_milliseconds',
    );
  });

  it('accept the last second before the milliseconds threshold', () => {
    expect(compiledValue('conversations', 'created_at', '<', 95_617_584_000)).toBe(95_617_584_000);
    expectSearchError(() => compileFilter('conversations', 'created_at', '<', 95_617_584_001), 'date_in_milliseconds');
  });

  it('refuse text that is not a date, and date-times without a zone', () => {
    const error = expectSearchError(
      () => compileFilter('conversations', 'created_at', '>', 'yesterday'),
      'invalid_date',
      ['value'],
    );
    expect(error.message).toContain('a time needs a zone');
    expectSearchError(() => compileFilter('conversations', 'created_at', '>', '2025-01-01T10:00:00'), 'invalid_date');
  });

  it('refuse fractional seconds, dates before 1970 and booleans', () => {
    expectSearchError(() => compileFilter('conversations', 'created_at', '>', 1.5), 'invalid_value');
    expectSearchError(() => compileFilter('conversations', 'created_at', '>', -1), 'invalid_date');
    expectSearchError(() => compileFilter('conversations', 'created_at', '=', true), 'invalid_value');
  });
});

describe('undeclared attributes of raw queries', () => {
  it('take the type their value has, when the pattern allows it', () => {
    expect(compiledValue('contacts', 'custom_attributes.plan', '~', 'pro')).toBe('pro');
    expect(compiledValue('contacts', 'custom_attributes.trial_ends', '>', 1_735_689_600)).toBe(1_735_689_600);
    expect(compiledValue('tickets', 'ticket_attribute.3', '=', true)).toBe(true);
    expect(compiledValue('tickets', 'ticket_attribute.3', 'IN', [1.5, 2])).toEqual([2, '1.5']);
  });

  it('refuse values no allowed type has and operators the value’s type lacks', () => {
    expectSearchError(() => compileFilter('contacts', 'custom_attributes.vip', '=', true), 'invalid_value');
    expectSearchError(
      () => compileFilter('contacts', 'custom_attributes.trial', '>=', 1_735_689_600),
      'operator_not_allowed',
    );
    expectSearchError(() => compileFilter('contacts', 'custom_attributes.plan', '>=', 'a'), 'operator_not_allowed');
    // Another type of the pattern takes > (integer, date), but a fractional value fits only float.
    expectSearchError(() => compileFilter('tickets', 'ticket_attribute.9', '>', 1.5), 'operator_not_allowed', [
      'operator',
    ]);
  });

  it('read a string as a date when only a date takes the operator', () => {
    expect(compiledValue('contacts', 'custom_attributes.trial', '>', '2025-01-01')).toBe(1_735_689_600);
    expectSearchError(() => compileFilter('contacts', 'custom_attributes.plan', '>', 'a'), 'invalid_date');
  });

  it('apply the milliseconds check when the value makes the attribute a date', () => {
    expectSearchError(
      () => compileFilter('contacts', 'custom_attributes.trial', '>', 1_735_689_600_000),
      'date_in_milliseconds',
    );
  });

  it('refuse lists mixing types', () => {
    expectSearchError(() => compileFilter('tickets', 'ticket_attribute.3', 'IN', ['a', 2]), 'invalid_value', [
      'value',
      1,
    ]);
  });

  it('follow the declared type when one is given', () => {
    expectSearchError(
      () => compileFilter('contacts', 'custom_attributes.plan', '>', 1, { plan: 'string' }),
      'operator_not_allowed',
    );
    expect(compiledValue('contacts', 'custom_attributes.trial', '>', '2025-01-01', { trial: 'date' })).toBe(
      1_735_689_600,
    );
  });
});
