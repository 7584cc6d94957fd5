import * as v from 'valibot';
import { ApiError } from '../errors';

/**
 * Validates a JSON body with a valibot schema. Failures answer 400 with every problem listed by
 * its dot path, and `parameter_not_found` when the first problem is a missing required member.
 */
export function parseBody<S extends v.GenericSchema>(schema: S, body: unknown): v.InferOutput<S> {
  if (body === undefined || body === null || typeof body !== 'object' || Array.isArray(body)) {
    throw new ApiError(400, 'bad_request', 'The request body must be a JSON object');
  }
  return parseWith(schema, body, 'body');
}

export function parseWith<S extends v.GenericSchema>(schema: S, input: unknown, where: string): v.InferOutput<S> {
  const result = v.safeParse(schema, input);
  if (result.success) return result.output;
  const [first] = result.issues;
  const field = first ? v.getDotPath(first) : null;
  const message = result.issues.map((issue) => `${where}${suffix(v.getDotPath(issue))}: ${issue.message}`).join('; ');
  const missing = first?.kind === 'schema' && first.input === undefined;
  throw new ApiError(400, missing ? 'parameter_not_found' : 'parameter_invalid', message, field ?? undefined);
}

const suffix = (path: string | null) => (path ? `.${path}` : '');

/** Intercom ids are strings in the description but numbers in its examples; both are accepted. */
export const idSchema = v.union(
  [
    v.pipe(v.string(), v.nonEmpty('must not be empty')),
    v.pipe(
      v.number(),
      v.integer(),
      v.transform((n) => String(n)),
    ),
  ],
  'Expected an id (string or integer)',
);

export const unixSecondsSchema = v.pipe(
  v.number('Expected unix seconds (integer)'),
  v.integer('Expected unix seconds (integer)'),
  v.minValue(0, 'Expected unix seconds (>= 0)'),
  v.maxValue(99_999_999_999, 'Looks like milliseconds; send unix seconds'),
);

export const stringMap = v.record(v.string(), v.string('custom attribute values must be strings'));

/** `attachment_urls` of a new conversation or a reply: up to 10 URLs. */
export const attachmentUrlsSchema = v.pipe(
  v.array(v.pipe(v.string(), v.url('attachment_urls must be URLs'))),
  v.maxLength(10, 'at most 10 attachment_urls'),
);

export function intParam(
  query: URLSearchParams,
  name: string,
  options: { default: number; min?: number; max?: number },
): number {
  const raw = query.get(name);
  if (raw === null || raw === '') return options.default;
  const value = Number(raw);
  const min = options.min ?? 1;
  if (!Number.isInteger(value) || value < min) {
    throw new ApiError(400, 'parameter_invalid', `${name} must be an integer >= ${min}, got '${raw}'`, name);
  }
  if (options.max !== undefined && value > options.max) {
    throw new ApiError(400, 'parameter_invalid', `${name} must be at most ${options.max}, got ${value}`, name);
  }
  return value;
}

export function boolParam(query: URLSearchParams, name: string): boolean | undefined {
  const raw = query.get(name);
  if (raw === null || raw === '') return undefined;
  if (raw === 'true') return true;
  if (raw === 'false') return false;
  throw new ApiError(400, 'parameter_invalid', `${name} must be true or false, got '${raw}'`, name);
}
