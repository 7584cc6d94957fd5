import { get, type RouteDefinition } from '../http/context';
import { boolParam } from '../http/validate';
import { compileSearch } from '../search/evaluate';
import { contactFields } from '../search/fields/contacts';
import type { Store } from '../store/store';
import type { SegmentRecord } from '../store/types';
import { segmentView } from '../views/basics';

/** How many contacts a segment's rule matches right now. */
function countMembers(store: Store, segment: SegmentRecord): number {
  const matches = compileSearch(segment.query, contactFields(store), { timeZone: store.app.timezone });
  let count = 0;
  for (const contact of store.contacts.values()) if (!contact.archived && matches(contact)) count++;
  return count;
}

export const segmentRoutes: RouteDefinition[] = [
  get('/segments', ({ store, query }) => {
    const withCount = boolParam(query, 'include_count') === true;
    const segments = [...store.segments.values()].map((s) =>
      segmentView(s, withCount ? countMembers(store, s) : undefined),
    );
    return { type: 'segment.list', segments, pages: {} };
  }),
  get('/segments/{segment_id}', ({ store, params }) => segmentView(store.segment(params.segment_id as string))),
];
