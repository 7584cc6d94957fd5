import * as v from 'valibot';
import { ApiError } from '../errors';
import { get, post, type RouteContext, type RouteDefinition, reply } from '../http/context';
import { idSchema, intParam, parseBody, unixSecondsSchema } from '../http/validate';
import type { EventSummaryRecord } from '../store/misc-types';
import type { Store } from '../store/store';
import type { ContactRecord } from '../store/types';

/** Only events newer than this can be listed, as in Intercom. */
const LISTABLE_SECONDS = 90 * 86_400;

const metadataValue = v.union(
  [
    v.string(),
    v.number(),
    v.object({ url: v.string(), value: v.optional(v.string()) }),
    v.object({ amount: v.number(), currency: v.string() }),
  ],
  'metadata values must be strings, numbers, rich links {url, value} or amounts {amount, currency}; nested JSON is not supported',
);

const createSchema = v.object({
  event_name: v.pipe(v.string('event_name is required'), v.nonEmpty('event_name must not be empty')),
  created_at: v.optional(unixSecondsSchema),
  user_id: v.optional(v.string()),
  id: v.optional(idSchema),
  email: v.optional(v.string()),
  metadata: v.optional(
    v.pipe(
      v.record(v.string(), metadataValue),
      v.check((m) => Object.keys(m).length <= 10, 'metadata takes at most 10 keys'),
    ),
  ),
});

const summarySchema = v.object({
  event_name: v.string(),
  count: v.pipe(v.number(), v.integer()),
  first: unixSecondsSchema,
  last: unixSecondsSchema,
});
const summariesSchema = v.object({
  user_id: v.string('user_id is required'),
  event_summaries: v.union(
    [summarySchema, v.array(summarySchema)],
    'event_summaries must be {event_name, count, first, last} or a list of them',
  ),
});

function findUser(
  store: Store,
  ids: { id?: string | null; user_id?: string | null; email?: string | null },
): ContactRecord {
  const contact =
    ids.id != null
      ? store.contacts.get(ids.id)
      : ids.user_id != null
        ? store.findContactBy('external_id', ids.user_id)
        : ids.email != null
          ? store.findContactBy('email', ids.email)
          : undefined;
  if (contact) return contact;
  if (ids.id == null && ids.user_id == null && ids.email == null) {
    throw new ApiError(
      400,
      'parameter_not_found',
      'Identify the user with one of id (intercom_user_id), user_id or email',
    );
  }
  throw new ApiError(404, 'not_found', 'User Not Found');
}

const iso = (seconds: number) => new Date(seconds * 1000).toISOString();

/** Adds `more` to the summary kept under `name`; summaries are replaced, never changed in place. */
function addToSummary(summaries: Map<string, EventSummaryRecord>, name: string, more: EventSummaryRecord): void {
  const existing = summaries.get(name);
  summaries.set(
    name,
    existing
      ? {
          count: existing.count + more.count,
          first: Math.min(existing.first, more.first),
          last: Math.max(existing.last, more.last),
        }
      : { count: more.count, first: more.first, last: more.last },
  );
}

function listEvents(ctx: RouteContext) {
  const { store, query, now } = ctx;
  if (query.get('type') !== 'user') throw new ApiError(400, 'parameter_invalid', "type must be 'user'", 'type');
  const contact = findUser(store, {
    id: query.get('intercom_user_id'),
    user_id: query.get('user_id'),
    email: query.get('email'),
  });
  const events = (store.events.get(contact.id) ?? []).filter((e) => e.created_at >= now - LISTABLE_SECONDS);
  const identity = {
    email: contact.email,
    intercom_user_id: contact.id,
    ...(contact.external_id ? { user_id: contact.external_id } : {}),
  };
  if (query.get('summary') === 'true') {
    const summaries = new Map<string, EventSummaryRecord>();
    for (const e of events)
      addToSummary(summaries, e.event_name, { count: 1, first: e.created_at, last: e.created_at });
    for (const [name, s] of store.eventSummaries.get(contact.id) ?? []) addToSummary(summaries, name, s);
    const items = [...summaries].map(([name, s]) => ({
      name,
      first: iso(s.first),
      last: iso(s.last),
      count: s.count,
      description: '',
    }));
    return { type: 'event.summary', events: items, ...identity };
  }
  const perPage = intParam(query, 'per_page', { default: 50, min: 1, max: 150 });
  const page = intParam(query, 'page', { default: 1, min: 1 });
  const slice = events.slice((page - 1) * perPage, page * perPage).map((e) => ({
    type: 'event',
    event_name: e.event_name,
    created_at: e.created_at,
    intercom_user_id: contact.id,
    ...(contact.external_id ? { user_id: contact.external_id } : {}),
    ...(contact.email ? { email: contact.email } : {}),
    metadata: e.metadata,
  }));
  const nextUrl = new URL(ctx.url);
  nextUrl.searchParams.set('page', String(page + 1));
  nextUrl.searchParams.set('per_page', String(perPage));
  const pages = page * perPage < events.length ? { next: nextUrl.toString() } : {};
  // Intercom answers the events themselves as `event.list`; only `summary=true` gives `event.summary`.
  return { type: 'event.list', events: slice, pages, ...identity };
}

export const eventRoutes: RouteDefinition[] = [
  post('/events', ({ store, body, now }) => {
    const input = parseBody(createSchema, body);
    const contact = findUser(store, input);
    const list = store.events.get(contact.id) ?? [];
    list.unshift({ event_name: input.event_name, created_at: input.created_at ?? now, metadata: input.metadata ?? {} });
    list.sort((a, b) => b.created_at - a.created_at);
    store.events.set(contact.id, list);
    return reply(202);
  }),
  get('/events', listEvents),
  post('/events/summaries', ({ store, body }) => {
    const input = parseBody(summariesSchema, body);
    const contact = findUser(store, { user_id: input.user_id });
    const summaries = store.eventSummaries.get(contact.id) ?? new Map();
    for (const s of [input.event_summaries].flat()) addToSummary(summaries, s.event_name, s);
    store.eventSummaries.set(contact.id, summaries);
    return reply(200);
  }),
];
