import { and, conversations, or } from '@intercom-kit/search-dsl';

// A 2-level, 45-leaf conversations query: an AND of three OR groups of 15 filters each (Intercom's
// largest group). Every filter is on its own field within its group, so normalisation merges none
// of them and the compiled query keeps all 45 leaves.

const day = 86_400;
const since = 1_735_689_600; // 2025-01-01

const c = conversations;

const textFilters = () => [
  c.field('source.body').contains('refund'),
  c.field('source.subject').startsWith('Order'),
  c.field('source.author.email').endsWith('@example.com'),
  c.field('source.author.name').notContains('bot'),
  c.field('source.type').eq('conversation'),
  c.field('source.delivered_as').ne('automated'),
  c.field('source.url').contains('/checkout'),
  c.field('source.author.type').in(['user', 'lead']),
  c.field('channel_initiated').nin(['email', 'twitter']),
  c.field('state').in(['open', 'snoozed']),
  c.field('priority').eq('priority'),
  c.field('tag_ids').eq('42'),
  c.field('contact_ids').ne('5f0c'),
  c.field('conversation_rating.remark').contains('slow'),
  c.field('statistics.last_closed_by_id').eq('991'),
];

const timeFilters = () => [
  c.field('created_at').gt(since),
  c.field('updated_at').lt(since + 30 * day),
  c.field('waiting_since').gt(since + day),
  c.field('snoozed_until').lt(since + 60 * day),
  c.field('statistics.first_contact_reply_at').gt(since),
  c.field('statistics.first_admin_reply_at').lt(since + 10 * day),
  c.field('statistics.first_close_at').gt(since + 2 * day),
  c.field('statistics.last_close_at').lt(since + 90 * day),
  c.field('statistics.last_contact_reply_at').gt(since + 3 * day),
  c.field('statistics.last_admin_reply_at').lt(since + 80 * day),
  c.field('statistics.first_assignment_at').gt(since + 4 * day),
  c.field('statistics.last_assignment_at').lt(since + 70 * day),
  c.field('statistics.last_assignment_admin_reply_at').gt(since + 5 * day),
  c.field('conversation_rating.requested_at').lt(since + 60 * day),
  c.field('conversation_rating.replied_at').gt(since + 6 * day),
];

const countFilters = () => [
  c.field('admin_assignee_id').in([1, 2, 3]),
  c.field('team_assignee_id').ne(7),
  c.field('statistics.time_to_assignment').lt(3600),
  c.field('statistics.time_to_admin_reply').gt(60),
  c.field('statistics.time_to_first_close').lt(86_400),
  c.field('statistics.time_to_last_close').gt(120),
  c.field('statistics.median_time_to_reply').lt(900),
  c.field('statistics.count_reopens').gt(1),
  c.field('statistics.count_assignments').lt(5),
  c.field('statistics.count_conversation_parts').gt(3),
  c.field('conversation_rating.score').in([1, 2]),
  c.field('open').eq(true),
  c.field('read').eq(false),
  c.field('teammate_ids').eq('17'),
  c.field('id').ne('123'),
];

/** Builds the query with the resource builder, as an application would. */
export const buildQuery = () => and(or(...textFilters()), or(...timeFilters()), or(...countFilters()));

export const LEAVES = 45;

/**
 * Counts the filters of compiled query JSON and the depth of its groups, to check that the
 * measured query is the one described.
 *
 * @param {unknown} node
 * @returns {{ leaves: number, depth: number }}
 */
export function shapeOf(node) {
  const { value } = /** @type {{ operator?: unknown, value?: unknown }} */ (node);
  const isGroup = Array.isArray(value) && value.every((member) => typeof member === 'object' && member !== null);
  if (!isGroup) return { leaves: 1, depth: 0 };
  const members = value.map(shapeOf);
  return {
    leaves: members.reduce((sum, member) => sum + member.leaves, 0),
    depth: 1 + Math.max(...members.map((member) => member.depth)),
  };
}
