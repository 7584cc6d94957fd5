import fc from 'fast-check';
import { contactsCatalog } from '../catalog/contacts';
import { conversationsCatalog } from '../catalog/conversations';
import { ticketsCatalog } from '../catalog/tickets';
import { filterOperators, type OperatorMethod, operators } from '../operators';
import { type QuerySpec, querySpec } from './arbitraries';

const knownNames = [
  ...Object.keys(conversationsCatalog.fields),
  ...Object.keys(contactsCatalog.fields),
  ...Object.keys(ticketsCatalog.fields),
  'custom_attributes.plan',
  'custom_attributes.',
  'ticket_attribute.12',
  'constructor',
  '__proto__',
  'AND',
];

/** Field names: real ones of every resource, near misses and junk. */
export const wildFieldName = fc.oneof(fc.constantFrom(...knownNames), fc.string({ maxLength: 12 }));

/** Values of every JavaScript kind, including the ones no query may carry. */
export const wildScalar: fc.Arbitrary<unknown> = fc.oneof(
  fc.string({ maxLength: 12 }),
  fc.constantFrom('open', 'lead', 'request', '2025-01-01', '2025-02-30', '2025-01-01T10:00:00', '1700000000', '4.5'),
  fc.integer(),
  fc.double(),
  fc.constantFrom(1_700_000_000, 1_700_000_000_000, -1, 0.5, Number.MAX_SAFE_INTEGER + 2),
  fc.boolean(),
  fc.constant(null),
  fc.constant(undefined),
  fc.date({ noInvalidDate: false }),
  fc.object({ maxDepth: 1 }),
);

export const wildValue: fc.Arbitrary<unknown> = fc.oneof(
  { weight: 4, arbitrary: wildScalar },
  { weight: 1, arbitrary: fc.array(wildScalar, { maxLength: 4 }) },
);

const methods = Object.keys(operators) as OperatorMethod[];

export const wildSpec: fc.Arbitrary<QuerySpec> = querySpec(
  fc.record({
    kind: fc.constant('filter' as const),
    field: wildFieldName,
    method: fc.constantFrom(...methods),
    value: wildValue,
  }),
);

/** Raw query JSON as a client might send it: mostly well-formed, sometimes not at all. */
export const wildJSON: fc.Arbitrary<unknown> = fc.letrec<{ node: unknown }>((tie) => ({
  node: fc.oneof(
    { depthSize: 'small', maxDepth: 4, withCrossShrink: true },
    fc.record({
      field: wildFieldName,
      operator: fc.oneof(fc.constantFrom(...filterOperators), fc.constantFrom('==', 'AND', 'in')),
      value: wildValue,
    }),
    fc.record({
      operator: fc.oneof(fc.constantFrom('AND', 'OR'), fc.constantFrom('XOR', '=')),
      value: fc.oneof(fc.array(tie('node'), { maxLength: 4 }), wildScalar),
    }),
    fc.record(
      { field: wildFieldName, operator: fc.constantFrom('='), value: wildScalar, extra: wildScalar },
      { requiredKeys: ['operator'] },
    ),
    wildScalar,
  ),
})).node;
