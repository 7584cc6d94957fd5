// api.gen.ts: `IntercomApi`, the typed surface `client.<group>.<method>` that the client builds from the
// table, and `OperationTypes`, the same information keyed by operation id.

import { importLine, responseTypeOf } from './emit-types.mjs';
import { quote } from './names.mjs';

function signature(op, names) {
  const response = responseTypeOf(op, names);
  const returns = op.pagination
    ? `PagePromise<${names.model(op.pagination.itemModel)}, ${response}>`
    : `HttpResponsePromise<${response}>`;
  const request = op.requestName ? `request${op.requestOptional ? '?' : ''}: ${op.requestName}, ` : '';
  return `${op.method}(${request}requestOptions?: RequestOptions): ${returns};`;
}

/** Groups nest (`helpCenters.collections`); members are sorted so the output does not depend on input order. */
function buildTree(operations) {
  const root = { groups: new Map(), methods: [] };
  for (const op of operations) {
    let node = root;
    for (const segment of op.groupPath) {
      if (!node.groups.has(segment)) node.groups.set(segment, { groups: new Map(), methods: [] });
      node = node.groups.get(segment);
    }
    node.methods.push(op);
  }
  return root;
}

function renderNode(node, names, indent) {
  const pad = '  '.repeat(indent);
  const entries = [
    ...node.methods.map((op) => [op.method, `${pad}${signature(op, names)}`]),
    ...[...node.groups].map(([name, child]) => [
      name,
      `${pad}readonly ${name}: {\n${renderNode(child, names, indent + 1)}\n${pad}};`,
    ]),
  ];
  return entries
    .sort(([a], [b]) => (a < b ? -1 : 1))
    .map(([, text]) => text)
    .join('\n');
}

export function emitApi(spec, operations, names, header) {
  const api = `export interface IntercomApi {\n${renderNode(buildTree(operations), names, 1)}\n}`;
  const map = operations
    .map((op) => {
      const request = op.requestName ? `${op.requestName}${op.requestOptional ? ' | undefined' : ''}` : 'undefined';
      const item = op.pagination ? `; item: ${names.model(op.pagination.itemModel)}` : '';
      return `  ${quote(op.id)}: { request: ${request}; response: ${responseTypeOf(op, names)}${item} };`;
    })
    .sort();
  const types = `export interface OperationTypes {\n${map.join('\n')}\n}`;
  const source = `${api}\n\n${types}`;

  const requestNames = [...new Set(operations.map((op) => op.requestName).filter(Boolean))]
    .filter((name) => !operations.some((op) => op.requestName === name && names.requestIsModel.has(op.id)))
    .sort();
  const responseNames = operations
    .map((op) => op.response.inlineName)
    .filter(Boolean)
    .sort();
  const lines = [
    header,
    "import type { PagePromise } from '../pagination';",
    "import type { HttpResponsePromise, RequestOptions } from '../transport';",
    ...importLine(source, spec, names),
    `import type {\n${requestNames.map((n) => `  ${n},`).join('\n')}\n} from './requests.gen';`,
    `import type { ${responseNames.join(', ')} } from './responses.gen';`,
    '',
    source,
  ];
  return `${lines.join('\n')}\n`;
}
