import type {
  Contact,
  ContactList,
  ConversationList,
  ConversationListItem,
  Ticket,
  TicketList,
} from '@intercom-kit/core';
import type {
  DefaultError,
  InfiniteData,
  QueryKey,
  QueryKeyWithDataTag,
  UnusedSkipTokenInfiniteOptions,
  UnusedSkipTokenOptions,
} from '@tanstack/react-query';
import type { Cursor } from '../internal/cursor';

export type { Cursor };

/** Paging of a list or search query. */
export interface PageOptions {
  /** Items per page (`per_page`); the API's default when left out (20 conversations or tickets, 50 contacts). */
  perPage?: number;
  /** Pages kept in the cache; older ones are dropped as new ones arrive, so memory stays bounded. */
  maxPages?: number;
}

/**
 * Options for `useInfiniteQuery` and friends whose pages are the API's JSON responses (serialisable
 * for hydration) and whose `data` is `TData` (the flattened items).
 */
export type IntercomInfiniteQueryOptions<TPage, TData> = UnusedSkipTokenInfiniteOptions<
  TPage,
  DefaultError,
  TData,
  QueryKey,
  Cursor
> &
  QueryKeyWithDataTag<QueryKey, InfiniteData<TPage>, DefaultError>;

/** Options for `useQuery` and friends: the cached value is the API's JSON response, `data` is `TData`. */
export type IntercomQueryOptions<TResponse, TData = TResponse> = UnusedSkipTokenOptions<
  TResponse,
  DefaultError,
  TData,
  QueryKey
> &
  QueryKeyWithDataTag<QueryKey, TResponse, DefaultError>;

/** What an infinite list query's `data` holds: the items of every page, each id once. */
interface ListData<TPage> {
  /** The `total_count` of the latest page. */
  totalCount: number | undefined;
  /** The responses of the pages in the cache, as the API sent them. */
  pages: TPage[];
}

export interface ConversationsData extends ListData<ConversationList> {
  conversations: ConversationListItem[];
}

export interface ContactsData extends ListData<ContactList> {
  contacts: Contact[];
}

export interface TicketsData extends ListData<TicketList> {
  tickets: NonNullable<Ticket>[];
}
