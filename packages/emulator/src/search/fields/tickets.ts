import type { Store } from '../../store/store';
import { isOpen } from '../../store/ticket-actions';
import type {
  TicketAttributeType,
  TicketCategory,
  TicketRecord,
  TicketTypeAttributeRecord,
} from '../../store/ticket-types';
import type { FieldResolver, FieldSpec, FieldType, FieldValue } from '../types';

type Spec = FieldSpec<TicketRecord>;

/** Tickets are searched by category with these terms instead of their display names. */
export const categorySearchTerms: Record<TicketCategory, string> = {
  Customer: 'request',
  'Back-office': 'task',
  Tracker: 'tracker',
};

const attributeTypes: Record<TicketAttributeType, FieldType> = {
  string: 'string',
  list: 'string',
  files: 'string',
  integer: 'integer',
  decimal: 'float',
  boolean: 'boolean',
  datetime: 'date',
};

/**
 * Ticket search fields. `title`/`description` read the default title/description attributes,
 * `state` the ticket state's category, `teammate_ids` the admins who wrote parts or are assigned,
 * `ticket_attribute.{id}` the ticket type attribute with that id.
 */
export function ticketFields(store: Store): FieldResolver<TicketRecord> {
  const field = (type: FieldType, get: (t: TicketRecord) => FieldValue): Spec => ({ type, get });
  const specs: Record<string, Spec> = {
    id: field('string', (t) => t.id),
    created_at: field('date', (t) => t.created_at),
    updated_at: field('date', (t) => t.updated_at),
    title: field('string', (t) => t.ticket_attributes._default_title_ as FieldValue),
    description: field('string', (t) => t.ticket_attributes._default_description_ as FieldValue),
    category: field('string', (t) => {
      const category = store.ticketTypes.get(t.ticket_type_id)?.category;
      return category ? categorySearchTerms[category] : null;
    }),
    ticket_type_id: field('string', (t) => t.ticket_type_id),
    contact_ids: field('string', (t) => t.contact_ids),
    teammate_ids: field('string', (t) => teammates(t)),
    admin_assignee_id: field('string', (t) => t.admin_assignee_id),
    team_assignee_id: field('string', (t) => t.team_assignee_id),
    open: field('boolean', (t) => isOpen(store, t)),
    state: field('string', (t) => store.ticketStates.get(t.ticket_state_id)?.category),
    snoozed_until: field('date', (t) => t.snoozed_until),
  };
  return {
    resource: 'tickets',
    resolve(name) {
      if (Object.hasOwn(specs, name)) return specs[name];
      if (!name.startsWith('ticket_attribute.')) return undefined;
      const attribute = findAttribute(store, name.slice('ticket_attribute.'.length));
      if (!attribute) return undefined;
      return field(attributeTypes[attribute.data_type], (t) => t.ticket_attributes[attribute.name] as FieldValue);
    },
  };
}

function findAttribute(store: Store, id: string): TicketTypeAttributeRecord | undefined {
  for (const type of store.ticketTypes.values()) {
    const found = type.attributes.find((a) => a.id === id);
    if (found) return found;
  }
  return undefined;
}

function teammates(ticket: TicketRecord): string[] {
  const ids = new Set<string>();
  if (ticket.admin_assignee_id !== '0') ids.add(ticket.admin_assignee_id);
  for (const part of ticket.parts) if (part.author.type === 'admin') ids.add(part.author.id);
  return [...ids];
}
