import type { ConversationList, SearchQueryInput } from '@intercom-kit/core';
import { type UseInfiniteQueryResult, useInfiniteQuery } from '@tanstack/react-query';
import { conversationsSearchOptions } from '../options/conversations';
import type { ConversationsData } from '../options/types';
import { useIntercomClient } from '../provider';
import type { InfiniteListHookOptions } from './types';

/**
 * The conversations matching `where` (a search-dsl expression or a raw query object), or all of
 * them without it, page by page: `data.conversations`, `data.totalCount`, `fetchNextPage()`, `hasNextPage`.
 */
export function useConversations(
  where?: SearchQueryInput,
  { perPage, maxPages, ...options }: InfiniteListHookOptions<ConversationList, ConversationsData> = {},
): UseInfiniteQueryResult<ConversationsData> {
  const client = useIntercomClient();
  return useInfiniteQuery({ ...conversationsSearchOptions(client, where, { perPage, maxPages }), ...options });
}
