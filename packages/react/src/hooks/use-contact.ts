import type { ContactsFindResponse } from '@intercom-kit/core';
import { type UseQueryResult, useQuery } from '@tanstack/react-query';
import type { IntercomId } from '../keys';
import { contactOptions } from '../options/contacts';
import { useIntercomClient } from '../provider';
import type { QueryHookOptions } from './types';

/** One contact (`GET /contacts/{id}`). */
export function useContact(
  id: IntercomId,
  options: QueryHookOptions<ContactsFindResponse> = {},
): UseQueryResult<ContactsFindResponse> {
  const client = useIntercomClient();
  return useQuery({ ...contactOptions(client, id), ...options });
}
