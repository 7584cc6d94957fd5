import { IntercomInputError } from '../errors/client-errors';
import type { HttpMethod, OperationSpec } from '../operations/spec';
import type { OperationId } from '../operations/table.gen';
import { closest } from './suggest';

type GroupWildcards<Id extends string> = Id extends `${infer Head}.${infer Rest}`
  ? `${Head}.*` | (Rest extends `${string}.${string}` ? `${Head}.${GroupWildcards<Rest>}` : never)
  : never;

/** `'conversations.*'`, `'helpCenters.collections.*'`: every operation under a group. */
export type OperationGroupWildcard = GroupWildcards<OperationId>;

/** A method and path template; parameter names need not match the table's (`{id}` fits `{conversation_id}`). */
export interface RoutePattern {
  readonly method: HttpMethod;
  readonly path: string;
}

/**
 * One entry of `allow`: an operation id from the table (`'conversations.reply'`), a group wildcard,
 * a route pattern, or `'readOnly'` for the default set (every GET plus the read-only POSTs such as
 * the three searches and `companies.list`).
 */
export type AllowRule = OperationId | OperationGroupWildcard | RoutePattern | 'readOnly';

const METHODS: readonly string[] = ['GET', 'POST', 'PUT', 'DELETE'];

export const isReadOnlyOperation = (spec: OperationSpec): boolean => spec.method === 'GET' || spec.readOnly === true;

/** `/a/{x}/b` → `/a/{}/b`, so templates compare by shape, not parameter names. */
const shapeOf = (path: string) => path.replace(/\{[^/{}]*\}/g, '{}');

/** Resolves `allow` to the set of permitted operation ids; unknown names and patterns throw. */
export function resolveAllowList(
  rules: readonly AllowRule[] | undefined,
  table: Readonly<Record<string, OperationSpec>>,
): ReadonlySet<string> {
  const entries = Object.entries(table);
  if (rules === undefined) rules = ['readOnly'];
  if (!Array.isArray(rules)) throw new IntercomInputError('createIntercomProxy: allow must be an array of rules');
  const allowed = new Set<string>();
  for (const rule of rules) {
    const matches = matchRule(rule, entries);
    for (const id of matches) allowed.add(id);
  }
  return allowed;
}

function matchRule(rule: AllowRule, entries: readonly (readonly [string, OperationSpec])[]): string[] {
  if (typeof rule === 'object' && rule !== null) {
    const { method, path } = rule as Partial<RoutePattern>;
    if (typeof method !== 'string' || !METHODS.includes(method) || typeof path !== 'string') {
      throw new IntercomInputError(
        `createIntercomProxy: allow pattern ${JSON.stringify(rule)} needs method (GET, POST, PUT or DELETE) and path`,
      );
    }
    const shape = shapeOf(path);
    const ids = entries.filter(([, spec]) => spec.method === method && shapeOf(spec.path) === shape).map(([id]) => id);
    if (ids.length === 0) {
      throw new IntercomInputError(
        `createIntercomProxy: allow pattern ${method} ${path} matches no Intercom operation`,
      );
    }
    return ids;
  }
  if (typeof rule !== 'string') {
    throw new IntercomInputError(
      `createIntercomProxy: allow entries are strings or { method, path }; got ${typeof rule}`,
    );
  }
  if (rule === 'readOnly') return entries.filter(([, spec]) => isReadOnlyOperation(spec)).map(([id]) => id);
  if (rule.endsWith('.*')) {
    const prefix = rule.slice(0, -1);
    const ids = entries.filter(([id]) => id.startsWith(prefix)).map(([id]) => id);
    if (ids.length === 0) throw new IntercomInputError(`createIntercomProxy: allow '${rule}' names no operation group`);
    return ids;
  }
  if (entries.some(([id]) => id === rule)) return [rule];
  const suggestion = closest(
    rule,
    entries.map(([id]) => id),
  );
  throw new IntercomInputError(
    `createIntercomProxy: allow names unknown operation '${rule}'${suggestion ? `; did you mean '${suggestion}'?` : ''}`,
  );
}

/**
 * Reads rules from configuration text such as a Worker variable: comma-separated entries, each
 * an operation id, a group wildcard, `readOnly`, or `METHOD /path/{param}`. Throws on anything else.
 */
export function parseAllowList(text: string): AllowRule[] {
  const rules: AllowRule[] = [];
  for (const raw of text.split(',')) {
    const entry = raw.trim();
    if (entry === '') continue;
    const route = /^([A-Za-z]+)\s+(\/\S*)$/.exec(entry);
    if (route) rules.push({ method: route[1]!.toUpperCase() as HttpMethod, path: route[2]! });
    else rules.push(entry as AllowRule);
  }
  return rules;
}
