import type { IntercomClient, Tag, TagConversationRequest } from '@intercom-kit/core';
import {
  type DefaultError,
  type QueryClient,
  type UseMutationOptions,
  type UseMutationResult,
  useMutation,
  useQueryClient,
} from '@tanstack/react-query';
import { withTag } from '../internal/conversation-patches';
import { conversationCache, invalidateLists, updateEntity } from '../internal/entity-cache';
import { intercomKeys } from '../keys';
import { useIntercomClient } from '../provider';
import { type MutationHookOptions, withAppOptions } from './hook-options';

/**
 * Mutation options for tagging a conversation (`POST /conversations/{id}/tags`, `{ id, admin_id }`).
 * The returned tag is added to the conversation's tags in its detail and in every cached page;
 * conversation searches and lists (which may filter on `tag_ids`) are refreshed.
 */
export function tagConversationOptions(
  client: IntercomClient,
  queryClient: QueryClient,
): UseMutationOptions<Tag, DefaultError, TagConversationRequest> {
  return {
    mutationKey: [...intercomKeys.conversations.all, 'tag'],
    mutationFn: (request) => client.tags.tagConversation(request),
    onSuccess: async (tag, { conversation_id }) => {
      updateEntity(queryClient, conversationCache, String(conversation_id), withTag(tag));
      await invalidateLists(queryClient, conversationCache);
    },
  };
}

/** Tags a conversation: `mutate({ conversation_id, id: tagId, admin_id })`. */
export function useTagConversation(
  options?: MutationHookOptions<Tag, TagConversationRequest>,
): UseMutationResult<Tag, DefaultError, TagConversationRequest> {
  return useMutation(withAppOptions(tagConversationOptions(useIntercomClient(), useQueryClient()), options));
}
