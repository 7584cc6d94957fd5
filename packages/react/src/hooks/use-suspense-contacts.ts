import type { ContactList, SearchQueryInput } from '@intercom-kit/core';
import { type UseSuspenseInfiniteQueryResult, useSuspenseInfiniteQuery } from '@tanstack/react-query';
import { contactsSearchOptions } from '../options/contacts';
import type { ContactsData } from '../options/types';
import { useIntercomClient } from '../provider';
import type { SuspenseInfiniteListHookOptions } from './types';

/** `useContacts` for a Suspense boundary: suspends until the first page is in, then `data` is always defined. */
export function useSuspenseContacts(
  where?: SearchQueryInput,
  { perPage, maxPages, ...options }: SuspenseInfiniteListHookOptions<ContactList, ContactsData> = {},
): UseSuspenseInfiniteQueryResult<ContactsData> {
  const client = useIntercomClient();
  return useSuspenseInfiniteQuery({ ...contactsSearchOptions(client, where, { perPage, maxPages }), ...options });
}
