import type { ContactsFindResponse } from '@intercom-kit/core';
import { type UseSuspenseQueryResult, useSuspenseQuery } from '@tanstack/react-query';
import type { IntercomId } from '../keys';
import { contactOptions } from '../options/contacts';
import { useIntercomClient } from '../provider';
import type { SuspenseQueryHookOptions } from './types';

/** `useContact` for a Suspense boundary: `data` is always defined. */
export function useSuspenseContact(
  id: IntercomId,
  options: SuspenseQueryHookOptions<ContactsFindResponse> = {},
): UseSuspenseQueryResult<ContactsFindResponse> {
  const client = useIntercomClient();
  return useSuspenseQuery({ ...contactOptions(client, id), ...options });
}
