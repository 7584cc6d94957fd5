/** A tiny method + path-template router: `/contacts/{contact_id}/tags` style templates, literals win over params. */
export type HttpMethod = 'GET' | 'POST' | 'PUT' | 'DELETE' | 'PATCH';

export interface RouteMatch<H> {
  handler: H;
  template: string;
  params: Record<string, string>;
}

export type RouteLookup<H> =
  | ({ kind: 'found' } & RouteMatch<H>)
  | { kind: 'method_not_allowed'; allowed: HttpMethod[] }
  | { kind: 'not_found' };

interface Node<H> {
  literals: Map<string, Node<H>>;
  param?: { name: string; node: Node<H> };
  endpoints: Map<HttpMethod, { handler: H; template: string }>;
}

const newNode = <H>(): Node<H> => ({ literals: new Map(), endpoints: new Map() });

export class Router<H> {
  private readonly root: Node<H> = newNode();

  add(method: HttpMethod, template: string, handler: H): this {
    let node = this.root;
    for (const segment of splitPath(template)) {
      const param = /^\{(\w+)\}$/.exec(segment)?.[1];
      if (param === undefined) {
        const existing = node.literals.get(segment);
        const next = existing ?? newNode<H>();
        if (!existing) node.literals.set(segment, next);
        node = next;
      } else {
        if (node.param && node.param.name !== param) {
          throw new Error(`Route ${template}: parameter {${param}} conflicts with {${node.param.name}}`);
        }
        node.param ??= { name: param, node: newNode() };
        node = node.param.node;
      }
    }
    if (node.endpoints.has(method)) throw new Error(`Route ${method} ${template} is registered twice`);
    node.endpoints.set(method, { handler, template });
    return this;
  }

  lookup(method: string, path: string): RouteLookup<H> {
    const params: Record<string, string> = {};
    const node = find(this.root, splitPath(path), 0, params);
    if (!node || node.endpoints.size === 0) return { kind: 'not_found' };
    const endpoint = node.endpoints.get(method as HttpMethod);
    if (!endpoint) return { kind: 'method_not_allowed', allowed: [...node.endpoints.keys()] };
    return { kind: 'found', handler: endpoint.handler, template: endpoint.template, params };
  }

  /** The methods registered for a concrete path, or an empty list when no template matches it. */
  methods(path: string): HttpMethod[] {
    const node = find(this.root, splitPath(path), 0, {});
    return node ? [...node.endpoints.keys()] : [];
  }
}

function find<H>(
  node: Node<H>,
  segments: string[],
  index: number,
  params: Record<string, string>,
): Node<H> | undefined {
  if (index === segments.length) return node.endpoints.size > 0 ? node : undefined;
  const segment = segments[index] as string;
  const literal = node.literals.get(segment);
  if (literal) {
    const found = find(literal, segments, index + 1, params);
    if (found) return found;
  }
  if (node.param && segment !== '') {
    const found = find(node.param.node, segments, index + 1, params);
    if (found) {
      params[node.param.name] = safeDecode(segment);
      return found;
    }
  }
  return undefined;
}

function splitPath(path: string): string[] {
  const trimmed = path.replace(/^\/+|\/+$/g, '');
  return trimmed === '' ? [] : trimmed.split('/');
}

function safeDecode(segment: string): string {
  try {
    return decodeURIComponent(segment);
  } catch {
    return segment;
  }
}
