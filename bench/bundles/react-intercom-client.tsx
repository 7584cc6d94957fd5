// The same inbox with the official SDK and a hand-written useInfiniteQuery.
import { QueryClient, QueryClientProvider, useInfiniteQuery } from '@tanstack/react-query';
import { IntercomClient } from 'intercom-client';
import { createRoot } from 'react-dom/client';

const client = new IntercomClient({ token: 'unused', baseUrl: 'https://proxy.example.com/intercom' });

function Inbox() {
  const { data, hasNextPage, fetchNextPage } = useInfiniteQuery({
    queryKey: ['conversations', 'open'],
    queryFn: async ({ pageParam, signal }) => {
      const page = await client.conversations.search(
        {
          query: { field: 'state', operator: '=', value: 'open' },
          pagination: { per_page: 50, starting_after: pageParam },
        },
        { abortSignal: signal },
      );
      return page.response;
    },
    initialPageParam: undefined as string | undefined,
    getNextPageParam: (last) => last.pages?.next?.starting_after ?? undefined,
  });
  return (
    <>
      <ul>
        {data?.pages
          .flatMap((page) => page.conversations ?? [])
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
