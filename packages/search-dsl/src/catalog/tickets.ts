import type { SearchCatalog } from './types';

/**
 * What POST /tickets/search accepts (Intercom API 2.14). Only `created_at` also takes `>=`/`<=`.
 * `category` is searched with `request`/`task`/`tracker`, not the display names. Ticket type
 * attributes are searched as `ticket_attribute.<id>` with the attribute's own type. `state` stays a
 * plain string: the search description does not list its values.
 */
export const ticketsCatalog = {
  resource: 'tickets',
  fields: {
    id: 'string',
    created_at: 'date',
    updated_at: 'date',
    title: 'string',
    description: 'string',
    category: 'string',
    ticket_type_id: 'string',
    contact_ids: 'string',
    teammate_ids: 'string',
    admin_assignee_id: 'string',
    team_assignee_id: 'string',
    open: 'boolean',
    state: 'string',
    snoozed_until: 'date',
  },
  operators: {
    string: ['=', '!=', 'IN', 'NIN', '~', '!~', '^', '$'],
    date: ['=', '!=', 'IN', 'NIN', '>', '<'],
    integer: ['=', '!=', 'IN', 'NIN', '>', '<'],
    boolean: ['=', '!=', 'IN', 'NIN'],
    float: ['=', '!=', 'IN', 'NIN'],
  },
  fieldOperators: {
    created_at: ['=', '!=', 'IN', 'NIN', '>', '<', '>=', '<='],
  },
  enums: {
    category: ['request', 'task', 'tracker'],
  },
  attributes: { prefix: 'ticket_attribute.', types: ['string', 'boolean', 'date', 'float', 'integer'] },
  dateGranularity: 'second',
} as const satisfies SearchCatalog;
