import type { SearchQueryInput } from '@intercom-kit/core';
import { useConversations } from '@intercom-kit/react';
import { useVirtualizer } from '@tanstack/react-virtual';
import { useEffect, useRef } from 'react';
import { useNames } from '../app/use-names';
import { useFaultTarget } from '../dev/fault-target';
import { ErrorState } from '../errors/ErrorState';
import { formatCount } from '../shared/format';
import { ConversationRow } from './ConversationRow';

export const PAGE_SIZE = 25;
const ROW_HEIGHT = 84;
/** Start loading the next page this many rows before the end is on screen. */
const PREFETCH_ROWS = 6;

interface ConversationListProps {
  readonly query: SearchQueryInput | undefined;
  readonly selectedId: string | undefined;
}

/** The inbox list: virtualised, loading page after page as it is scrolled (`useConversations`). */
export function ConversationList({ query, selectedId }: ConversationListProps) {
  const list = useConversations(query, { perPage: PAGE_SIZE });
  useFaultTarget(() => void list.refetch());
  const names = useNames();
  const items = list.data?.conversations ?? [];
  const scrollRef = useRef<HTMLDivElement>(null);
  const virtualizer = useVirtualizer({
    count: items.length + (list.hasNextPage ? 1 : 0),
    getScrollElement: () => scrollRef.current,
    estimateSize: () => ROW_HEIGHT,
    overscan: 6,
  });
  const virtualRows = virtualizer.getVirtualItems();
  const lastIndex = virtualRows.at(-1)?.index ?? -1;
  const { hasNextPage, isFetchingNextPage, isFetchNextPageError, fetchNextPage } = list;

  useEffect(() => {
    if (lastIndex >= items.length - PREFETCH_ROWS && hasNextPage && !isFetchingNextPage && !isFetchNextPageError) {
      void fetchNextPage();
    }
  }, [lastIndex, items.length, hasNextPage, isFetchingNextPage, isFetchNextPageError, fetchNextPage]);

  if (list.isPending) return <ListMessage>Loading conversations…</ListMessage>;
  if (list.isError && !list.data) {
    return <ErrorState error={list.error} onRetry={() => void list.refetch()} retrying={list.isFetching} />;
  }
  const pages = list.data?.pages.length ?? 0;
  return (
    <section className="conversation-list" aria-label="Conversations">
      <header className="list-header">
        <span data-testid="list-total" data-total={list.data?.totalCount ?? ''}>
          <strong>{formatCount(list.data?.totalCount ?? items.length)}</strong> conversations
        </span>
        <span className="muted" data-testid="list-pages" data-pages={pages} data-loaded={items.length}>
          {formatCount(items.length)} loaded · {pages} {pages === 1 ? 'page' : 'pages'}
        </span>
        {list.isFetching && !isFetchingNextPage && <span className="spinner" role="status" aria-label="Refreshing" />}
      </header>
      {list.isRefetchError && (
        <ErrorState compact error={list.error} onRetry={() => void list.refetch()} retrying={list.isFetching} />
      )}
      {items.length === 0 ? (
        <ListMessage>No conversation matches this query.</ListMessage>
      ) : (
        <div ref={scrollRef} className="list-scroll" data-testid="conversation-scroll">
          <div style={{ height: virtualizer.getTotalSize(), position: 'relative' }}>
            {virtualRows.map((row) => {
              const conversation = items[row.index];
              return (
                <div
                  key={row.key}
                  className="virtual-row"
                  data-index={row.index}
                  style={{ transform: `translateY(${row.start}px)`, height: row.size }}
                >
                  {conversation ? (
                    <ConversationRow
                      conversation={conversation}
                      selected={conversation.id === selectedId}
                      assigneeName={names({ type: 'admin', id: conversation.admin_assignee_id?.toString() })}
                    />
                  ) : isFetchNextPageError ? (
                    <ErrorState
                      compact
                      error={list.error}
                      onRetry={() => void fetchNextPage()}
                      retrying={isFetchingNextPage}
                    />
                  ) : (
                    <div className="row-loading" data-testid="loading-more">
                      Loading more…
                    </div>
                  )}
                </div>
              );
            })}
          </div>
        </div>
      )}
    </section>
  );
}

function ListMessage({ children }: { readonly children: React.ReactNode }) {
  return <div className="list-message">{children}</div>;
}
