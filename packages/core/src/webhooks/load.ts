import type { IntercomClient } from '../client';
import type { Admin, Article, Call, Company, Conversation, Jobs, Ticket, Visitor } from '../operations/models.gen';
import type { ContactsFindResponse } from '../operations/responses.gen';
import type { RequestOptions } from '../transport/options';
import { WebhookLoadError } from './errors';
import type { WebhookItems } from './items';
import type { WebhookNotification } from './notification';
import { familyOf, type WebhookFamily, type WebhookFamilyOf, type WebhookTopic } from './topics';

/** The client groups `load()` uses; an `IntercomClient` fits. */
export type WebhookClient = Pick<
  IntercomClient,
  'admins' | 'articles' | 'calls' | 'companies' | 'contacts' | 'conversations' | 'jobs' | 'tickets' | 'visitors'
>;

/** What `load()` resolves to, per family; families without an entry have no `load()`. */
export interface WebhookLoadResults {
  admin: Admin;
  article: Article;
  call: Call;
  company: Company;
  contact: ContactsFindResponse;
  contact_merged: ContactsFindResponse;
  contact_tag: ContactsFindResponse;
  conversation: Conversation;
  conversation_part: Conversation;
  job: Jobs;
  legacy_contact: ContactsFindResponse;
  ticket: Ticket;
  ticket_closed: Ticket;
  user_tag: ContactsFindResponse;
  visitor: Visitor;
}

type LoadableFamily = keyof WebhookLoadResults;
type Loader<F extends LoadableFamily> = (
  client: WebhookClient,
  item: WebhookItems[F],
  options: RequestOptions | undefined,
) => Promise<WebhookLoadResults[F]>;

/** Adds `load()` to a notification whose topic has a model the API can fetch. */
type WithLoad<N> = N extends { topic: infer T extends WebhookTopic }
  ? WebhookFamilyOf<T> extends LoadableFamily
    ? N & {
        /** Fetches the item's full, current model through the client (webhook items can lag behind the API's). */
        load(options?: RequestOptions): Promise<WebhookLoadResults[WebhookFamilyOf<T>]>;
      }
    : N
  : N;

/** A notification as `createWebhookHandler({ client })` passes it: with `load()` where the topic allows. */
export type LoadableWebhookNotification = WithLoad<WebhookNotification>;

// Some paths are typed as integers by the API description, but Intercom's ids are strings and the
// client sends a path value as given.
const asPathId = (id: string) => id as unknown as number;

const loaders: { [F in LoadableFamily]: Loader<F> } = {
  admin: (client, item, options) => client.admins.find({ admin_id: asPathId(item.id) }, options),
  article: (client, item, options) => client.articles.find({ article_id: asPathId(item.id) }, options),
  call: (client, item, options) => client.calls.showCall({ call_id: item.id }, options),
  company: (client, item, options) => client.companies.find({ company_id: item.id }, options),
  contact: (client, item, options) => client.contacts.find({ contact_id: item.id }, options),
  contact_merged: (client, item, options) => client.contacts.find({ contact_id: item.id }, options),
  contact_tag: (client, item, options) => client.contacts.find({ contact_id: item.contact.id }, options),
  conversation: (client, item, options) => client.conversations.find({ conversation_id: asPathId(item.id) }, options),
  conversation_part: async (client, item, options) => {
    if (item.type !== 'conversation') {
      throw new WebhookLoadError(
        `This ${item.type} item carries no conversation id to load; fetch the conversation it belongs to with client.conversations.find().`,
      );
    }
    return client.conversations.find({ conversation_id: asPathId(item.id) }, options);
  },
  job: (client, item, options) => client.jobs.status({ job_id: item.id }, options),
  legacy_contact: (client, item, options) => client.contacts.find({ contact_id: item.id }, options),
  ticket: (client, item, options) => client.tickets.get({ ticket_id: item.id }, options),
  ticket_closed: (client, item, options) =>
    client.tickets.get({ ticket_id: 'ticket' in item ? item.ticket.id : item.id }, options),
  user_tag: (client, item, options) => client.contacts.find({ contact_id: item.user.id }, options),
  visitor: (client, item, options) => client.visitors.find({ user_id: item.user_id }, options),
};

function isLoadable(family: WebhookFamily | undefined): family is LoadableFamily {
  return family !== undefined && Object.hasOwn(loaders, family);
}

/**
 * Returns the notification with a `load()` method where its topic's model can be fetched (the older
 * SDKs' `payload.load`). `load` is not enumerable, so the notification still serialises as received.
 */
export function withLoad<N extends WebhookNotification>(notification: N, client: WebhookClient): WithLoad<N> {
  const family = familyOf(notification.topic);
  const copy = { ...notification };
  if (isLoadable(family)) {
    const load = loaders[family] as Loader<LoadableFamily>;
    Object.defineProperty(copy, 'load', {
      enumerable: false,
      value: (options?: RequestOptions) => load(client, notification.data.item as never, options),
    });
  }
  return copy as WithLoad<N>;
}
