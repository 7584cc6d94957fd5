export type { IntercomClientOptions, IntercomRawRequest } from './client';
export { IntercomClient } from './client';
export type { IntercomRegion } from './environments';
export { IntercomEnvironment } from './environments';
export type { IntercomErrorDetail, IntercomErrorOptions, IntercomRequestInfo } from './errors';
export {
  BadRequestError,
  ConflictError,
  ForbiddenError,
  IntercomConnectionError,
  IntercomError,
  IntercomInputError,
  IntercomTimeoutError,
  InternalServerError,
  NotFoundError,
  TooManyRequestsError,
  UnauthorizedError,
  UnprocessableEntityError,
} from './errors';
export * as Intercom from './errors/namespace';
export type { LogConfig, Logger } from './logging';
export { LogLevel } from './logging';
export type * from './operations';
export type { PaginationKind, SearchResource } from './operations/spec';
export type { PaginationSpec } from './pagination';
export { Page, PagePromise } from './pagination';
export type {
  SearchFilter,
  SearchGroup,
  SearchOperator,
  SearchQueryExpression,
  SearchQueryInput,
  SearchQueryJson,
} from './search-query';
export { resolveSearchQuery } from './search-query';
export type {
  HeaderValues,
  IntercomVersion,
  QueryValue,
  RateLimit,
  RawResponse,
  RequestOptions,
  Supplier,
  WithRawResponse,
} from './transport';
export { HttpResponsePromise } from './transport';
