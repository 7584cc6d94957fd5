import type { Ticket } from '@intercom-kit/core';
import { type UseQueryResult, useQuery } from '@tanstack/react-query';
import type { IntercomId } from '../keys';
import { ticketOptions } from '../options/tickets';
import { useIntercomClient } from '../provider';
import type { QueryHookOptions } from './types';

/** One ticket (`GET /tickets/{id}`). */
export function useTicket(id: IntercomId, options: QueryHookOptions<Ticket> = {}): UseQueryResult<Ticket> {
  const client = useIntercomClient();
  return useQuery({ ...ticketOptions(client, id), ...options });
}
