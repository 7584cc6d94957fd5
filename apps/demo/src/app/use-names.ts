import { useAdmins, useTeams } from '@intercom-kit/react';
import { useMemo } from 'react';
import type { NameLookup } from '../conversation/timeline';
import { assigneeOptionValue } from '../shared/assignee';

/** Admin and team names by id (both lists are cached workspace-wide by the react package). */
export function useNames(): NameLookup {
  const admins = useAdmins();
  const teams = useTeams();
  return useMemo(() => {
    const byKey = new Map<string, string>();
    for (const admin of admins.data ?? [])
      byKey.set(assigneeOptionValue('admin', admin.id ?? ''), admin.name ?? `Admin ${admin.id}`);
    for (const team of teams.data ?? [])
      byKey.set(assigneeOptionValue('team', team.id ?? ''), team.name ?? `Team ${team.id}`);
    return (reference) => {
      if (!reference?.id) return undefined;
      return byKey.get(assigneeOptionValue(reference.type === 'team' ? 'team' : 'admin', reference.id));
    };
  }, [admins.data, teams.data]);
}
