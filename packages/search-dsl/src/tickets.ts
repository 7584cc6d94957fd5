import { type AttributeTypeOf, ResourceSearch, type Simplify } from './bound';
import { createContext, withAttributes } from './catalog/context';
import { ticketsCatalog } from './catalog/tickets';
import type { AttributeTypes } from './catalog/types';

type TicketsCatalog = typeof ticketsCatalog;

/** Types a ticket type attribute can be searched as. */
export type TicketAttributeType = AttributeTypeOf<TicketsCatalog>;

export class TicketsSearch<A extends AttributeTypes = Record<never, TicketAttributeType>> extends ResourceSearch<
  TicketsCatalog,
  A
> {
  /**
   * Declares ticket type attributes by id so `ticket_attribute.<id>` is typed and checked:
   * `tickets.withTicketAttributes({ '8127': 'float', '8128': 'boolean' })`.
   */
  withTicketAttributes<const M extends { readonly [id: string]: TicketAttributeType }>(
    types: M,
  ): TicketsSearch<Simplify<A & M>> {
    return new TicketsSearch(withAttributes(this.context, types));
  }
}

/** Builds queries for POST /tickets/search: `tickets.field('category').eq('request')`. */
export const tickets: TicketsSearch = /* @__PURE__ */ new TicketsSearch(/* @__PURE__ */ createContext(ticketsCatalog));
