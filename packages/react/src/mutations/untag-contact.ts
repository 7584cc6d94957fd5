import type { IntercomClient, Tag, UntagContactRequest } from '@intercom-kit/core';
import type { DefaultError, QueryClient, UseMutationOptions, UseMutationResult } from '@tanstack/react-query';
import type { MutationHookOptions } from './hook-options';
import { taggedContacts, untagOptions } from './tagging';
import { useBoundMutation } from './use-bound-mutation';

/**
 * Mutation options for removing a tag from a contact (`DELETE /contacts/{id}/tags/{tag_id}`); the
 * cache is updated like `tagContactOptions`' does.
 */
export function untagContactOptions(
  client: IntercomClient,
  queryClient: QueryClient,
): UseMutationOptions<Tag, DefaultError, UntagContactRequest> {
  return untagOptions(queryClient, taggedContacts, (request: UntagContactRequest) => client.tags.untagContact(request));
}

/** Removes a tag from a contact: `mutate({ contact_id, tag_id })`. */
export function useUntagContact(
  options?: MutationHookOptions<Tag, UntagContactRequest>,
): UseMutationResult<Tag, DefaultError, UntagContactRequest> {
  return useBoundMutation(untagContactOptions, options);
}
