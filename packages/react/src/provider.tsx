import { type IntercomClient, IntercomInputError } from '@intercom-kit/core';
import { createContext, type ReactElement, type ReactNode, useContext } from 'react';

const IntercomClientContext = createContext<IntercomClient | undefined>(undefined);

export interface IntercomProviderProps {
  /** The client every hook below uses. */
  client: IntercomClient;
  children?: ReactNode;
}

/**
 * Makes `client` available to the hooks below it. Caching is TanStack Query's: place it inside
 * (or around) the app's own `QueryClientProvider`.
 */
export function IntercomProvider({ client, children }: IntercomProviderProps): ReactElement {
  if (typeof client !== 'object' || client === null) {
    throw new IntercomInputError(
      `<IntercomProvider client={…}> needs an IntercomClient (new IntercomClient({ … })), got ${client === null ? 'null' : typeof client}.`,
    );
  }
  return <IntercomClientContext.Provider value={client}>{children}</IntercomClientContext.Provider>;
}

/** The client of the nearest `IntercomProvider`. */
export function useIntercomClient(): IntercomClient {
  const client = useContext(IntercomClientContext);
  if (!client) {
    throw new IntercomInputError(
      'useIntercomClient() found no client: render this component inside <IntercomProvider client={client}>.',
    );
  }
  return client;
}
