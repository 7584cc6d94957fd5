import type { ConversationListItem, IntercomClient, SearchQueryInput } from '@intercom-kit/core';

/** What the charts need of a conversation. */
export interface ConversationSample {
  readonly id: string;
  readonly createdAt: number;
  readonly state: string | undefined;
  /** Seconds from the first contact message to the first admin reply; absent when nobody replied. */
  readonly timeToAdminReply: number | undefined;
}

export interface CollectProgress {
  readonly loaded: number;
  /** `total_count` of the search; undefined until the first page is in. */
  readonly total: number | undefined;
  readonly pages: number;
}

/** The search's largest page, so that a range takes as few requests as possible. */
export const COLLECT_PAGE_SIZE = 150;

/**
 * Every conversation matching `query`, page after page through core's `Page` iterator (the next
 * page is fetched while the current one is read), reporting progress after each page.
 */
export async function collectConversations(
  client: IntercomClient,
  query: SearchQueryInput,
  { onProgress, signal }: { onProgress?: (progress: CollectProgress) => void; signal?: AbortSignal } = {},
): Promise<ConversationSample[]> {
  const first = await client.conversations.search(
    { query, pagination: { per_page: COLLECT_PAGE_SIZE } },
    signal ? { abortSignal: signal } : undefined,
  );
  const samples = new Map<string, ConversationSample>();
  let pages = 0;
  for await (const page of first.iterPages()) {
    // A conversation created while paging can push one onto the next page: keep each id once.
    for (const item of page.data) {
      if (item.id && !samples.has(item.id)) samples.set(item.id, sample(item));
    }
    pages += 1;
    onProgress?.({ loaded: samples.size, total: page.response.total_count, pages });
  }
  return [...samples.values()];
}

function sample(item: ConversationListItem): ConversationSample {
  return {
    id: item.id ?? '',
    createdAt: item.created_at ?? 0,
    state: item.state,
    timeToAdminReply: item.statistics?.time_to_admin_reply ?? undefined,
  };
}
