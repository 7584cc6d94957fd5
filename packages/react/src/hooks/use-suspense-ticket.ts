import type { Ticket } from '@intercom-kit/core';
import { type UseSuspenseQueryResult, useSuspenseQuery } from '@tanstack/react-query';
import type { IntercomId } from '../keys';
import { ticketOptions } from '../options/tickets';
import { useIntercomClient } from '../provider';
import type { SuspenseQueryHookOptions } from './types';

/** `useTicket` for a Suspense boundary: `data` is always defined. */
export function useSuspenseTicket(
  id: IntercomId,
  options: SuspenseQueryHookOptions<Ticket> = {},
): UseSuspenseQueryResult<Ticket> {
  const client = useIntercomClient();
  return useSuspenseQuery({ ...ticketOptions(client, id), ...options });
}
