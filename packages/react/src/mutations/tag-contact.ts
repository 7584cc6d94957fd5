import type { IntercomClient, Tag, TagContactRequest } from '@intercom-kit/core';
import {
  type DefaultError,
  type QueryClient,
  type UseMutationOptions,
  type UseMutationResult,
  useMutation,
  useQueryClient,
} from '@tanstack/react-query';
import { withContactTag } from '../internal/contact-patches';
import { contactCache, invalidateLists, updateEntity } from '../internal/entity-cache';
import { intercomKeys } from '../keys';
import { useIntercomClient } from '../provider';
import { type MutationHookOptions, withAppOptions } from './hook-options';

/**
 * Mutation options for tagging a contact (`POST /contacts/{id}/tags`, `{ id }`). The tag is added to
 * the contact's tag references in its detail and in every cached page; contact searches and lists
 * (which may filter on `tag_id`) are refreshed.
 */
export function tagContactOptions(
  client: IntercomClient,
  queryClient: QueryClient,
): UseMutationOptions<Tag, DefaultError, TagContactRequest> {
  return {
    mutationKey: [...intercomKeys.contacts.all, 'tag'],
    mutationFn: (request) => client.tags.tagContact(request),
    onSuccess: async (tag, { contact_id }) => {
      updateEntity(queryClient, contactCache, String(contact_id), withContactTag(tag));
      await invalidateLists(queryClient, contactCache);
    },
  };
}

/** Tags a contact: `mutate({ contact_id, id: tagId })`. */
export function useTagContact(
  options?: MutationHookOptions<Tag, TagContactRequest>,
): UseMutationResult<Tag, DefaultError, TagContactRequest> {
  return useMutation(withAppOptions(tagContactOptions(useIntercomClient(), useQueryClient()), options));
}
