// An inbox that lists open conversations page by page with useConversations.
import { IntercomClient } from '@intercom-kit/core';
import { IntercomProvider, useConversations } from '@intercom-kit/react';
import { conversations } from '@intercom-kit/search-dsl';
import { QueryClient, QueryClientProvider } from '@tanstack/react-query';
import { createRoot } from 'react-dom/client';

const open = conversations.field('state').eq('open');

function Inbox() {
  const { data, hasNextPage, fetchNextPage } = useConversations(open, { perPage: 50 });
  return (
    <>
      <ul>
        {data?.conversations.map((conversation) => (
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

const client = new IntercomClient({ baseUrl: 'https://proxy.example.com/intercom' });
createRoot(document.getElementById('root')!).render(
  <QueryClientProvider client={new QueryClient()}>
    <IntercomProvider client={client}>
      <Inbox />
    </IntercomProvider>
  </QueryClientProvider>,
);
