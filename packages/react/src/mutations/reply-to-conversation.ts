import type { Conversation, IntercomClient, ReplyToConversationRequest } from '@intercom-kit/core';
import type { DefaultError, QueryClient, UseMutationOptions, UseMutationResult } from '@tanstack/react-query';
import { intercomKeys } from '../keys';
import type { MutationHookOptions } from './hook-options';
import { storeConversationAndRefreshLists } from './store';
import { useBoundMutation } from './use-bound-mutation';

/**
 * Mutation options for a reply (`POST /conversations/{id}/reply`): an admin comment or note
 * (`body: { message_type: 'comment' | 'note', type: 'admin', admin_id, body }`). The answer goes
 * into the conversation's detail cache; conversation searches and lists are refreshed.
 */
export function replyToConversationOptions(
  client: IntercomClient,
  queryClient: QueryClient,
): UseMutationOptions<Conversation, DefaultError, ReplyToConversationRequest> {
  return {
    mutationKey: [...intercomKeys.conversations.all, 'reply'],
    mutationFn: (request) => client.conversations.reply(request),
    onSuccess: (conversation) => storeConversationAndRefreshLists(queryClient, conversation),
  };
}

/** Replies to a conversation: `mutate({ conversation_id, body: { message_type: 'note', type: 'admin', admin_id, body } })`. */
export function useReplyToConversation(
  options?: MutationHookOptions<Conversation, ReplyToConversationRequest>,
): UseMutationResult<Conversation, DefaultError, ReplyToConversationRequest> {
  return useBoundMutation(replyToConversationOptions, options);
}
