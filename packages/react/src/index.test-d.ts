import type {
  Admin,
  Contact,
  ContactsFindResponse,
  Conversation,
  ConversationList,
  ConversationListItem,
  IntercomClient,
  Note,
  Tag,
  Team,
  Ticket,
} from '@intercom-kit/core';
import { conversations } from '@intercom-kit/search-dsl';
import type { InfiniteData, QueryClient } from '@tanstack/react-query';
import { describe, expectTypeOf, it } from 'vitest';
import {
  type ConversationsData,
  conversationOptions,
  conversationsSearchOptions,
  intercomKeys,
  useAdmins,
  useContact,
  useContactNotes,
  useContacts,
  useConversation,
  useConversations,
  useCreateContactNote,
  useManageConversation,
  useReplyToConversation,
  useSuspenseConversation,
  useSuspenseConversations,
  useTagConversation,
  useTags,
  useTeams,
  useTicket,
  useTickets,
  useUpdateConversation,
} from './index';

declare const client: IntercomClient;
declare const queryClient: QueryClient;

describe('query hooks', () => {
  it('type data from core models', () => {
    expectTypeOf(useConversations().data).toEqualTypeOf<ConversationsData | undefined>();
    expectTypeOf(useConversations().data?.conversations).toEqualTypeOf<ConversationListItem[] | undefined>();
    expectTypeOf(useConversations().data?.totalCount).toEqualTypeOf<number | undefined>();
    expectTypeOf(useContacts().data?.contacts).toEqualTypeOf<Contact[] | undefined>();
    expectTypeOf(useConversation('1').data).toEqualTypeOf<Conversation | undefined>();
    expectTypeOf(useContact('1').data).toEqualTypeOf<ContactsFindResponse | undefined>();
    expectTypeOf(useTicket(1).data).toEqualTypeOf<Ticket | undefined>();
    expectTypeOf(useTickets({ field: 'open', operator: '=', value: true }).data?.tickets).toEqualTypeOf<
      NonNullable<Ticket>[] | undefined
    >();
    expectTypeOf(useAdmins().data).toEqualTypeOf<NonNullable<Admin>[] | undefined>();
    expectTypeOf(useTeams().data).toEqualTypeOf<Team[] | undefined>();
    expectTypeOf(useTags().data).toEqualTypeOf<Tag[] | undefined>();
    expectTypeOf(useContactNotes('abc').data).toEqualTypeOf<Note[] | undefined>();
  });

  it('have defined data under suspense', () => {
    expectTypeOf(useSuspenseConversation('1').data).toEqualTypeOf<Conversation>();
    expectTypeOf(
      useSuspenseConversations(conversations.field('state').eq('open')).data,
    ).toEqualTypeOf<ConversationsData>();
  });

  it('take expressions, raw queries or nothing, and TanStack options beside paging', () => {
    useConversations(conversations.field('state').eq('open'), { perPage: 50, maxPages: 10, staleTime: 30_000 });
    useConversations({ operator: 'AND', value: [{ field: 'open', operator: '=', value: true }] });
    // @ts-expect-error the request belongs to the option factory
    useConversations(undefined, { queryFn: () => null });
    // @ts-expect-error API 2.14 has no plain ticket list: a query is required
    useTickets();
  });
});

describe('option factories', () => {
  it('tag their keys with the cached data type', () => {
    const options = conversationsSearchOptions(client, undefined, { perPage: 20 });
    expectTypeOf(queryClient.getQueryData(options.queryKey)).toEqualTypeOf<
      InfiniteData<ConversationList> | undefined
    >();
    expectTypeOf(queryClient.getQueryData(conversationOptions(client, '1').queryKey)).toEqualTypeOf<
      Conversation | undefined
    >();
  });

  it('build plain JSON keys', () => {
    expectTypeOf(intercomKeys.conversations.detail(1)).toEqualTypeOf<
      readonly ['intercom', 'conversations', 'detail', string]
    >();
  });
});

describe('mutations', () => {
  it("take core's request shapes", () => {
    const manage = useManageConversation();
    manage.mutate({ conversation_id: '1', body: { message_type: 'close', type: 'admin', admin_id: '2' } });
    manage.mutate({ conversation_id: '1', body: { message_type: 'snoozed', admin_id: '2', snoozed_until: 1 } });
    // @ts-expect-error snoozing needs `snoozed_until`
    manage.mutate({ conversation_id: '1', body: { message_type: 'snoozed', admin_id: '2' } });
    expectTypeOf(manage.data).toEqualTypeOf<Conversation | undefined>();

    useReplyToConversation().mutate({
      conversation_id: '1',
      body: { message_type: 'note', type: 'admin', admin_id: '2', body: 'hi' },
    });
    useUpdateConversation().mutate({ conversation_id: '1', read: true, custom_attributes: { tier: 'gold' } });
    expectTypeOf(useTagConversation().data).toEqualTypeOf<Tag | undefined>();
    useCreateContactNote().mutate({ contact_id: '5f1a…', body: 'Called back' });
  });
});
