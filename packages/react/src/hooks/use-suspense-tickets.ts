import type { SearchQueryInput, TicketList } from '@intercom-kit/core';
import { type UseSuspenseInfiniteQueryResult, useSuspenseInfiniteQuery } from '@tanstack/react-query';
import { ticketsSearchOptions } from '../options/tickets';
import type { TicketsData } from '../options/types';
import { useIntercomClient } from '../provider';
import type { SuspenseInfiniteListHookOptions } from './types';

/** `useTickets` for a Suspense boundary: suspends until the first page is in, then `data` is always defined. */
export function useSuspenseTickets(
  where: SearchQueryInput,
  { perPage, maxPages, ...options }: SuspenseInfiniteListHookOptions<TicketList, TicketsData> = {},
): UseSuspenseInfiniteQueryResult<TicketsData> {
  const client = useIntercomClient();
  return useSuspenseInfiniteQuery({ ...ticketsSearchOptions(client, where, { perPage, maxPages }), ...options });
}
