import { expectTypeOf, it } from 'vitest';
import type {
  Contact,
  Conversation,
  ConversationList,
  IntercomApi,
  IntercomVersion,
  Ticket,
  UpdateArticleRequest,
} from '../index';
import type { IntercomVersion as TransportVersion } from '../transport';

it('exports the API types from the package root', () => {
  expectTypeOf<Conversation>().toHaveProperty('id');
  expectTypeOf<Contact>().toHaveProperty('email');
  expectTypeOf<NonNullable<Ticket>>().toHaveProperty('ticket_attributes');
  expectTypeOf<ConversationList>().toHaveProperty('conversations');
  expectTypeOf<UpdateArticleRequest>().toHaveProperty('article_id');
  expectTypeOf<IntercomApi>().toHaveProperty('helpCenters');
  expectTypeOf<IntercomVersion>().toEqualTypeOf<TransportVersion>();
});

it('exports the same types under the Intercom namespace, as intercom-client 7.x does', () => {
  expectTypeOf<import('../index').Intercom.Conversation>().toEqualTypeOf<Conversation>();
  expectTypeOf<import('../index').Intercom.Contact>().toEqualTypeOf<Contact>();
});
