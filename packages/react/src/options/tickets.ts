import type { IntercomClient, SearchQueryInput, Ticket, TicketList } from '@intercom-kit/core';
import { type QueryKey, queryOptions } from '@tanstack/react-query';
import { flattenPages, latestTotal } from '../internal/flatten';
import { type IntercomId, intercomKeys } from '../keys';
import { cursorListOptions } from './cursor-list';
import type { IntercomInfiniteQueryOptions, IntercomQueryOptions, PageOptions, TicketsData } from './types';

/**
 * Infinite query options over `POST /tickets/search`. API 2.14 has no plain ticket list, so a
 * query is required (every ticket: `{ field: 'created_at', operator: '>', value: 0 }`).
 * `data.tickets` holds the tickets of every cached page.
 */
export function ticketsSearchOptions(
  client: IntercomClient,
  where: SearchQueryInput,
  options: PageOptions = {},
): IntercomInfiniteQueryOptions<TicketList, TicketsData> {
  return cursorListOptions(
    {
      resource: 'tickets',
      search: (request, requestOptions) => client.tickets.search(request, requestOptions),
      select: selectTickets,
    },
    where,
    options,
  );
}

function selectTickets({ pages }: { pages: TicketList[] }): TicketsData {
  return { tickets: flattenPages(pages, (page) => page.tickets), totalCount: latestTotal(pages), pages };
}

/** Query options for one ticket (`GET /tickets/{id}`). */
export function ticketOptions(client: IntercomClient, id: IntercomId): IntercomQueryOptions<Ticket> {
  return queryOptions({
    queryKey: intercomKeys.tickets.detail(id) as QueryKey,
    queryFn: ({ signal }) => client.tickets.get({ ticket_id: String(id) }, { abortSignal: signal }),
    retry: false,
  });
}
