import type { ContactList, SearchQueryInput } from '@intercom-kit/core';
import { type UseInfiniteQueryResult, useInfiniteQuery } from '@tanstack/react-query';
import { contactsSearchOptions } from '../options/contacts';
import type { ContactsData } from '../options/types';
import { useIntercomClient } from '../provider';
import type { InfiniteListHookOptions } from './types';

/** The contacts matching `where`, or all of them without it, page by page: `data.contacts`, `data.totalCount`, `fetchNextPage()`, `hasNextPage`. */
export function useContacts(
  where?: SearchQueryInput,
  { perPage, maxPages, ...options }: InfiniteListHookOptions<ContactList, ContactsData> = {},
): UseInfiniteQueryResult<ContactsData> {
  const client = useIntercomClient();
  return useInfiniteQuery({ ...contactsSearchOptions(client, where, { perPage, maxPages }), ...options });
}
