/** A teammate or a team, as a `<select>` option value `admin:<id>` / `team:<id>`. */
export type Assignee = { readonly kind: 'admin' | 'team'; readonly id: string };

export const assigneeOptionValue = (kind: Assignee['kind'], id: string | number): string => `${kind}:${id}`;

/** The assignee an option value names, or undefined for any other value. */
export function parseAssigneeOption(value: string): Assignee | undefined {
  const [kind, id] = value.split(':');
  return (kind === 'admin' || kind === 'team') && id ? { kind, id } : undefined;
}
