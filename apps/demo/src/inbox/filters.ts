import { and, conversations, type Expression, or } from '@intercom-kit/search-dsl';
import { type Assignee, assigneeOptionValue, parseAssigneeOption } from '../shared/assignee';
import { createdWithinDays } from '../shared/created-days';
import { dayToUnix } from '../shared/dates';

export type ConversationState = 'open' | 'closed' | 'snoozed';

export type AssigneeFilter = { readonly kind: 'anyone' } | { readonly kind: 'unassigned' } | Assignee;

/** What the inbox's filter panel holds. Empty values mean "any". */
export interface InboxFilters {
  readonly states: readonly ConversationState[];
  readonly assignee: AssigneeFilter;
  readonly priority: 'any' | 'priority' | 'not_priority';
  /** Conversations carrying any of these tags. */
  readonly tagIds: readonly string[];
  /** UTC days (`YYYY-MM-DD`), both included; '' for no bound. */
  readonly createdFrom: string;
  readonly createdTo: string;
  /** Text the first message contains. */
  readonly text: string;
  readonly read: 'any' | 'read' | 'unread';
}

export const emptyFilters: InboxFilters = {
  states: [],
  assignee: { kind: 'anyone' },
  priority: 'any',
  tagIds: [],
  createdFrom: '',
  createdTo: '',
  text: '',
  read: 'any',
};

type ConversationQuery = Expression<'conversations'>;

/**
 * The search-dsl expression for the filters (all of them must match), or undefined when nothing is
 * filtered. The expression is not validated here: a panel can ask for more than Intercom accepts
 * (16 tags make 16 filters in one group), which the query bar reports.
 */
export function buildConversationQuery(filters: InboxFilters): ConversationQuery | undefined {
  const parts = [
    stateFilter(filters.states),
    assigneeFilter(filters.assignee),
    filters.priority === 'any' ? undefined : conversations.field('priority').eq(filters.priority),
    tagFilter(filters.tagIds),
    ...createdWithinDays(filters.createdFrom, filters.createdTo),
    filters.text.trim() ? conversations.field('source.body').contains(filters.text.trim()) : undefined,
    filters.read === 'any' ? undefined : conversations.field('read').eq(filters.read === 'read'),
  ].filter((part): part is ConversationQuery => part !== undefined);
  const [first, ...rest] = parts;
  if (!first) return undefined;
  return rest.length === 0 ? first : and(first, ...rest);
}

function stateFilter(states: readonly ConversationState[]): ConversationQuery | undefined {
  const [first, ...rest] = states;
  if (!first) return undefined;
  const state = conversations.field('state');
  return rest.length === 0 ? state.eq(first) : state.in([first, ...rest]);
}

function assigneeFilter(assignee: AssigneeFilter): ConversationQuery | undefined {
  switch (assignee.kind) {
    case 'anyone':
      return undefined;
    case 'unassigned':
      return conversations.field('admin_assignee_id').eq(null);
    case 'admin':
      return conversations.field('admin_assignee_id').eq(Number(assignee.id));
    case 'team':
      return conversations.field('team_assignee_id').eq(Number(assignee.id));
  }
}

// `tag_ids` accepts only = and != (no IN), so "any of these tags" is an OR of single filters.
function tagFilter(tagIds: readonly string[]): ConversationQuery | undefined {
  const [first, ...rest] = tagIds.map((id) => conversations.field('tag_ids').eq(id));
  if (!first) return undefined;
  return rest.length === 0 ? first : or(first, ...rest);
}

/** Problems with the filters as entered, in words; the query is still built and shown. */
export function filterProblems(filters: InboxFilters): string[] {
  const start = dayToUnix(filters.createdFrom);
  const end = dayToUnix(filters.createdTo);
  return start !== undefined && end !== undefined && start > end
    ? [`The date range ends (${filters.createdTo}) before it starts (${filters.createdFrom}): nothing can match.`]
    : [];
}

/** The assignee filter as one `<select>` value: `anyone`, `unassigned`, `admin:<id>` or `team:<id>`. */
export function assigneeValue(assignee: AssigneeFilter): string {
  return assignee.kind === 'admin' || assignee.kind === 'team'
    ? assigneeOptionValue(assignee.kind, assignee.id)
    : assignee.kind;
}

export function parseAssigneeValue(value: string): AssigneeFilter {
  if (value === 'unassigned') return { kind: 'unassigned' };
  return parseAssigneeOption(value) ?? { kind: 'anyone' };
}
