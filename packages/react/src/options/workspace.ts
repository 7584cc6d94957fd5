import type { Admin, AdminList, IntercomClient, Tag, TagList, Team, TeamList } from '@intercom-kit/core';
import { type QueryKey, queryOptions } from '@tanstack/react-query';
import { intercomKeys } from '../keys';
import type { IntercomQueryOptions } from './types';

/** Query options for the workspace's admins (`GET /admins`); `data` is the list of admins. */
export function adminsOptions(client: IntercomClient): IntercomQueryOptions<AdminList, NonNullable<Admin>[]> {
  return queryOptions({
    queryKey: intercomKeys.admins.list() as QueryKey,
    queryFn: ({ signal }) => client.admins.list(undefined, { abortSignal: signal }),
    select: selectAdmins,
    retry: false,
  });
}

/** Query options for the workspace's teams (`GET /teams`); `data` is the list of teams. */
export function teamsOptions(client: IntercomClient): IntercomQueryOptions<TeamList, Team[]> {
  return queryOptions({
    queryKey: intercomKeys.teams.list() as QueryKey,
    queryFn: ({ signal }) => client.teams.list({ abortSignal: signal }),
    select: selectTeams,
    retry: false,
  });
}

/** Query options for the workspace's tags (`GET /tags`); `data` is the list of tags. */
export function tagsOptions(client: IntercomClient): IntercomQueryOptions<TagList, Tag[]> {
  return queryOptions({
    queryKey: intercomKeys.tags.list() as QueryKey,
    queryFn: ({ signal }) => client.tags.list({ abortSignal: signal }),
    select: selectTags,
    retry: false,
  });
}

// Module-level selectors: a stable `select` lets TanStack reuse `data` until the response changes.
// The schema lets an admin entry be null; such an entry carries nothing to show.
const selectAdmins = (list: AdminList): NonNullable<Admin>[] =>
  (list.admins ?? []).filter((admin): admin is NonNullable<Admin> => admin !== null);
const selectTeams = (list: TeamList): Team[] => list.teams ?? [];
const selectTags = (list: TagList): Tag[] => list.data ?? [];
