// The generated table against the list of SDK operations (operations.json) and its own invariants.
import { describe, expect, it } from 'vitest';
import { loadSharedInputs, seedReferenceMethods, sharedInputsPresent } from './contract/shared-inputs';
import { decodeOperationTable, type OperationSpec } from './spec';
import { type OperationId, operationTable } from './table.gen';

const rows = Object.entries(operationTable) as [OperationId, OperationSpec][];

describe('operation table', () => {
  it('has the 152 operations of the official SDKs', () => {
    expect(rows).toHaveLength(152);
  });

  it('marks exactly the read-only POSTs and the three query searches', () => {
    expect(rows.filter(([, r]) => r.readOnly).map(([id]) => id)).toEqual([
      'calls.listCallsWithTranscripts',
      'companies.list',
      'contacts.search',
      'conversations.search',
      'tickets.search',
    ]);
    expect(rows.filter(([, r]) => r.readOnly).every(([, r]) => r.method === 'POST')).toBe(true);
    expect(Object.fromEntries(rows.filter(([, r]) => r.search).map(([id, r]) => [id, r.search]))).toEqual({
      'contacts.search': 'contacts',
      'conversations.search': 'conversations',
      'tickets.search': 'tickets',
    });
  });

  it('wraps the body as request.body exactly where intercom-client 7.x does', () => {
    expect(rows.filter(([, r]) => r.body === 'wrapped').map(([id]) => id)).toEqual([
      'companies.update',
      'conversations.manage',
      'conversations.reply',
      'dataAttributes.update',
      'news.items.update',
      'tickets.reply',
    ]);
  });

  it('asks for octet streams on the two export downloads', () => {
    expect(rows.filter(([, r]) => r.accept).map(([id, r]) => [id, r.accept])).toEqual([
      ['dataExport.download', 'application/octet-stream'],
      ['dataExport.downloadReportingDataExport', 'application/octet-stream'],
    ]);
  });

  it('keeps rows small: no empty lists, no default values', () => {
    for (const [id, row] of rows) {
      expect(row.query?.length ?? 1, id).toBeGreaterThan(0);
      expect(new Set(row.query).size, id).toBe(row.query?.length ?? 0);
      expect(row.readOnly ?? true, id).toBe(true);
    }
  });
});

describe('decodeOperationTable', () => {
  it('reads groups, methods, paths and every flag of the line format', () => {
    const text = `
contacts
search POST /contacts/search + ~search-cursor:data ! @contacts
list GET /contacts ?per_page,starting_after ~cursor:data
dataExport
download GET /download/content/data/{job_identifier} ^application/octet-stream
helpCenters.collections
update PUT /help_center/collections/{collection_id} *
`;
    expect(decodeOperationTable(text)).toEqual({
      'contacts.search': {
        method: 'POST',
        path: '/contacts/search',
        body: 'fields',
        pagination: { kind: 'search-cursor', items: 'data' },
        readOnly: true,
        search: 'contacts',
      },
      'contacts.list': {
        method: 'GET',
        path: '/contacts',
        query: ['per_page', 'starting_after'],
        pagination: { kind: 'cursor', items: 'data' },
      },
      'dataExport.download': {
        method: 'GET',
        path: '/download/content/data/{job_identifier}',
        accept: 'application/octet-stream',
      },
      'helpCenters.collections.update': {
        method: 'PUT',
        path: '/help_center/collections/{collection_id}',
        body: 'wrapped',
      },
    });
  });

  it('refuses a flag it does not know instead of dropping it', () => {
    expect(() => decodeOperationTable('admins\nfind GET /admins/{admin_id} %x')).toThrow(
      'Operation table line "find GET /admins/{admin_id} %x": unknown flag "%x".',
    );
  });
});

describe.skipIf(!sharedInputsPresent)('operation table against operations.json', () => {
  const listed = sharedInputsPresent ? loadSharedInputs().operations : [];

  it('has the same ids, methods, paths and pagination', () => {
    const fromList = listed.map((o) => [`${o.group}.${o.method}`, o.http, o.path, o.pagination ?? null]);
    const fromTable = rows.map(([id, r]) => [id, r.method, r.path, r.pagination ?? null]);
    const byId = (a: unknown[], b: unknown[]) => String(a[0]).localeCompare(String(b[0]));
    expect(fromTable.sort(byId)).toEqual(fromList.sort(byId));
  });
});

const seedMethods = seedReferenceMethods();

describe.skipIf(!seedMethods)('operation names against the SDK reference', () => {
  it('are the stable methods of the Python reference, snake_case turned into camelCase', () => {
    expect([...(seedMethods ?? [])].sort()).toEqual(rows.map(([id]) => id).sort());
  });
});
