import type { Contact, ConversationListItem, Tag } from '@intercom-kit/core';
import type { DefaultError, QueryClient, UseMutationOptions } from '@tanstack/react-query';
import { withContactTag, withoutContactTag } from '../internal/contact-patches';
import { withoutTag, withTag } from '../internal/conversation-patches';
import {
  contactCache,
  conversationCache,
  type EntityCache,
  invalidateLists,
  updateEntity,
} from '../internal/entity-cache';
import { intercomKeys } from '../keys';

/** A resource that takes tags: where its entities are cached, and how a tag goes into or out of one. */
export interface TaggedResource<TIdKey extends string, TEntity> {
  readonly name: 'contacts' | 'conversations';
  /** The request member that names the entity. */
  readonly idKey: TIdKey;
  readonly cache: EntityCache;
  readonly add: (tag: Tag) => (entity: TEntity) => TEntity;
  readonly remove: (tagId: string) => (entity: TEntity) => TEntity;
}

export const taggedContacts: TaggedResource<'contact_id', Contact> = {
  name: 'contacts',
  idKey: 'contact_id',
  cache: contactCache,
  add: withContactTag,
  remove: withoutContactTag,
};

export const taggedConversations: TaggedResource<'conversation_id', ConversationListItem> = {
  name: 'conversations',
  idKey: 'conversation_id',
  cache: conversationCache,
  add: withTag,
  remove: withoutTag,
};

type Send<TVariables> = (variables: TVariables) => Promise<Tag>;

/** Options for tagging an entity: the tag the API returns is added to the entity wherever it is cached. */
export function tagOptions<K extends string, TEntity, TVariables extends Record<K, string>>(
  queryClient: QueryClient,
  resource: TaggedResource<K, TEntity>,
  send: Send<TVariables>,
): UseMutationOptions<Tag, DefaultError, TVariables> {
  return taggingOptions(queryClient, resource, 'tag', send, (tag) => resource.add(tag));
}

/** Options for untagging an entity: the requested `tag_id` is removed from the entity wherever it is cached. */
export function untagOptions<K extends string, TEntity, TVariables extends Record<K, string> & { tag_id: string }>(
  queryClient: QueryClient,
  resource: TaggedResource<K, TEntity>,
  send: Send<TVariables>,
): UseMutationOptions<Tag, DefaultError, TVariables> {
  return taggingOptions(queryClient, resource, 'untag', send, (_tag, { tag_id }) => resource.remove(tag_id));
}

/** After either change, the resource's searches and lists are refreshed: they may filter on tags. */
function taggingOptions<K extends string, TEntity, TVariables extends Record<K, string>>(
  queryClient: QueryClient,
  resource: TaggedResource<K, TEntity>,
  direction: 'tag' | 'untag',
  send: Send<TVariables>,
  change: (tag: Tag, variables: TVariables) => (entity: TEntity) => TEntity,
): UseMutationOptions<Tag, DefaultError, TVariables> {
  return {
    mutationKey: [...intercomKeys[resource.name].all, direction],
    mutationFn: send,
    onSuccess: async (tag, variables) => {
      updateEntity(queryClient, resource.cache, String(variables[resource.idKey]), change(tag, variables));
      await invalidateLists(queryClient, resource.cache);
    },
  };
}
