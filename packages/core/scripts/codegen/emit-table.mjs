// table.gen.ts: the runtime operation table. Rows stay small (defaults omitted) because every byte ships
// to browsers; the types carry the detail.
import { quote } from './names.mjs';

function row(op) {
  const fields = [`method: ${quote(op.http)}`, `path: ${quote(op.path)}`];
  const query = [...new Set(op.query.flatMap((q) => (q.exploded ? q.names : [q.name])))];
  if (query.length > 0) fields.push(`query: [${query.map(quote).join(', ')}]`);
  if (op.body) fields.push(`body: ${quote(op.body.mode)}`);
  if (op.pagination) {
    fields.push(`pagination: { kind: ${quote(op.pagination.kind)}, items: ${quote(op.pagination.items)} }`);
  }
  if (op.readOnly) fields.push('readOnly: true');
  if (op.search) fields.push(`search: ${quote(op.search)}`);
  if (op.accept) fields.push(`accept: ${quote(op.accept)}`);
  return `  ${quote(op.id)}: { ${fields.join(', ')} },`;
}

export function emitTable(operations, header) {
  const rows = operations.map(row).sort();
  return [
    header,
    "import type { OperationSpec } from './spec';",
    '',
    'export const operationTable = {',
    ...rows,
    '} as const satisfies Record<string, OperationSpec>;',
    '',
    'export type OperationId = keyof typeof operationTable;',
    '',
  ].join('\n');
}
