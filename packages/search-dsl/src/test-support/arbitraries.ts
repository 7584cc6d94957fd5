import fc from 'fast-check';
import { and, field, not, or } from '../builder';
import type { FieldType } from '../catalog/types';
import type { Expression } from '../expression';
import { type OperatorMethod, operators } from '../operators';
import type { TestRecord } from './evaluate';

/** A query as data, turned into an expression through the public builder API. */
export type QuerySpec =
  | { readonly kind: 'filter'; readonly field: string; readonly method: OperatorMethod; readonly value: unknown }
  | { readonly kind: 'and' | 'or'; readonly operands: readonly QuerySpec[] }
  | { readonly kind: 'not'; readonly operand: QuerySpec };

export type FieldFactory = (name: string) => unknown;

export const buildExpression = (spec: QuerySpec, fieldOf: FieldFactory = field): Expression => {
  switch (spec.kind) {
    case 'filter': {
      const reference = fieldOf(spec.field) as Record<OperatorMethod, (value: unknown) => Expression>;
      return reference[spec.method](spec.value);
    }
    case 'and':
      return and(...spec.operands.map((operand) => buildExpression(operand, fieldOf)));
    case 'or':
      return or(...spec.operands.map((operand) => buildExpression(operand, fieldOf)));
    case 'not':
      return not(buildExpression(spec.operand, fieldOf));
  }
};

/** Shuffles every group's operands (and every list) without changing meaning. */
export const shuffledSpec = (spec: QuerySpec, random: () => number): QuerySpec => {
  const shuffle = <T>(items: readonly T[]): T[] => {
    const copy = [...items];
    for (let index = copy.length - 1; index > 0; index--) {
      const other = Math.floor(random() * (index + 1));
      [copy[index], copy[other]] = [copy[other] as T, copy[index] as T];
    }
    return copy;
  };
  switch (spec.kind) {
    case 'filter':
      return Array.isArray(spec.value) ? { ...spec, value: shuffle(spec.value) } : spec;
    case 'not':
      return { kind: 'not', operand: shuffledSpec(spec.operand, random) };
    default:
      return { kind: spec.kind, operands: shuffle(spec.operands.map((operand) => shuffledSpec(operand, random))) };
  }
};

/** A field with a small value domain, so random filters and random records often meet. */
export interface TypedField {
  readonly name: string;
  readonly type: FieldType | 'enum';
  readonly values: fc.Arbitrary<string | number | boolean>;
}

const methodsByType: { readonly [T in TypedField['type']]: readonly OperatorMethod[] } = {
  string: ['eq', 'ne', 'in', 'nin', 'contains', 'notContains', 'startsWith', 'endsWith', 'gt', 'lt'],
  enum: ['eq', 'ne', 'in', 'nin'],
  integer: ['eq', 'ne', 'in', 'nin', 'gt', 'lt', 'gte', 'lte'],
  float: ['eq', 'ne', 'in', 'nin'],
  date: ['eq', 'ne', 'in', 'nin', 'gt', 'lt', 'gte', 'lte'],
  boolean: ['eq', 'ne', 'in', 'nin'],
};

const typedFilter = (fields: readonly TypedField[]): fc.Arbitrary<QuerySpec> =>
  fc.constantFrom(...fields).chain((typed) =>
    fc.constantFrom(...methodsByType[typed.type]).chain((method) => {
      const operator = operators[method];
      const value =
        operator === 'IN' || operator === 'NIN'
          ? fc.array(typed.values, { minLength: 1, maxLength: 4 })
          : operator === '=' || operator === '!='
            ? fc.oneof({ weight: 9, arbitrary: typed.values }, { weight: 1, arbitrary: fc.constant(null) })
            : typed.values;
      return value.map((v): QuerySpec => ({ kind: 'filter', field: typed.name, method, value: v }));
    }),
  );

/** Random trees of filters on the given fields, up to four levels of groups and not(). */
export const querySpec = (filter: fc.Arbitrary<QuerySpec>): fc.Arbitrary<QuerySpec> =>
  fc.letrec<{ node: QuerySpec }>((tie) => ({
    node: fc.oneof(
      { depthSize: 'small', maxDepth: 4, withCrossShrink: true },
      filter,
      fc.record({
        kind: fc.constantFrom('and' as const, 'or' as const),
        operands: fc.array(tie('node'), { minLength: 1, maxLength: 4 }),
      }),
      fc.record({ kind: fc.constant('not' as const), operand: tie('node') }),
    ),
  })).node;

export const typedQuerySpec = (fields: readonly TypedField[]) => querySpec(typedFilter(fields));

export const recordOf = (fields: readonly TypedField[]): fc.Arbitrary<TestRecord> =>
  fc.record(Object.fromEntries(fields.map((typed) => [typed.name, typed.values])));

const text = fc.constantFrom('a', 'b', 'ab', 'ba', "it's");
const seconds = fc.integer({ min: 1_700_000_000, max: 1_700_000_004 });
const small = fc.integer({ min: 0, max: 4 });

/** Unbound fields of each kind of value. */
export const plainFields: readonly TypedField[] = [
  { name: 's', type: 'string', values: text },
  { name: 'n', type: 'integer', values: small },
  { name: 'b', type: 'boolean', values: fc.boolean() },
  { name: 'f', type: 'float', values: fc.constantFrom(0.5, 1, 1.5) },
];

export const conversationFields: readonly TypedField[] = [
  { name: 'created_at', type: 'date', values: seconds },
  { name: 'state', type: 'enum', values: fc.constantFrom('open', 'closed', 'snoozed') },
  { name: 'open', type: 'boolean', values: fc.boolean() },
  { name: 'admin_assignee_id', type: 'integer', values: small },
  { name: 'source.subject', type: 'string', values: text },
  { name: 'tag_ids', type: 'string', values: text },
];

export const contactFields: readonly TypedField[] = [
  { name: 'created_at', type: 'date', values: seconds },
  { name: 'role', type: 'enum', values: fc.constantFrom('user', 'lead') },
  { name: 'owner_id', type: 'integer', values: small },
  { name: 'name', type: 'string', values: text },
  { name: 'tag_id', type: 'string', values: text },
  { name: 'custom_attributes.plan', type: 'string', values: text },
];

export const ticketFields: readonly TypedField[] = [
  { name: 'created_at', type: 'date', values: seconds },
  { name: 'category', type: 'enum', values: fc.constantFrom('request', 'task', 'tracker') },
  { name: 'open', type: 'boolean', values: fc.boolean() },
  { name: 'title', type: 'string', values: text },
  { name: 'ticket_attribute.7', type: 'float', values: fc.constantFrom(0.5, 1, 1.5) },
];
