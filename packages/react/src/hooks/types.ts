import type {
  DefaultError,
  QueryKey,
  UseInfiniteQueryOptions,
  UseQueryOptions,
  UseSuspenseInfiniteQueryOptions,
  UseSuspenseQueryOptions,
} from '@tanstack/react-query';
import type { Cursor, PageOptions } from '../options/types';

/** What the option factories decide (the request, paging, `select`); everything else is the app's. */
type Fixed =
  | 'queryKey'
  | 'queryFn'
  | 'initialPageParam'
  | 'getNextPageParam'
  | 'getPreviousPageParam'
  | 'select'
  | 'maxPages';

/** `perPage`, `maxPages` and TanStack's own options (`enabled`, `staleTime`, `refetchInterval`, …). */
export type InfiniteListHookOptions<TPage, TData> = PageOptions &
  Omit<UseInfiniteQueryOptions<TPage, DefaultError, TData, QueryKey, Cursor>, Fixed>;

export type SuspenseInfiniteListHookOptions<TPage, TData> = PageOptions &
  Omit<UseSuspenseInfiniteQueryOptions<TPage, DefaultError, TData, QueryKey, Cursor>, Fixed>;

/** TanStack's `useQuery` options other than the request (`enabled`, `staleTime`, …). */
export type QueryHookOptions<TResponse, TData = TResponse> = Omit<
  UseQueryOptions<TResponse, DefaultError, TData, QueryKey>,
  'queryKey' | 'queryFn' | 'select'
>;

export type SuspenseQueryHookOptions<TResponse, TData = TResponse> = Omit<
  UseSuspenseQueryOptions<TResponse, DefaultError, TData, QueryKey>,
  'queryKey' | 'queryFn' | 'select'
>;
