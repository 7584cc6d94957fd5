export type { PageContext, PageLoader } from './page';
export { Page } from './page';
export { PagePromise } from './page-promise';
export { paginate } from './paginate';
export type { PaginationSpec } from './strategies';
