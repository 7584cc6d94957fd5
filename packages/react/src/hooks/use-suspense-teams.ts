import type { Team, TeamList } from '@intercom-kit/core';
import { type UseSuspenseQueryResult, useSuspenseQuery } from '@tanstack/react-query';
import { teamsOptions } from '../options/workspace';
import { useIntercomClient } from '../provider';
import type { SuspenseQueryHookOptions } from './types';

/** `useTeams` for a Suspense boundary. */
export function useSuspenseTeams(
  options: SuspenseQueryHookOptions<TeamList, Team[]> = {},
): UseSuspenseQueryResult<Team[]> {
  const client = useIntercomClient();
  return useSuspenseQuery({ ...teamsOptions(client), ...options });
}
