import { get, type RouteDefinition } from '../http/context';
import { boolParam } from '../http/validate';
import { compileSearch } from '../search/evaluate';
import { contactFields } from '../search/fields/contacts';
import type { FieldResolver } from '../search/types';
import type { Store } from '../store/store';
import type { ContactRecord, SegmentRecord } from '../store/types';
import { segmentView } from '../views/basics';

/** How many contacts a segment's rule matches right now. */
function countMembers(store: Store, fields: FieldResolver<ContactRecord>, segment: SegmentRecord): number {
  const matches = compileSearch(segment.query, fields, { timeZone: store.app.timezone });
  let count = 0;
  for (const contact of store.contacts.values()) if (!contact.archived && matches(contact)) count++;
  return count;
}

/** Names of the segments whose rule filters on `field` (with `value`, when given: alone or in a list). */
export function segmentsFiltering(store: Store, field: string, value?: string): string[] {
  const filters = (node: unknown): boolean => {
    if (typeof node !== 'object' || node === null) return false;
    const n = node as Record<string, unknown>;
    if (n.field === field) {
      return value === undefined || n.value === value || (Array.isArray(n.value) && n.value.includes(value));
    }
    return Array.isArray(n.value) && n.value.some(filters);
  };
  return [...store.segments.values()].filter((s) => filters(s.query)).map((s) => s.name);
}

export const segmentRoutes: RouteDefinition[] = [
  get('/segments', ({ store, query }) => {
    const withCount = boolParam(query, 'include_count') === true;
    // One resolver for every segment, so rules that read `segment_id` compile the segments once.
    const fields = withCount ? contactFields(store) : undefined;
    const segments = [...store.segments.values()].map((s) =>
      segmentView(s, fields ? countMembers(store, fields, s) : undefined),
    );
    return { type: 'segment.list', segments, pages: {} };
  }),
  get('/segments/{segment_id}', ({ store, params }) => segmentView(store.segment(params.segment_id as string))),
];
