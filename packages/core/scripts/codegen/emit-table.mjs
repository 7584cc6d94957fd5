// table.gen.ts: the runtime operation table. It ships to browsers, so it is text in the compact line format
// that `decodeOperationTable` (src/operations/spec.ts) reads once at startup; the types carry the detail.
import { quote } from './names.mjs';

/** Flags after `name METHOD /path`, in the order the decoder documents. */
function flags(op) {
  const out = [];
  const query = [...new Set(op.query.flatMap((q) => (q.exploded ? q.names : [q.name])))];
  if (query.length > 0) out.push(`?${query.join(',')}`);
  if (op.body) out.push(op.body.mode === 'fields' ? '+' : '*');
  if (op.pagination) out.push(`~${op.pagination.kind}:${op.pagination.items}`);
  if (op.readOnly) out.push('!');
  if (op.search) out.push(`@${op.search}`);
  if (op.accept) out.push(`^${op.accept}`);
  return out;
}

/** A token of the format: no separators, nothing a template literal would interpret. */
function token(text, op) {
  if (!text || /[\s`\\]|\$\{/.test(text)) {
    throw new Error(`${op.id}: ${JSON.stringify(text)} cannot be written to the operation table text`);
  }
  return text;
}

export function emitTable(operations, header) {
  const sorted = [...operations].sort((a, b) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0));
  const lines = [];
  let group;
  for (const op of sorted) {
    const dot = op.id.lastIndexOf('.');
    if (op.id.slice(0, dot) !== group) {
      group = op.id.slice(0, dot);
      lines.push(token(group, op));
    }
    lines.push([op.id.slice(dot + 1), op.http, op.path, ...flags(op)].map((part) => token(part, op)).join(' '));
  }
  return [
    header,
    "import { decodeOperationTable, type OperationSpec } from './spec';",
    '',
    'export const operationTable: Readonly<Record<OperationId, OperationSpec>> = /* @__PURE__ */ decodeOperationTable<OperationId>(`',
    ...lines,
    '`);',
    '',
    'export type OperationId =',
    ...sorted.map((op, i) => `  | ${quote(op.id)}${i === sorted.length - 1 ? ';' : ''}`),
    '',
  ].join('\n');
}
