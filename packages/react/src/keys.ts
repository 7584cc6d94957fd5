import type { SearchQueryInput, SearchResource } from '@intercom-kit/core';
import { searchQueryJson } from './internal/search-query';

/** An id as the API returns it (a string) or as a number; both name the same cache entry. */
export type IntercomId = string | number;

/** The keys of one searchable resource: `all` → `searches` / `lists` / `details`. */
export interface SearchableResourceKeys<R extends SearchResource> {
  readonly all: readonly ['intercom', R];
  /** Every search of the resource, whatever its query. */
  searches(): readonly ['intercom', R, 'search'];
  /**
   * One search. An expression is keyed by its canonical JSON (operand order does not matter); a
   * raw query object as written (object keys are sorted when hashed, array order counts).
   */
  search(where: SearchQueryInput, perPage?: number): readonly ['intercom', R, 'search', SearchKeyParams];
  /** Every plain (unfiltered) list of the resource. */
  lists(): readonly ['intercom', R, 'list'];
  list(perPage?: number): readonly ['intercom', R, 'list', ListKeyParams];
  details(): readonly ['intercom', R, 'detail'];
  detail(id: IntercomId): readonly ['intercom', R, 'detail', string];
}

export interface ListKeyParams {
  readonly perPage?: number;
}

export interface SearchKeyParams extends ListKeyParams {
  /** The JSON the search sends. */
  readonly query: unknown;
}

/** The key of a list that is not paginated (admins, teams, tags). */
export interface WorkspaceListKeys<R extends string> {
  readonly all: readonly ['intercom', R];
  list(): readonly ['intercom', R, 'list'];
}

function searchableKeys<R extends SearchResource>(resource: R): SearchableResourceKeys<R> {
  const all = ['intercom', resource] as const;
  return {
    all,
    searches: () => [...all, 'search'],
    search: (where, perPage) => [...all, 'search', { query: searchQueryJson(where, resource), perPage }],
    lists: () => [...all, 'list'],
    list: (perPage) => [...all, 'list', { perPage }],
    details: () => [...all, 'detail'],
    detail: (id) => [...all, 'detail', String(id)],
  };
}

function workspaceKeys<R extends string>(resource: R): WorkspaceListKeys<R> {
  const all = ['intercom', resource] as const;
  return { all, list: () => [...all, 'list'] };
}

/**
 * Hierarchical query keys, so an app can invalidate exactly what changed:
 * `intercomKeys.all` → `intercomKeys.conversations.all` → `.searches()` / `.lists()` / `.details()`
 * → `.search(where, perPage)` / `.list(perPage)` / `.detail(id)`. Every key is plain JSON.
 */
export const intercomKeys: {
  readonly all: readonly ['intercom'];
  readonly conversations: SearchableResourceKeys<'conversations'>;
  readonly contacts: SearchableResourceKeys<'contacts'> & {
    /** The notes of one contact. */
    notes(contactId: IntercomId): readonly ['intercom', 'contacts', 'notes', string];
  };
  readonly tickets: SearchableResourceKeys<'tickets'>;
  readonly admins: WorkspaceListKeys<'admins'>;
  readonly teams: WorkspaceListKeys<'teams'>;
  readonly tags: WorkspaceListKeys<'tags'>;
} = {
  all: ['intercom'],
  conversations: searchableKeys('conversations'),
  contacts: {
    ...searchableKeys('contacts'),
    notes: (contactId) => ['intercom', 'contacts', 'notes', String(contactId)],
  },
  tickets: searchableKeys('tickets'),
  admins: workspaceKeys('admins'),
  teams: workspaceKeys('teams'),
  tags: workspaceKeys('tags'),
};
