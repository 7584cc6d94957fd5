import type { Admin, AdminList } from '@intercom-kit/core';
import { type UseSuspenseQueryResult, useSuspenseQuery } from '@tanstack/react-query';
import { adminsOptions } from '../options/workspace';
import { useIntercomClient } from '../provider';
import type { SuspenseQueryHookOptions } from './types';

/** `useAdmins` for a Suspense boundary. */
export function useSuspenseAdmins(
  options: SuspenseQueryHookOptions<AdminList, NonNullable<Admin>[]> = {},
): UseSuspenseQueryResult<NonNullable<Admin>[]> {
  const client = useIntercomClient();
  return useSuspenseQuery({ ...adminsOptions(client), ...options });
}
