import { ApiError } from '../errors';
import { del, get, post, put, type RouteDefinition } from '../http/context';
import { contactFields } from '../search/fields/contacts';
import type { CursorPage } from '../search/paginate';
import { runSearch } from '../search/request';
import { blankContact } from '../seed/people';
import type { Store } from '../store/store';
import type { ContactRecord } from '../store/types';
import { contactView } from '../views/people';
import { applyContactInput, parseContactInput } from './contact-input';
import { listPage } from './listing';

/** Archived contacts stay retrievable by id but are left out of lists and searches. */
const listed = (c: ContactRecord) => !c.archived;

/** A page of contacts as lists and searches answer it. */
function contactList(store: Store, page: CursorPage<ContactRecord>) {
  return {
    type: 'list',
    data: page.items.map((c) => contactView(store, c)),
    total_count: page.totalCount,
    pages: page.pages,
  };
}

export const contactRoutes: RouteDefinition[] = [
  get('/contacts', (ctx) => contactList(ctx.store, listPage(ctx, ctx.store.contacts.ascending(), 50, listed))),
  post('/contacts', ({ store, body, now }) => {
    const input = parseContactInput(body);
    if (input.email == null && input.external_id == null && input.role === undefined) {
      throw new ApiError(
        400,
        'parameter_invalid',
        'Send at least one of email, external_id or role to create a contact',
      );
    }
    const contact = blankContact(store, input.role ?? 'user', now);
    applyContactInput(store, contact, input, now);
    store.contacts.insert(contact);
    return contactView(store, contact);
  }),
  post('/contacts/search', (ctx) => {
    const page = runSearch(ctx, {
      resource: 'contacts',
      records: ctx.store.contacts.ascending(),
      fields: contactFields(ctx.store),
      perPageDefault: 50,
      visible: listed,
    });
    return contactList(ctx.store, page);
  }),
  get('/contacts/find_by_external_id/{external_id}', ({ store, params }) => {
    const contact = store.findContactBy('external_id', params.external_id as string);
    if (!contact)
      throw new ApiError(404, 'not_found', `Contact Not Found: no contact with external_id '${params.external_id}'`);
    return contactView(store, contact);
  }),
  get('/contacts/{contact_id}', ({ store, params }) => contactView(store, store.contact(params.contact_id as string))),
  put('/contacts/{contact_id}', ({ store, params, body, now }) => {
    const contact = store.contact(params.contact_id as string);
    applyContactInput(store, contact, parseContactInput(body), now);
    return contactView(store, contact);
  }),
  del('/contacts/{contact_id}', ({ store, params }) => {
    const contact = store.contact(params.contact_id as string);
    store.removeContact(contact);
    return { type: 'contact', id: contact.id, external_id: contact.external_id, deleted: true };
  }),
];
