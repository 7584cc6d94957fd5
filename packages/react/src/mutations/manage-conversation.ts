import type { Conversation, IntercomClient, ManageConversationPartsRequest } from '@intercom-kit/core';
import type { DefaultError, QueryClient, UseMutationOptions, UseMutationResult } from '@tanstack/react-query';
import { applyManage } from '../internal/conversation-patches';
import {
  type CacheWrite,
  cancelQueriesHolding,
  conversationCache,
  invalidateLists,
  undoWrites,
  updateEntity,
} from '../internal/entity-cache';
import { intercomKeys } from '../keys';
import type { MutationHookOptions } from './hook-options';
import { storeConversation } from './store';
import { useBoundMutation } from './use-bound-mutation';

/** What an optimistic update wrote into the cache (each query's data before and after), for its rollback. */
export type OptimisticWrites = readonly CacheWrite[];

/**
 * Mutation options for closing, opening, snoozing or assigning a conversation
 * (`POST /conversations/{id}/parts`). Optimistic: the conversation changes at once in its detail and
 * in every cached search and list page, is put back if the request fails, and is replaced by the
 * API's answer when it succeeds; conversation searches and lists are refreshed either way.
 */
export function manageConversationOptions(
  client: IntercomClient,
  queryClient: QueryClient,
): UseMutationOptions<Conversation, DefaultError, ManageConversationPartsRequest, OptimisticWrites> {
  return {
    mutationKey: [...intercomKeys.conversations.all, 'manage'],
    mutationFn: (request) => client.conversations.manage(request),
    onMutate: async ({ conversation_id, body }) => {
      const id = String(conversation_id);
      await cancelQueriesHolding(queryClient, conversationCache, id);
      return updateEntity(queryClient, conversationCache, id, applyManage(body));
    },
    onError: (_error, _request, writes) => {
      if (writes) undoWrites(queryClient, writes);
    },
    onSuccess: (conversation) => storeConversation(queryClient, conversation),
    onSettled: () => invalidateLists(queryClient, conversationCache),
  };
}

/**
 * Closes, opens, snoozes or assigns a conversation, optimistically:
 * `mutate({ conversation_id, body: { message_type: 'close', type: 'admin', admin_id } })`.
 */
export function useManageConversation(
  options?: MutationHookOptions<Conversation, ManageConversationPartsRequest>,
): UseMutationResult<Conversation, DefaultError, ManageConversationPartsRequest, OptimisticWrites> {
  return useBoundMutation(manageConversationOptions, options);
}
