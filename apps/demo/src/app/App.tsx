import type { IntercomClient } from '@intercom-kit/core';
import { IntercomProvider } from '@intercom-kit/react';
import { type QueryClient, QueryClientProvider } from '@tanstack/react-query';
import { ContactsScreen } from '../contacts/ContactsScreen';
import { DashboardScreen } from '../dashboard/DashboardScreen';
import { FaultTargetProvider } from '../dev/fault-target';
import { InboxScreen } from '../inbox/InboxScreen';
import { Nav } from './Nav';
import { type Route, useRoute } from './route';

interface AppProps {
  readonly client: IntercomClient;
  readonly queryClient: QueryClient;
}

export function App({ client, queryClient }: AppProps) {
  return (
    <QueryClientProvider client={queryClient}>
      <IntercomProvider client={client}>
        <FaultTargetProvider>
          <Shell />
        </FaultTargetProvider>
      </IntercomProvider>
    </QueryClientProvider>
  );
}

function Shell() {
  const route = useRoute();
  return (
    <div className="app">
      <Nav route={route} />
      <main className="screen">
        <Screen route={route} />
      </main>
    </div>
  );
}

function Screen({ route }: { readonly route: Route }) {
  switch (route.screen) {
    case 'inbox':
      return <InboxScreen conversationId={route.conversationId} />;
    case 'contacts':
      return <ContactsScreen contactId={route.contactId} />;
    case 'dashboard':
      return <DashboardScreen />;
  }
}
