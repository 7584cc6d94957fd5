import { type AttributeTypes, compileQuery, formatPath, isSearchQueryError } from '@intercom-kit/search-dsl';
import { ApiError } from '../errors';
import type { Store } from '../store/store';
import type { TicketAttributeType } from '../store/ticket-types';

type Resource = 'conversations' | 'contacts' | 'tickets';
type DeclarableType = 'string' | 'date' | 'integer' | 'float' | 'boolean';

const ticketAttributeTypes: Partial<Record<TicketAttributeType, DeclarableType>> = {
  string: 'string',
  list: 'string',
  integer: 'integer',
  decimal: 'float',
  boolean: 'boolean',
  datetime: 'date',
};

/**
 * The workspace's own attributes as search-dsl declarations: contacts' string and date custom
 * attributes (the only types the description allows there) and every ticket type attribute by id.
 */
function attributeTypes(store: Store, resource: Resource): AttributeTypes {
  const declared: Record<string, DeclarableType> = {};
  if (resource === 'contacts') {
    for (const attribute of store.dataAttributes.values()) {
      if (
        attribute.model === 'contact' &&
        attribute.custom &&
        (attribute.data_type === 'string' || attribute.data_type === 'date')
      ) {
        declared[attribute.name] = attribute.data_type;
      }
    }
  } else if (resource === 'tickets') {
    for (const type of store.ticketTypes.values()) {
      for (const attribute of type.attributes) {
        const mapped = ticketAttributeTypes[attribute.data_type];
        if (mapped) declared[attribute.id] = mapped;
      }
    }
  }
  return declared;
}

/**
 * Validates a raw search query with @intercom-kit/search-dsl: fields of the resource's catalog,
 * operators per field type, value types, and Intercom's limits (2 levels of groups, 15 filters
 * per group). A refusal answers 400 with the search-dsl message and the path to the bad node.
 */
export function validateSearchQuery(store: Store, resource: Resource, query: unknown): void {
  try {
    compileQuery(query as Parameters<typeof compileQuery>[0], {
      resource,
      attributeTypes: attributeTypes(store, resource),
    });
  } catch (error) {
    if (!isSearchQueryError(error)) throw error;
    const field = error.path.length > 0 ? formatPath(error.path) : 'query';
    throw new ApiError(400, 'parameter_invalid', error.message, field);
  }
}
