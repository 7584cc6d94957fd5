import type { IntercomClient, Tag, TagConversationRequest } from '@intercom-kit/core';
import type { DefaultError, QueryClient, UseMutationOptions, UseMutationResult } from '@tanstack/react-query';
import type { MutationHookOptions } from './hook-options';
import { taggedConversations, tagOptions } from './tagging';
import { useBoundMutation } from './use-bound-mutation';

/**
 * Mutation options for tagging a conversation (`POST /conversations/{id}/tags`, `{ id, admin_id }`).
 * The returned tag is added to the conversation's tags in its detail and in every cached page;
 * conversation searches and lists (which may filter on `tag_ids`) are refreshed.
 */
export function tagConversationOptions(
  client: IntercomClient,
  queryClient: QueryClient,
): UseMutationOptions<Tag, DefaultError, TagConversationRequest> {
  return tagOptions(queryClient, taggedConversations, (request: TagConversationRequest) =>
    client.tags.tagConversation(request),
  );
}

/** Tags a conversation: `mutate({ conversation_id, id: tagId, admin_id })`. */
export function useTagConversation(
  options?: MutationHookOptions<Tag, TagConversationRequest>,
): UseMutationResult<Tag, DefaultError, TagConversationRequest> {
  return useBoundMutation(tagConversationOptions, options);
}
