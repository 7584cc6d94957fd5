// Query hooks.
export type {
  InfiniteListHookOptions,
  QueryHookOptions,
  SuspenseInfiniteListHookOptions,
  SuspenseQueryHookOptions,
} from './hooks/types';
export { useAdmins } from './hooks/use-admins';
export { useContact } from './hooks/use-contact';
export { useContactNotes } from './hooks/use-contact-notes';
export { useContacts } from './hooks/use-contacts';
export { useConversation } from './hooks/use-conversation';
export { useConversations } from './hooks/use-conversations';
export { useSuspenseAdmins } from './hooks/use-suspense-admins';
export { useSuspenseContact } from './hooks/use-suspense-contact';
export { useSuspenseContacts } from './hooks/use-suspense-contacts';
export { useSuspenseConversation } from './hooks/use-suspense-conversation';
export { useSuspenseConversations } from './hooks/use-suspense-conversations';
export { useSuspenseTags } from './hooks/use-suspense-tags';
export { useSuspenseTeams } from './hooks/use-suspense-teams';
export { useSuspenseTicket } from './hooks/use-suspense-ticket';
export { useSuspenseTickets } from './hooks/use-suspense-tickets';
export { useTags } from './hooks/use-tags';
export { useTeams } from './hooks/use-teams';
export { useTicket } from './hooks/use-ticket';
export { useTickets } from './hooks/use-tickets';
export type {
  IntercomId,
  ListKeyParams,
  SearchableResourceKeys,
  SearchKeyParams,
  WorkspaceListKeys,
} from './keys';
export { intercomKeys } from './keys';
// Mutations: option factories and hooks.
export {
  type CreateContactNoteVariables,
  createContactNoteOptions,
  useCreateContactNote,
} from './mutations/create-contact-note';
export type { MutationHookOptions } from './mutations/hook-options';
export {
  manageConversationOptions,
  type OptimisticWrites,
  useManageConversation,
} from './mutations/manage-conversation';
export { replyToConversationOptions, useReplyToConversation } from './mutations/reply-to-conversation';
export { tagContactOptions, useTagContact } from './mutations/tag-contact';
export { tagConversationOptions, useTagConversation } from './mutations/tag-conversation';
export { untagContactOptions, useUntagContact } from './mutations/untag-contact';
export { untagConversationOptions, useUntagConversation } from './mutations/untag-conversation';
export {
  type UpdateConversationVariables,
  updateConversationOptions,
  useUpdateConversation,
} from './mutations/update-conversation';
export { contactOptions, contactsSearchOptions } from './options/contacts';
export { conversationOptions, conversationsSearchOptions } from './options/conversations';
// Option factories: usable outside React (prefetching, router loaders, server rendering).
export { contactNotesOptions } from './options/notes';
export { ticketOptions, ticketsSearchOptions } from './options/tickets';
export type {
  ContactsData,
  ConversationsData,
  Cursor,
  IntercomInfiniteQueryOptions,
  IntercomQueryOptions,
  PageOptions,
  TicketsData,
} from './options/types';
export { adminsOptions, tagsOptions, teamsOptions } from './options/workspace';
export type { IntercomProviderProps } from './provider';
export { IntercomProvider, useIntercomClient } from './provider';
