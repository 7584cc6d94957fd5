import * as v from 'valibot';
import { notFound } from '../errors';
import { get, post, type RouteDefinition } from '../http/context';
import { idSchema, parseBody } from '../http/validate';
import { noteView } from '../views/misc';
import { numberedList } from './listing';

const noteSchema = v.object({
  body: v.pipe(v.string('body is required and must be a string'), v.nonEmpty('body must not be empty')),
  admin_id: v.optional(idSchema),
});

export const noteRoutes: RouteDefinition[] = [
  post('/contacts/{contact_id}/notes', ({ store, params, body, now }) => {
    const contact = store.contact(params.contact_id as string);
    const input = parseBody(noteSchema, body);
    const author = store.admin(input.admin_id ?? store.meAdminId);
    const note = {
      id: store.ids.next('note'),
      created_at: now,
      contact_id: contact.id,
      author_id: author.id,
      body: input.body,
    };
    store.addNote(note);
    return noteView(store, note);
  }),
  get('/contacts/{contact_id}/notes', (ctx) => {
    const contact = ctx.store.contact(ctx.params.contact_id as string);
    const notes = ctx.store
      .notesOf(contact.id)
      .sort((a, b) => b.created_at - a.created_at || Number(b.id) - Number(a.id));
    return numberedList(ctx, notes, 50, (n) => noteView(ctx.store, n));
  }),
  get('/notes/{note_id}', ({ store, params }) => {
    const note = store.notes.get(params.note_id as string);
    if (!note) throw notFound('not_found', `Note Not Found: no note with id '${params.note_id}'`);
    return noteView(store, note);
  }),
];
