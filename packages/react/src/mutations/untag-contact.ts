import type { IntercomClient, Tag, UntagContactRequest } from '@intercom-kit/core';
import {
  type DefaultError,
  type QueryClient,
  type UseMutationOptions,
  type UseMutationResult,
  useMutation,
  useQueryClient,
} from '@tanstack/react-query';
import { withoutContactTag } from '../internal/contact-patches';
import { contactCache, invalidateLists, updateEntity } from '../internal/entity-cache';
import { intercomKeys } from '../keys';
import { useIntercomClient } from '../provider';
import { type MutationHookOptions, withAppOptions } from './hook-options';

/**
 * Mutation options for removing a tag from a contact (`DELETE /contacts/{id}/tags/{tag_id}`); the
 * cache is updated like `tagContactOptions`' does.
 */
export function untagContactOptions(
  client: IntercomClient,
  queryClient: QueryClient,
): UseMutationOptions<Tag, DefaultError, UntagContactRequest> {
  return {
    mutationKey: [...intercomKeys.contacts.all, 'untag'],
    mutationFn: (request) => client.tags.untagContact(request),
    onSuccess: async (_tag, { contact_id, tag_id }) => {
      updateEntity(queryClient, contactCache, String(contact_id), withoutContactTag(tag_id));
      await invalidateLists(queryClient, contactCache);
    },
  };
}

/** Removes a tag from a contact: `mutate({ contact_id, tag_id })`. */
export function useUntagContact(
  options?: MutationHookOptions<Tag, UntagContactRequest>,
): UseMutationResult<Tag, DefaultError, UntagContactRequest> {
  return useMutation(withAppOptions(untagContactOptions(useIntercomClient(), useQueryClient()), options));
}
