import * as v from 'valibot';
import { ApiError } from '../errors';
import { del, get, post, type RouteDefinition, reply } from '../http/context';
import { idSchema, parseBody } from '../http/validate';
import type { Store } from '../store/store';
import type { AppliedTag, TagRecord } from '../store/types';
import { tagBasicView } from '../views/basics';
import { segmentsFiltering } from './segments';

const companyRef = v.object({
  id: v.optional(idSchema),
  company_id: v.optional(v.string()),
  untag: v.optional(v.boolean()),
});
const tagBodySchema = v.object({
  name: v.pipe(v.string('name is required and must be a string'), v.trim(), v.nonEmpty('name must not be empty')),
  id: v.optional(idSchema),
  companies: v.optional(v.array(companyRef, 'companies must be an array of {id} or {company_id}')),
  users: v.optional(v.array(v.object({ id: idSchema }), 'users must be an array of {id}')),
});

export function findOrCreateTag(store: Store, name: string, now: number): TagRecord {
  for (const tag of store.tags.values()) if (tag.name === name) return tag;
  const tag = { id: store.ids.next('tag'), name, created_at: now };
  store.tags.set(tag.id, tag);
  return tag;
}

/** Tags a record. Tag lists are replaced, never changed in place (seeded records may share an empty one). */
export function applyTag(holder: { tags: AppliedTag[] }, tagId: string, now: number, adminId: string): void {
  if (!holder.tags.some((t) => t.id === tagId)) {
    holder.tags = [...holder.tags, { id: tagId, applied_at: now, applied_by: { type: 'admin', id: adminId } }];
  }
}

export const tagRoutes: RouteDefinition[] = [
  get('/tags', ({ store }) => ({ type: 'list', data: [...store.tags.values()].map(tagBasicView) })),
  get('/tags/{tag_id}', ({ store, params }) => tagBasicView(store.tag(params.tag_id as string))),
  post('/tags', ({ store, body, now }) => {
    const input = parseBody(tagBodySchema, body);
    if (input.companies && input.users)
      throw new ApiError(400, 'parameter_invalid', 'Send either companies or users, not both');
    if (input.id !== undefined && !input.companies && !input.users) {
      const tag = store.tag(input.id);
      tag.name = input.name;
      return tagBasicView(tag);
    }
    const tag = findOrCreateTag(store, input.name, now);
    for (const ref of input.companies ?? []) {
      const company =
        ref.id !== undefined
          ? store.company(ref.id)
          : ref.company_id !== undefined
            ? store.findCompanyByCompanyId(ref.company_id)
            : undefined;
      if (!company) throw new ApiError(404, 'company_not_found', `Company Not Found: ${JSON.stringify(ref)}`);
      if (ref.untag) company.tags = company.tags.filter((t) => t.id !== tag.id);
      else applyTag(company, tag.id, now, store.meAdminId);
    }
    for (const ref of input.users ?? []) applyTag(store.contact(ref.id), tag.id, now, store.meAdminId);
    return tagBasicView(tag);
  }),
  del('/tags/{tag_id}', ({ store, params }) => {
    const tag = store.tag(params.tag_id as string);
    // Intercom refuses to delete a tag that a segment's rule filters on.
    const segments = segmentsFiltering(store, 'tag_id', tag.id);
    if (segments.length) {
      throw new ApiError(
        400,
        'tag_has_dependent_objects',
        `Unable to delete Tag with dependent objects. Segments: ${segments.join(', ')}.`,
      );
    }
    store.tags.delete(tag.id);
    const strip = (tags: AppliedTag[]) => tags.filter((t) => t.id !== tag.id);
    for (const c of store.contacts.values()) if (c.tags.length) c.tags = strip(c.tags);
    for (const c of store.companies.values()) if (c.tags.length) c.tags = strip(c.tags);
    for (const c of store.conversations.values()) if (c.tags.length) c.tags = strip(c.tags);
    for (const t of store.tickets.values()) if (t.tags.length) t.tags = strip(t.tags);
    return reply(200);
  }),
];
