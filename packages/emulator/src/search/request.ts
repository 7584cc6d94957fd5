import * as v from 'valibot';
import type { RouteContext } from '../http/context';
import { parseBody } from '../http/validate';
import type { Ordered } from '../store/ordered';
import { decodeCursor } from './cursor';
import { compileSearch } from './evaluate';
import { type CursorPage, cursorPage } from './paginate';
import type { FieldResolver, Predicate } from './types';
import { validateSearchQuery } from './validate';

/** The emulator caps `per_page` at 150 for every search (the description states it for conversations). */
export const MAX_PER_PAGE = 150;

const paginationSchema = v.object({
  per_page: v.optional(
    v.pipe(
      v.number('per_page must be an integer'),
      v.integer('per_page must be an integer'),
      v.minValue(1, 'per_page must be at least 1'),
      v.maxValue(MAX_PER_PAGE, `per_page must be at most ${MAX_PER_PAGE}`),
    ),
  ),
  starting_after: v.optional(v.nullable(v.string('starting_after must be a string cursor'))),
});

const searchBodySchema = v.object({
  query: v.custom<Record<string, unknown>>(
    (value) => typeof value === 'object' && value !== null && !Array.isArray(value),
    'query is required and must be an object',
  ),
  pagination: v.optional(v.nullable(paginationSchema)),
});

export interface SearchSpec<R extends Ordered> {
  resource: 'conversations' | 'contacts' | 'tickets';
  records: readonly R[];
  fields: FieldResolver<R>;
  perPageDefault: number;
  /** Records the API leaves out of every search (e.g. archived contacts). */
  visible?: Predicate<R>;
}

/** Handles a `POST /{resource}/search` body: validate, compile, and cut one cursor page. */
export function runSearch<R extends Ordered>(ctx: RouteContext, spec: SearchSpec<R>): CursorPage<R> {
  const body = parseBody(searchBodySchema, ctx.body);
  validateSearchQuery(ctx.store, spec.resource, body.query);
  const matches = compileSearch(body.query, spec.fields, { timeZone: ctx.store.app.timezone });
  const visible = spec.visible;
  const predicate: Predicate<R> = visible ? (r) => visible(r) && matches(r) : matches;
  const perPage = body.pagination?.per_page ?? spec.perPageDefault;
  const cursor = body.pagination?.starting_after;
  const after = cursor ? decodeCursor(cursor, 'pagination.starting_after') : null;
  return cursorPage(spec.records, predicate, perPage, after);
}
