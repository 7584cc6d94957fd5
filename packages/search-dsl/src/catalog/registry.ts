import { SearchQueryError } from '../errors';
import { contactsCatalog } from './contacts';
import { conversationsCatalog } from './conversations';
import { ticketsCatalog } from './tickets';
import type { ResourceName, SearchCatalog } from './types';

// The one place that imports all three catalogs: only APIs that take a resource name need it.
const catalogs: { readonly [R in ResourceName]: SearchCatalog } = {
  conversations: conversationsCatalog,
  contacts: contactsCatalog,
  tickets: ticketsCatalog,
};

export const resourceNames: readonly ResourceName[] = ['conversations', 'contacts', 'tickets'];

export const isResourceName = (value: unknown): value is ResourceName =>
  typeof value === 'string' && Object.hasOwn(catalogs, value);

export const catalogFor = (resource: unknown): SearchCatalog => {
  if (isResourceName(resource)) return catalogs[resource];
  throw new SearchQueryError(
    'unknown_resource',
    `Unknown search resource ${JSON.stringify(resource)}; use one of ${resourceNames.join(', ')}.`,
  );
};
