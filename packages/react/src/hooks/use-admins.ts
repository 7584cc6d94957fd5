import type { Admin, AdminList } from '@intercom-kit/core';
import { type UseQueryResult, useQuery } from '@tanstack/react-query';
import { adminsOptions } from '../options/workspace';
import { useIntercomClient } from '../provider';
import type { QueryHookOptions } from './types';

/** The workspace's admins (`GET /admins`). */
export function useAdmins(
  options: QueryHookOptions<AdminList, NonNullable<Admin>[]> = {},
): UseQueryResult<NonNullable<Admin>[]> {
  const client = useIntercomClient();
  return useQuery({ ...adminsOptions(client), ...options });
}
