import {
  type AttributeTypes,
  compileQuery,
  formatPath,
  isSearchQueryError,
  type SearchLimits,
} from '@intercom-kit/search-dsl';
import type { OperationSpec, SearchResource } from '../operations/spec';
import { ProxyRefusal } from './errors';

/** How search bodies are checked: per-resource attribute declarations and Intercom's limits. */
export interface SearchValidationOptions {
  /** Types of contacts' custom attributes or tickets' attributes, as search-dsl's `attributeTypes`. */
  readonly attributeTypes?: Partial<Record<SearchResource, AttributeTypes>>;
  /** Defaults to Intercom's: 2 levels of nesting, 15 filters per group. */
  readonly limits?: Partial<SearchLimits>;
}

const JSON_TYPE = /^application\/(?:[\w.+-]+\+)?json\s*(?:;|$)/i;
const decoder = new TextDecoder('utf-8', { fatal: true });

/**
 * Every body the API takes is JSON: a body must say so (which also keeps cross-site form posts
 * out, as browsers cannot send that type without a preflight) and must parse. Search bodies are
 * then checked with search-dsl against the operation's catalog before anything is forwarded.
 */
export function checkJsonBody(
  bytes: Uint8Array,
  contentType: string | null,
  spec: OperationSpec,
  search: SearchValidationOptions,
): void {
  if (contentType === null || !JSON_TYPE.test(contentType)) {
    throw new ProxyRefusal(
      415,
      'unsupported_media_type',
      'Request bodies must be JSON sent as Content-Type: application/json.',
    );
  }
  let body: unknown;
  try {
    body = JSON.parse(decoder.decode(bytes));
  } catch {
    throw new ProxyRefusal(400, 'bad_request', 'The request body is not valid JSON (or not valid UTF-8).');
  }
  if (spec.search) checkSearchBody(body, spec.search, search);
}

function checkSearchBody(body: unknown, resource: SearchResource, options: SearchValidationOptions): void {
  if (typeof body !== 'object' || body === null || Array.isArray(body) || !('query' in body)) {
    throw new ProxyRefusal(400, 'parameter_invalid', `A ${resource} search body is an object with a query.`, {
      field: 'query',
    });
  }
  try {
    compileQuery(body.query as Parameters<typeof compileQuery>[0], {
      resource,
      attributeTypes: options.attributeTypes?.[resource],
      limits: options.limits,
    });
  } catch (error) {
    if (!isSearchQueryError(error)) throw error;
    const field = error.path.length > 0 ? formatPath(error.path) : 'query';
    throw new ProxyRefusal(400, 'parameter_invalid', `Invalid ${resource} search query: ${error.message}`, { field });
  }
}
