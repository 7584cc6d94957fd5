import { contactsCatalog } from './contacts';
import { conversationsCatalog } from './conversations';
import { checkResourceName } from './resource-names';
import { ticketsCatalog } from './tickets';
import type { ResourceName, SearchCatalog } from './types';

// The one place that imports all three catalogs: only APIs that take a resource name need it.
const catalogs: { readonly [R in ResourceName]: SearchCatalog } = {
  conversations: conversationsCatalog,
  contacts: contactsCatalog,
  tickets: ticketsCatalog,
};

export const catalogFor = (resource: unknown): SearchCatalog => {
  checkResourceName(resource);
  return catalogs[resource];
};
