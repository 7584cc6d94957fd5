import type { Conversation } from '@intercom-kit/core';
import type { QueryClient } from '@tanstack/react-query';
import { conversationCache, invalidateLists } from '../internal/entity-cache';
import { intercomKeys } from '../keys';

/** Puts a conversation the API returned into its detail cache. */
export function storeConversation(queryClient: QueryClient, conversation: Conversation): void {
  if (conversation.id !== undefined)
    queryClient.setQueryData(intercomKeys.conversations.detail(conversation.id), conversation);
}

/** Stores the returned conversation and refreshes every conversation search and list, which it may have left or joined. */
export async function storeConversationAndRefreshLists(
  queryClient: QueryClient,
  conversation: Conversation,
): Promise<void> {
  storeConversation(queryClient, conversation);
  await invalidateLists(queryClient, conversationCache);
}
