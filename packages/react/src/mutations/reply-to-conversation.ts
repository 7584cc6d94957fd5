import type { Conversation, IntercomClient, ReplyToConversationRequest } from '@intercom-kit/core';
import {
  type DefaultError,
  type QueryClient,
  type UseMutationOptions,
  type UseMutationResult,
  useMutation,
  useQueryClient,
} from '@tanstack/react-query';
import { intercomKeys } from '../keys';
import { useIntercomClient } from '../provider';
import { type MutationHookOptions, withAppOptions } from './hook-options';
import { storeConversationAndRefreshLists } from './store';

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
  const own = replyToConversationOptions(useIntercomClient(), useQueryClient());
  return useMutation(withAppOptions(own, options));
}
