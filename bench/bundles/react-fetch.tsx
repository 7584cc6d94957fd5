// The floor: the same inbox with fetch and a hand-written useInfiniteQuery.
import { QueryClient, QueryClientProvider, useInfiniteQuery } from '@tanstack/react-query';
import { createRoot } from 'react-dom/client';

interface ConversationPage {
  conversations: { id: string; title?: string | null }[];
  pages?: { next?: { starting_after?: string } };
}

async function searchOpen(startingAfter: string | undefined, signal: AbortSignal): Promise<ConversationPage> {
  const response = await fetch('https://proxy.example.com/intercom/conversations/search', {
    method: 'POST',
    signal,
    headers: { 'Intercom-Version': '2.14', Accept: 'application/json', 'Content-Type': 'application/json' },
    body: JSON.stringify({
      query: { field: 'state', operator: '=', value: 'open' },
      pagination: { per_page: 50, starting_after: startingAfter },
    }),
  });
  if (!response.ok) throw new Error(`Search failed with ${response.status}`);
  return response.json();
}

function Inbox() {
  const { data, hasNextPage, fetchNextPage } = useInfiniteQuery({
    queryKey: ['conversations', 'open'],
    queryFn: ({ pageParam, signal }) => searchOpen(pageParam, signal),
    initialPageParam: undefined as string | undefined,
    getNextPageParam: (last) => last.pages?.next?.starting_after,
  });
  return (
    <>
      <ul>
        {data?.pages
          .flatMap((page) => page.conversations)
          .map((conversation) => (
            <li key={conversation.id}>{conversation.title}</li>
          ))}
      </ul>
      {hasNextPage && (
        <button type="button" onClick={() => fetchNextPage()}>
          More
        </button>
      )}
    </>
  );
}

createRoot(document.getElementById('root')!).render(
  <QueryClientProvider client={new QueryClient()}>
    <Inbox />
  </QueryClientProvider>,
);
