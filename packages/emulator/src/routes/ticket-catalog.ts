import { get, type RouteDefinition } from '../http/context';
import { ticketStateView, ticketTypeView } from '../views/ticket';

export const ticketCatalogRoutes: RouteDefinition[] = [
  get('/ticket_types', ({ store }) => ({
    type: 'list',
    data: [...store.ticketTypes.values()].map((t) => ticketTypeView(store, t)),
  })),
  get('/ticket_types/{ticket_type_id}', ({ store, params }) =>
    ticketTypeView(store, store.ticketType(params.ticket_type_id as string)),
  ),
  get('/ticket_states', ({ store }) => ({
    type: 'list',
    data: [...store.ticketStates.values()].map((state) => ({
      ...ticketStateView(state),
      archived: state.archived,
      ticket_types: {
        type: 'list',
        data: [...store.ticketTypes.values()].map((t) => ({
          type: 'ticket_type',
          id: t.id,
          category: t.category,
          name: t.name,
          description: t.description,
          icon: t.icon,
          archived: t.archived,
          is_internal: t.is_internal,
        })),
      },
    })),
  })),
];
