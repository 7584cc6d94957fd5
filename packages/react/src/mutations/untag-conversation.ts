import type { IntercomClient, Tag, UntagConversationRequest } from '@intercom-kit/core';
import type { DefaultError, QueryClient, UseMutationOptions, UseMutationResult } from '@tanstack/react-query';
import type { MutationHookOptions } from './hook-options';
import { taggedConversations, untagOptions } from './tagging';
import { useBoundMutation } from './use-bound-mutation';

/** Mutation options for removing a tag from a conversation (`DELETE /conversations/{id}/tags/{tag_id}`). */
export function untagConversationOptions(
  client: IntercomClient,
  queryClient: QueryClient,
): UseMutationOptions<Tag, DefaultError, UntagConversationRequest> {
  return untagOptions(queryClient, taggedConversations, (request: UntagConversationRequest) =>
    client.tags.untagConversation(request),
  );
}

/** Removes a tag from a conversation: `mutate({ conversation_id, tag_id, admin_id })`. */
export function useUntagConversation(
  options?: MutationHookOptions<Tag, UntagConversationRequest>,
): UseMutationResult<Tag, DefaultError, UntagConversationRequest> {
  return useBoundMutation(untagConversationOptions, options);
}
