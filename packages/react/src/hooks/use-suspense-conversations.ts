import type { ConversationList, SearchQueryInput } from '@intercom-kit/core';
import { type UseSuspenseInfiniteQueryResult, useSuspenseInfiniteQuery } from '@tanstack/react-query';
import { conversationsSearchOptions } from '../options/conversations';
import type { ConversationsData } from '../options/types';
import { useIntercomClient } from '../provider';
import type { SuspenseInfiniteListHookOptions } from './types';

/** `useConversations` for a Suspense boundary: suspends until the first page is in, then `data` is always defined. */
export function useSuspenseConversations(
  where?: SearchQueryInput,
  { perPage, maxPages, ...options }: SuspenseInfiniteListHookOptions<ConversationList, ConversationsData> = {},
): UseSuspenseInfiniteQueryResult<ConversationsData> {
  const client = useIntercomClient();
  return useSuspenseInfiniteQuery({ ...conversationsSearchOptions(client, where, { perPage, maxPages }), ...options });
}
