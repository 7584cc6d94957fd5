// The README's coverage block is generated from the table; this fails when it is stale, and checks that
// what it counts as implemented is callable on a client.
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import {
  currentCoverageBlock,
  DESCRIBED_OPERATIONS,
  renderCoverageBlock,
  SDK_OPERATIONS,
} from '../../scripts/coverage/render.mjs';
import { IntercomClient } from '../client';
import { loadSharedInputs, sharedInputsPresent } from './contract/shared-inputs';
import { contractCases } from './contract-cases.gen';
import { type OperationId, operationTable } from './table.gen';

const readme = readFileSync(new URL('../../README.md', import.meta.url), 'utf8');

describe('README operation coverage', () => {
  it('is up to date with the operation table and the contract cases (run `pnpm codegen` if not)', () => {
    expect(currentCoverageBlock(readme)).toBe(renderCoverageBlock(operationTable, contractCases));
  });

  it('counts as implemented only operations the client can call', () => {
    const client = new IntercomClient({ token: 't', fetch: async () => new Response('{}') });
    const callable = (Object.keys(operationTable) as OperationId[]).filter((id) => {
      let target: unknown = client;
      for (const segment of id.split('.')) target = (target as Record<string, unknown> | undefined)?.[segment];
      return typeof target === 'function';
    });
    expect(callable).toHaveLength(SDK_OPERATIONS);
  });

  it('renders counts from its inputs', () => {
    const table = { 'a.one': { path: '/a' }, 'a.two': { path: '/a', pagination: {} }, 'b.c.three': { path: '/c' } };
    const block = renderCoverageBlock(table, [{ id: 'a.one' }, { id: 'a.one' }, { id: 'b.c.three' }]);
    expect(block).toContain(`**3 / ${SDK_OPERATIONS}** operations implemented · **2 / ${DESCRIBED_OPERATIONS}**`);
    expect(block).toContain('(3 calls) · 1 paginated');
    expect(block).toContain('| `a` | 2 | 1 | 1 |');
    expect(block).toContain('| `b.c` | 1 | 1 | 0 |');
    expect(block).toContain('not contract-tested: `a.two`.');
  });
});

describe.skipIf(!sharedInputsPresent)('README operation coverage denominators', () => {
  it('are the counts of operations.json', () => {
    const listed = loadSharedInputs().operations;
    expect(listed).toHaveLength(SDK_OPERATIONS);
    expect(listed.filter((o) => o.inSpec214)).toHaveLength(DESCRIBED_OPERATIONS);
  });
});
