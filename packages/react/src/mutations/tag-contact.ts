import type { IntercomClient, Tag, TagContactRequest } from '@intercom-kit/core';
import type { DefaultError, QueryClient, UseMutationOptions, UseMutationResult } from '@tanstack/react-query';
import type { MutationHookOptions } from './hook-options';
import { taggedContacts, tagOptions } from './tagging';
import { useBoundMutation } from './use-bound-mutation';

/**
 * Mutation options for tagging a contact (`POST /contacts/{id}/tags`, `{ id }`). The tag is added to
 * the contact's tag references in its detail and in every cached page; contact searches and lists
 * (which may filter on `tag_id`) are refreshed.
 */
export function tagContactOptions(
  client: IntercomClient,
  queryClient: QueryClient,
): UseMutationOptions<Tag, DefaultError, TagContactRequest> {
  return tagOptions(queryClient, taggedContacts, (request: TagContactRequest) => client.tags.tagContact(request));
}

/** Tags a contact: `mutate({ contact_id, id: tagId })`. */
export function useTagContact(
  options?: MutationHookOptions<Tag, TagContactRequest>,
): UseMutationResult<Tag, DefaultError, TagContactRequest> {
  return useBoundMutation(tagContactOptions, options);
}
