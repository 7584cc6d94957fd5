import { describe, expect, it } from 'vitest';
import { expectSearchError } from '../test-support/expect-error';
import { contactsCatalog } from './contacts';
import { combineContexts, createContext, withAttributes } from './context';
import { conversationsCatalog } from './conversations';
import { ticketsCatalog } from './tickets';

describe('createContext', () => {
  it('keeps declared attributes frozen', () => {
    const context = createContext(contactsCatalog, { plan: 'string' });
    expect(context.attributes).toEqual({ plan: 'string' });
    expect(Object.isFrozen(context.attributes)).toBe(true);
    expect(context.undeclared).toBe('reject');
  });

  it('refuses types the resource’s attributes cannot have', () => {
    expectSearchError(() => createContext(contactsCatalog, { seats: 'integer' }), 'invalid_attribute_declaration');
    expectSearchError(() => createContext(ticketsCatalog, { x: 'text' }), 'invalid_attribute_declaration');
    expectSearchError(() => createContext(ticketsCatalog, { '': 'string' }), 'invalid_attribute_declaration');
  });

  it('refuses attributes on a resource without an attribute pattern', () => {
    const error = expectSearchError(
      () => createContext(conversationsCatalog, { plan: 'string' }),
      'invalid_attribute_declaration',
    );
    expect(error.message).toContain('only contacts');
  });

  it('refuses a declaration that is not an object', () => {
    for (const declaration of [null, ['plan'], 'plan']) {
      expectSearchError(() => createContext(contactsCatalog, declaration), 'invalid_attribute_declaration');
    }
  });
});

describe('withAttributes', () => {
  it('adds declarations and keeps the earlier ones', () => {
    const context = withAttributes(createContext(ticketsCatalog, { a: 'float' }), { b: 'boolean' });
    expect(context.attributes).toEqual({ a: 'float', b: 'boolean' });
  });

  it('refuses to redeclare a name with another type', () => {
    const context = createContext(contactsCatalog, { plan: 'string' });
    expect(withAttributes(context, { plan: 'string' }).attributes).toEqual({ plan: 'string' });
    expectSearchError(() => withAttributes(context, { plan: 'date' }), 'attribute_type_conflict');
  });
});

describe('combineContexts', () => {
  it('refuses two resources', () => {
    expectSearchError(
      () => combineContexts(createContext(contactsCatalog), createContext(ticketsCatalog)),
      'resource_mismatch',
    );
  });

  it('unites declarations, and allows undeclared attributes if either side does', () => {
    const strict = createContext(contactsCatalog, { plan: 'string' });
    const lenient = createContext(contactsCatalog, { trial: 'date' }, 'allow');
    const combined = combineContexts(strict, lenient);
    expect(combined.attributes).toEqual({ plan: 'string', trial: 'date' });
    expect(combined.undeclared).toBe('allow');
    expect(combineContexts(strict, strict)).toBe(strict);
  });
});
