// The typed surface matches intercom-client 7.x: method names, one request object with path, query and
// body fields by their API names (or `body` where 7.x wraps it), request options last, Page for lists.
import { describe, expectTypeOf, it } from 'vitest';
import type { IntercomClient } from '../client';
import type { PagePromise } from '../pagination';
import type { SearchQueryInput } from '../search-query';
import type { HttpResponsePromise, RequestOptions } from '../transport';
import type { OperationTypes } from './api.gen';
import type {
  Admin,
  AdminWithApp,
  Collection,
  CollectionList,
  Contact,
  ContactList,
  Conversation,
  ConversationList,
  ConversationListItem,
  CreateContactRequest,
  OperationId,
  OperationItem,
  OperationRequest,
  OperationResponse,
  Ticket,
  TicketTypeAttribute,
} from './index';

declare const client: IntercomClient;

describe('IntercomApi', () => {
  it('takes one request object with path parameters by their API names', () => {
    expectTypeOf(client.contacts.find).parameter(0).toEqualTypeOf<{ contact_id: string }>();
    expectTypeOf(client.admins.find({ admin_id: 1 })).toEqualTypeOf<HttpResponsePromise<Admin>>();
    expectTypeOf(client.contacts.find).parameter(1).toEqualTypeOf<RequestOptions | undefined>();
    // @ts-expect-error contact_id is required
    client.contacts.find({});
  });

  it('flattens object bodies next to the path parameters', () => {
    client.admins.away({ admin_id: 1, away_mode_enabled: true, away_mode_reassign: false });
    // @ts-expect-error away_mode_reassign is required by the description
    client.admins.away({ admin_id: 1, away_mode_enabled: true });
    client.ticketTypes.attributes.update({ ticket_type_id: '1', attribute_id: '2', description: 'New' });
    expectTypeOf(client.ticketTypes.attributes.update).returns.toEqualTypeOf<
      HttpResponsePromise<TicketTypeAttribute>
    >();
  });

  it('passes union bodies as request.body where intercom-client does', () => {
    client.conversations.reply({
      conversation_id: '123',
      body: { message_type: 'comment', type: 'user', body: 'Thanks', intercom_user_id: '6762f1571bb69f9f2193bbbb' },
    });
    client.conversations.manage({
      conversation_id: '123',
      body: { message_type: 'close', type: 'admin', admin_id: '12345' },
    });
    // @ts-expect-error the reply goes in `body`, not next to conversation_id
    client.conversations.reply({ conversation_id: '123', message_type: 'comment', type: 'user', body: 'Hi' });
  });

  it('takes a union body as the whole request when there are no parameters (contacts.create)', () => {
    client.contacts.create({ email: 'jane@example.com' });
    client.contacts.create({ external_id: 'u-1', name: 'Jane' });
    client.contacts.create({ role: 'lead' });
    // @ts-expect-error one of email, external_id or role is required
    client.contacts.create({ name: 'Jane' });
    expectTypeOf<CreateContactRequest>().toMatchTypeOf<{ email?: string; external_id?: string; role?: string }>();
  });

  it('types searches with a query (raw JSON or a search-dsl expression) and returns pages', () => {
    const page = client.conversations.search({
      query: { operator: 'AND', value: [{ field: 'created_at', operator: '>', value: '1306054154' }] },
      pagination: { per_page: 5 },
    });
    expectTypeOf(page).toEqualTypeOf<PagePromise<ConversationListItem, ConversationList>>();
    expectTypeOf(client.contacts.search).parameter(0).toHaveProperty('query').toEqualTypeOf<SearchQueryInput>();
    expectTypeOf(client.contacts.search).returns.toEqualTypeOf<PagePromise<Contact, ContactList>>();
    // @ts-expect-error the query is required
    client.tickets.search({ pagination: { per_page: 5 } });
  });

  it('nests sub-resources and omits the request argument where an operation takes none', () => {
    expectTypeOf(client.helpCenters.collections.list).returns.toEqualTypeOf<PagePromise<Collection, CollectionList>>();
    expectTypeOf(client.admins.identify).parameters.toEqualTypeOf<[requestOptions?: RequestOptions]>();
    expectTypeOf(client.admins.identify()).toEqualTypeOf<HttpResponsePromise<AdminWithApp>>();
    client.news.items.create({ title: 'Halloween is here!', sender_id: 991267834 });
    client.tickets.get({ ticket_id: '1' }).then((ticket) => expectTypeOf(ticket).toEqualTypeOf<Ticket>());
    client.conversations.find({ conversation_id: 1, display_as: 'plaintext' }).then((c) => {
      expectTypeOf(c).toEqualTypeOf<Conversation>();
    });
  });

  it('maps operation ids to request and response types', () => {
    expectTypeOf<keyof OperationTypes>().toEqualTypeOf<OperationId>();
    expectTypeOf<OperationRequest<'contacts.find'>>().toEqualTypeOf<{ contact_id: string }>();
    expectTypeOf<OperationRequest<'admins.list'>>().toMatchTypeOf<{ display_avatar?: boolean } | undefined>();
    expectTypeOf<OperationRequest<'teams.list'>>().toEqualTypeOf<undefined>();
    expectTypeOf<OperationResponse<'conversations.list'>>().toEqualTypeOf<ConversationList>();
    expectTypeOf<OperationItem<'conversations.list'>>().toEqualTypeOf<ConversationListItem>();
  });
});
