import { ApiError } from '../errors';
import type { TicketTypeAttributeRecord, TicketTypeRecord } from '../store/ticket-types';

function accepts(attribute: TicketTypeAttributeRecord, value: unknown): boolean {
  if (value === null) return true;
  switch (attribute.data_type) {
    case 'string':
      return typeof value === 'string';
    case 'list': {
      const options = (attribute.input_options?.list_options as Array<{ label: string }> | undefined) ?? [];
      return typeof value === 'string' && (options.length === 0 || options.some((o) => o.label === value));
    }
    case 'integer':
      return Number.isInteger(value);
    case 'decimal':
      return typeof value === 'number' && Number.isFinite(value);
    case 'boolean':
      return typeof value === 'boolean';
    case 'datetime':
      return Number.isInteger(value) || (typeof value === 'string' && !Number.isNaN(Date.parse(value)));
    case 'files':
      return Array.isArray(value);
  }
}

/**
 * Checks ticket attributes against the ticket type: every name must be one of its attributes,
 * every value of that attribute's type, and (when creating) required attributes present.
 */
export function checkTicketAttributes(
  type: TicketTypeRecord,
  values: Record<string, unknown>,
  creating: boolean,
): Record<string, unknown> {
  const byName = new Map(type.attributes.filter((a) => !a.archived).map((a) => [a.name, a]));
  for (const [name, value] of Object.entries(values)) {
    const attribute = byName.get(name);
    if (!attribute) {
      throw new ApiError(
        400,
        'parameter_invalid',
        `Ticket type '${type.name}' has no attribute '${name}'; known: ${[...byName.keys()].join(', ')}`,
        name,
      );
    }
    if (!accepts(attribute, value)) {
      const options =
        attribute.data_type === 'list'
          ? ` (one of ${JSON.stringify(attribute.input_options?.list_options ?? [])})`
          : '';
      throw new ApiError(
        400,
        'parameter_invalid',
        `Ticket attribute '${name}' expects ${attribute.data_type}${options}, got ${JSON.stringify(value)}`,
        name,
      );
    }
  }
  if (creating) {
    for (const attribute of byName.values()) {
      if (
        attribute.required_to_create &&
        (values[attribute.name] === undefined || values[attribute.name] === null || values[attribute.name] === '')
      ) {
        throw new ApiError(
          400,
          'parameter_invalid',
          `Ticket attribute '${attribute.name}' is required to create a '${type.name}' ticket`,
          attribute.name,
        );
      }
    }
  }
  return values;
}
