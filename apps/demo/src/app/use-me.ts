import { useIntercomClient } from '@intercom-kit/react';
import { useQuery } from '@tanstack/react-query';

/**
 * The admin the token belongs to (`GET /me`): replies, notes and state changes are made as them.
 * The react package has no hook for `admins.identify`, so this is a plain query around the client.
 */
export function useMe() {
  const client = useIntercomClient();
  return useQuery({ queryKey: ['demo', 'me'], queryFn: () => client.admins.identify(), staleTime: Infinity });
}
