import { conversations, type Expression } from '@intercom-kit/search-dsl';
import { DAY_SECONDS, dayToUnix } from './dates';

type ConversationQuery = Expression<'conversations'>;

/**
 * The `created_at` bounds of a range of whole UTC days, both included; a bound is undefined when its
 * day is empty or invalid. Conversations compare dates to the second and have no >= or <=: a
 * whole-day range is "after the second before the first day" and "before the midnight after the last day".
 */
export function createdWithinDays(
  from: string,
  to: string,
): readonly [after: ConversationQuery | undefined, before: ConversationQuery | undefined] {
  const start = dayToUnix(from);
  const end = dayToUnix(to);
  return [
    start === undefined ? undefined : conversations.field('created_at').gt(start - 1),
    end === undefined ? undefined : conversations.field('created_at').lt(end + DAY_SECONDS),
  ];
}
