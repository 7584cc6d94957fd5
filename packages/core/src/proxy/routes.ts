import type { OperationSpec } from '../operations/spec';
import { type OperationId, operationTable } from '../operations/table.gen';

/** One node of the path trie: literal children first, then at most one `{param}` child. */
interface RouteNode {
  readonly literals: Map<string, RouteNode>;
  param: RouteNode | undefined;
  readonly methods: Map<string, OperationId>;
}

export type RouteMatch =
  | { readonly kind: 'found'; readonly operationId: OperationId; readonly spec: OperationSpec }
  | { readonly kind: 'method_not_allowed'; readonly allowed: readonly string[] }
  | { readonly kind: 'not_found' };

export interface RouteTable {
  /** `segments` as from `normalizePath` (first element is the empty string before the leading '/'). */
  match(method: string, segments: readonly string[]): RouteMatch;
}

const newNode = (): RouteNode => ({ literals: new Map(), param: undefined, methods: new Map() });
const isParam = (segment: string) => segment.startsWith('{') && segment.endsWith('}');

/** Builds the matcher from path templates once; matching walks one trie branch per segment. */
export function compileRoutes(table: Readonly<Record<string, OperationSpec>> = operationTable): RouteTable {
  const root = newNode();
  for (const [id, spec] of Object.entries(table)) {
    let node = root;
    for (const segment of spec.path.split('/').slice(1)) {
      if (isParam(segment)) node = node.param ??= newNode();
      else {
        const next = node.literals.get(segment) ?? newNode();
        node.literals.set(segment, next);
        node = next;
      }
    }
    node.methods.set(spec.method, id as OperationId);
  }
  const specs = table as Readonly<Record<OperationId, OperationSpec>>;

  return {
    match(method, segments) {
      const leaves: RouteNode[] = [];
      collect(root, segments, 1, leaves);
      if (leaves.length === 0) return { kind: 'not_found' };
      for (const leaf of leaves) {
        const operationId = leaf.methods.get(method);
        if (operationId) return { kind: 'found', operationId, spec: specs[operationId] };
      }
      const allowed = new Set<string>();
      for (const leaf of leaves) for (const name of leaf.methods.keys()) allowed.add(name);
      return { kind: 'method_not_allowed', allowed: [...allowed].sort() };
    },
  };
}

/**
 * Every template the segments fit, literal matches first (so `/contacts/search` prefers the
 * search route and falls back to `/contacts/{contact_id}` only for the methods search lacks).
 */
function collect(node: RouteNode, segments: readonly string[], index: number, out: RouteNode[]): void {
  if (index === segments.length) {
    if (node.methods.size > 0) out.push(node);
    return;
  }
  const segment = segments[index]!;
  const literal = node.literals.get(segment);
  if (literal) collect(literal, segments, index + 1, out);
  if (node.param) collect(node.param, segments, index + 1, out);
}

/** The trie for the generated table, built on first use and shared by every proxy. */
let defaultRoutes: RouteTable | undefined;
export const routesForTable = (): RouteTable => (defaultRoutes ??= compileRoutes());
