import { useAdmins, useTeams } from '@intercom-kit/react';
import { assigneeOptionValue } from './assignee';

/** The teammates and teams of the workspace as two option groups of a `<select>`. */
export function AssigneeOptions() {
  const admins = useAdmins();
  const teams = useTeams();
  return (
    <>
      <optgroup label="Teammates">
        {admins.data?.map((admin) => (
          <option key={admin.id} value={assigneeOptionValue('admin', admin.id ?? '')}>
            {admin.name}
          </option>
        ))}
      </optgroup>
      <optgroup label="Teams">
        {teams.data?.map((team) => (
          <option key={team.id} value={assigneeOptionValue('team', team.id ?? '')}>
            {team.name}
          </option>
        ))}
      </optgroup>
    </>
  );
}
