import type { Team, TeamList } from '@intercom-kit/core';
import { type UseQueryResult, useQuery } from '@tanstack/react-query';
import { teamsOptions } from '../options/workspace';
import { useIntercomClient } from '../provider';
import type { QueryHookOptions } from './types';

/** The workspace's teams (`GET /teams`). */
export function useTeams(options: QueryHookOptions<TeamList, Team[]> = {}): UseQueryResult<Team[]> {
  const client = useIntercomClient();
  return useQuery({ ...teamsOptions(client), ...options });
}
