import { ApiError } from '../errors';
import { get, type RouteDefinition } from '../http/context';
import { companyView } from '../views/people';

/** Companies per scroll page. */
const SCROLL_PAGE = 15;
/** An unused scroll expires after a minute, as Intercom's does. */
const SCROLL_IDLE_SECONDS = 60;

export const companyScrollRoutes: RouteDefinition[] = [
  get('/companies/scroll', ({ store, query, now }) => {
    const param = query.get('scroll_param');
    if (store.companyScroll && now - store.companyScroll.lastUsedAt > SCROLL_IDLE_SECONDS) store.companyScroll = null;
    if (!param) {
      if (store.companyScroll) {
        throw new ApiError(
          400,
          'bad_request',
          'A company scroll is already open for this workspace; continue it with its scroll_param or let it expire (1 minute idle)',
        );
      }
      store.companyScroll = { param: store.ids.uuid(), after: null, lastUsedAt: now };
    } else if (store.companyScroll?.param !== param) {
      throw new ApiError(
        400,
        'parameter_invalid',
        `scroll_param '${param}' is unknown or expired; start a new scroll without scroll_param`,
        'scroll_param',
      );
    }
    const scroll = store.companyScroll;
    if (!scroll) throw new Error('scroll state lost');
    // Ascending creation order from the last handed-out key: companies added meanwhile come at the end.
    const all = store.companies.ascending();
    const start = scroll.after ? store.companies.firstAfter(scroll.after) : 0;
    const page = all.slice(start, start + SCROLL_PAGE);
    const last = page[page.length - 1];
    scroll.lastUsedAt = now;
    if (last) scroll.after = { created_at: last.created_at, seq: last.seq };
    else store.companyScroll = null;
    return {
      type: 'list',
      data: page.map((c) => companyView(store, c)),
      pages: null,
      total_count: null,
      scroll_param: scroll.param,
    };
  }),
];
