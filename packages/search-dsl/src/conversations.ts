import { ResourceSearch } from './bound';
import { createContext } from './catalog/context';
import { conversationsCatalog } from './catalog/conversations';

/** Builds queries for POST /conversations/search: `conversations.field('state').eq('open')`. */
export const conversations: ResourceSearch<typeof conversationsCatalog> = /* @__PURE__ */ new ResourceSearch(
  /* @__PURE__ */ createContext(conversationsCatalog),
);
