// Size budgets (bytes after esbuild minification and gzip; deterministic, not timed): the operation
// table stays compact, and the whole client with all 152 operations stays within 14 KB including ofetch.
import { describe, expect, it } from 'vitest';
import { measure, programs } from '../../scripts/bundle-size/measure.mjs';

describe('bundle size', () => {
  it('the operation table of 152 rows, with its decoder, is at most 2.3 KB gzip', async () => {
    // As object literals the same rows take 2.36 KB; the line format is what keeps them under this.
    const { gzip } = await measure(
      "import { operationTable } from './src/operations/table.gen'; console.log(operationTable);",
    );
    expect(gzip).toBeLessThanOrEqual(2.3 * 1024);
  });

  it('a program using the whole client is at most 14 KB gzip', async () => {
    const program = programs['whole client (152 operations)']!;
    const { gzip } = await measure(program.source);
    expect(gzip).toBeLessThanOrEqual(program.limit);
  });
});
