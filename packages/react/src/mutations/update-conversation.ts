import type { Conversation, IntercomClient, UpdateConversationRequest } from '@intercom-kit/core';
import type { DefaultError, QueryClient, UseMutationOptions, UseMutationResult } from '@tanstack/react-query';
import { type IntercomId, intercomKeys } from '../keys';
import type { MutationHookOptions } from './hook-options';
import { storeConversationAndRefreshLists } from './store';
import { useBoundMutation } from './use-bound-mutation';

/** `conversations.update`'s request, with the conversation id as the API returns it (a string) or a number. */
export type UpdateConversationVariables = Omit<UpdateConversationRequest, 'conversation_id'> & {
  conversation_id: IntercomId;
};

/**
 * Mutation options for `PUT /conversations/{id}`: `read`, `title`, `custom_attributes` (API 2.14
 * has no `priority` member here; a priority kept as a custom attribute goes in `custom_attributes`),
 * `company_id`. The answer goes into the detail cache; conversation searches and lists are refreshed.
 */
export function updateConversationOptions(
  client: IntercomClient,
  queryClient: QueryClient,
): UseMutationOptions<Conversation, DefaultError, UpdateConversationVariables> {
  return {
    mutationKey: [...intercomKeys.conversations.all, 'update'],
    mutationFn: ({ conversation_id, ...changes }) => client.conversations.update({ ...changes, conversation_id }),
    onSuccess: (conversation) => storeConversationAndRefreshLists(queryClient, conversation),
  };
}

/** Updates a conversation: `mutate({ conversation_id, read: true, custom_attributes: { … } })`. */
export function useUpdateConversation(
  options?: MutationHookOptions<Conversation, UpdateConversationVariables>,
): UseMutationResult<Conversation, DefaultError, UpdateConversationVariables> {
  return useBoundMutation(updateConversationOptions, options);
}
