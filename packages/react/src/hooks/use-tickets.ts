import type { SearchQueryInput, TicketList } from '@intercom-kit/core';
import { type UseInfiniteQueryResult, useInfiniteQuery } from '@tanstack/react-query';
import { ticketsSearchOptions } from '../options/tickets';
import type { TicketsData } from '../options/types';
import { useIntercomClient } from '../provider';
import type { InfiniteListHookOptions } from './types';

/** The tickets matching `where` (API 2.14 has no plain ticket list), page by page: `data.tickets`, `data.totalCount`, `fetchNextPage()`, `hasNextPage`. */
export function useTickets(
  where: SearchQueryInput,
  { perPage, maxPages, ...options }: InfiniteListHookOptions<TicketList, TicketsData> = {},
): UseInfiniteQueryResult<TicketsData> {
  const client = useIntercomClient();
  return useInfiniteQuery({ ...ticketsSearchOptions(client, where, { perPage, maxPages }), ...options });
}
