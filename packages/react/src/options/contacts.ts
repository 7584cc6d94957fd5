import type { ContactList, ContactsFindResponse, IntercomClient, SearchQueryInput } from '@intercom-kit/core';
import { type QueryKey, queryOptions } from '@tanstack/react-query';
import { flattenPages, latestTotal } from '../internal/flatten';
import { type IntercomId, intercomKeys } from '../keys';
import { cursorListOptions } from './cursor-list';
import type { ContactsData, IntercomInfiniteQueryOptions, IntercomQueryOptions, PageOptions } from './types';

/**
 * Infinite query options over `POST /contacts/search` for `where`, or over `GET /contacts` without
 * one. `data.contacts` holds the contacts of every cached page.
 */
export function contactsSearchOptions(
  client: IntercomClient,
  where?: SearchQueryInput,
  options: PageOptions = {},
): IntercomInfiniteQueryOptions<ContactList, ContactsData> {
  return cursorListOptions(
    {
      resource: 'contacts',
      search: (request, requestOptions) => client.contacts.search(request, requestOptions),
      list: (request, requestOptions) => client.contacts.list(request, requestOptions),
      select: selectContacts,
    },
    where,
    options,
  );
}

function selectContacts({ pages }: { pages: ContactList[] }): ContactsData {
  return { contacts: flattenPages(pages, (page) => page.data), totalCount: latestTotal(pages), pages };
}

/** Query options for one contact (`GET /contacts/{id}`). */
export function contactOptions(client: IntercomClient, id: IntercomId): IntercomQueryOptions<ContactsFindResponse> {
  return queryOptions({
    queryKey: intercomKeys.contacts.detail(id) as QueryKey,
    queryFn: ({ signal }) => client.contacts.find({ contact_id: String(id) }, { abortSignal: signal }),
    retry: false,
  });
}
