import type { IntercomClient, Tag, UntagConversationRequest } from '@intercom-kit/core';
import {
  type DefaultError,
  type QueryClient,
  type UseMutationOptions,
  type UseMutationResult,
  useMutation,
  useQueryClient,
} from '@tanstack/react-query';
import { withoutTag } from '../internal/conversation-patches';
import { conversationCache, invalidateLists, updateEntity } from '../internal/entity-cache';
import { intercomKeys } from '../keys';
import { useIntercomClient } from '../provider';
import { type MutationHookOptions, withAppOptions } from './hook-options';

/** Mutation options for removing a tag from a conversation (`DELETE /conversations/{id}/tags/{tag_id}`). */
export function untagConversationOptions(
  client: IntercomClient,
  queryClient: QueryClient,
): UseMutationOptions<Tag, DefaultError, UntagConversationRequest> {
  return {
    mutationKey: [...intercomKeys.conversations.all, 'untag'],
    mutationFn: (request) => client.tags.untagConversation(request),
    onSuccess: async (_tag, { conversation_id, tag_id }) => {
      updateEntity(queryClient, conversationCache, String(conversation_id), withoutTag(tag_id));
      await invalidateLists(queryClient, conversationCache);
    },
  };
}

/** Removes a tag from a conversation: `mutate({ conversation_id, tag_id, admin_id })`. */
export function useUntagConversation(
  options?: MutationHookOptions<Tag, UntagConversationRequest>,
): UseMutationResult<Tag, DefaultError, UntagConversationRequest> {
  return useMutation(withAppOptions(untagConversationOptions(useIntercomClient(), useQueryClient()), options));
}
