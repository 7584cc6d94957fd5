import * as v from 'valibot';
import { del, get, post, type RouteDefinition } from '../http/context';
import { idSchema, parseBody } from '../http/validate';
import type { Store } from '../store/store';
import type { AppliedTag } from '../store/types';
import { appliedTagView, tagBasicView } from '../views/basics';
import { applyTag } from './tags';

const contactTagSchema = v.object({ id: idSchema });
const adminTagSchema = v.object({ id: idSchema, admin_id: idSchema });
const adminOnlySchema = v.object({ admin_id: idSchema });

/** Answers the applied tag, or (when it was just removed) the tag as it was applied. */
function tagged(store: Store, tags: AppliedTag[], tagId: string) {
  const applied = tags.find((t) => t.id === tagId);
  return applied ? appliedTagView(store, applied) : tagBasicView(store.tag(tagId));
}

function untag(store: Store, holder: { tags: AppliedTag[] }, tagId: string) {
  store.tag(tagId);
  const view = tagged(store, holder.tags, tagId);
  holder.tags = holder.tags.filter((t) => t.id !== tagId);
  return view;
}

/**
 * `POST /{resource}/{id}/tags` and `DELETE /{resource}/{id}/tags/{tag_id}` for a resource whose tags
 * are applied and removed by the admin the body names.
 */
function taggingByAdmin(
  resource: 'conversations' | 'tickets',
  idParam: string,
  find: (store: Store, id: string) => { tags: AppliedTag[]; updated_at: number },
): RouteDefinition[] {
  const path = `/${resource}/{${idParam}}/tags`;
  return [
    post(path, ({ store, params, body, now }) => {
      const holder = find(store, params[idParam] as string);
      const input = parseBody(adminTagSchema, body);
      store.admin(input.admin_id);
      store.tag(input.id);
      applyTag(holder, input.id, now, input.admin_id);
      holder.updated_at = now;
      return tagged(store, holder.tags, input.id);
    }),
    del(`${path}/{tag_id}`, ({ store, params, body, now }) => {
      const holder = find(store, params[idParam] as string);
      store.admin(parseBody(adminOnlySchema, body).admin_id);
      const view = untag(store, holder, params.tag_id as string);
      holder.updated_at = now;
      return view;
    }),
  ];
}

/** Tagging and untagging contacts, conversations and tickets. */
export const taggingRoutes: RouteDefinition[] = [
  get('/contacts/{contact_id}/tags', ({ store, params }) => {
    const contact = store.contact(params.contact_id as string);
    return { type: 'list', data: contact.tags.map((t) => appliedTagView(store, t)) };
  }),
  post('/contacts/{contact_id}/tags', ({ store, params, body, now }) => {
    const contact = store.contact(params.contact_id as string);
    const { id } = parseBody(contactTagSchema, body);
    store.tag(id);
    applyTag(contact, id, now, store.meAdminId);
    contact.updated_at = now;
    return tagged(store, contact.tags, id);
  }),
  del('/contacts/{contact_id}/tags/{tag_id}', ({ store, params, now }) => {
    const contact = store.contact(params.contact_id as string);
    const view = untag(store, contact, params.tag_id as string);
    contact.updated_at = now;
    return view;
  }),
  ...taggingByAdmin('conversations', 'conversation_id', (store, id) => store.conversation(id)),
  ...taggingByAdmin('tickets', 'ticket_id', (store, id) => store.ticket(id)),
];
