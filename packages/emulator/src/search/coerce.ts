import { ApiError } from '../errors';
import type { FieldType, Scalar } from './types';

/** Turns a query value into the field type's JS value, or explains why it cannot be one. */
export function coerceValue(type: FieldType, value: unknown, field: string): Scalar | null {
  if (value === null) return null;
  switch (type) {
    case 'string':
      if (typeof value === 'string') return value.toLowerCase();
      if (typeof value === 'number' || typeof value === 'boolean') return String(value).toLowerCase();
      break;
    case 'date':
    case 'integer':
    case 'float': {
      const n = typeof value === 'string' && value.trim() !== '' ? Number(value) : value;
      if (typeof n === 'number' && Number.isFinite(n) && (type === 'float' || Number.isInteger(n))) return n;
      break;
    }
    case 'boolean':
      if (typeof value === 'boolean') return value;
      if (value === 'true' || value === 'false') return value === 'true';
      break;
  }
  const expected = type === 'date' ? 'a date as unix seconds (integer or numeric string)' : `a ${type}`;
  throw new ApiError(
    400,
    'parameter_invalid',
    `Invalid value ${JSON.stringify(value)} for field '${field}': expected ${expected}`,
    field,
  );
}

/** A record value brought to the same representation as a coerced query value. */
export function normalizeRecordValue(type: FieldType, value: Scalar): Scalar {
  if (type === 'string') return typeof value === 'string' ? value.toLowerCase() : String(value).toLowerCase();
  if (type === 'boolean') return value;
  return typeof value === 'number' ? value : Number(value);
}
