import type { Conversation, ConversationList, IntercomClient, SearchQueryInput } from '@intercom-kit/core';
import { type QueryKey, queryOptions } from '@tanstack/react-query';
import { flattenPages, latestTotal } from '../internal/flatten';
import { type IntercomId, intercomKeys } from '../keys';
import { cursorListOptions } from './cursor-list';
import type { ConversationsData, IntercomInfiniteQueryOptions, IntercomQueryOptions, PageOptions } from './types';

/**
 * Infinite query options over `POST /conversations/search` for `where` (a search-dsl expression or
 * a raw query object), or over `GET /conversations` without one. `data.conversations` holds the
 * conversations of every cached page.
 */
export function conversationsSearchOptions(
  client: IntercomClient,
  where?: SearchQueryInput,
  options: PageOptions = {},
): IntercomInfiniteQueryOptions<ConversationList, ConversationsData> {
  return cursorListOptions(
    {
      resource: 'conversations',
      search: (request, requestOptions) => client.conversations.search(request, requestOptions),
      list: (request, requestOptions) => client.conversations.list(request, requestOptions),
      select: selectConversations,
    },
    where,
    options,
  );
}

function selectConversations({ pages }: { pages: ConversationList[] }): ConversationsData {
  return { conversations: flattenPages(pages, (page) => page.conversations), totalCount: latestTotal(pages), pages };
}

/** Query options for one conversation (`GET /conversations/{id}`, with its parts). */
export function conversationOptions(client: IntercomClient, id: IntercomId): IntercomQueryOptions<Conversation> {
  return queryOptions({
    queryKey: intercomKeys.conversations.detail(id) as QueryKey,
    queryFn: ({ signal }) => client.conversations.find({ conversation_id: id }, { abortSignal: signal }),
    retry: false,
  });
}
