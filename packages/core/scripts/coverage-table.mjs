#!/usr/bin/env node
// Writes the operation coverage block of README.md from the generated table and contract cases
// (`--check`: only report whether it is up to date). The TypeScript sources are loaded through esbuild.
import { readFileSync, writeFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { build } from 'esbuild';
import { packageRoot } from './codegen/inputs.mjs';
import { currentCoverageBlock, renderCoverageBlock, replaceCoverageBlock } from './coverage/render.mjs';

async function loadSources() {
  const result = await build({
    stdin: {
      contents:
        "export { operationTable } from './src/operations/table.gen';\n" +
        "export { contractCases } from './src/operations/contract-cases.gen';",
      resolveDir: packageRoot,
      loader: 'ts',
    },
    bundle: true,
    write: false,
    format: 'esm',
    platform: 'neutral',
    logLevel: 'silent',
  });
  const code = result.outputFiles[0].text;
  return import(`data:text/javascript;base64,${Buffer.from(code).toString('base64')}`);
}

async function main() {
  const check = process.argv.includes('--check');
  const readmePath = resolve(packageRoot, 'README.md');
  const readme = readFileSync(readmePath, 'utf8');
  const { operationTable, contractCases } = await loadSources();
  const block = renderCoverageBlock(operationTable, contractCases);
  if (check) {
    if (currentCoverageBlock(readme) !== block) {
      console.error('README.md coverage block is stale: run `pnpm codegen` (or node scripts/coverage-table.mjs).');
      process.exitCode = 1;
    }
    return;
  }
  writeFileSync(readmePath, replaceCoverageBlock(readme, block));
  console.log(`coverage: README.md updated (${Object.keys(operationTable).length} operations)`);
}

main().catch((error) => {
  console.error(error);
  process.exitCode = 1;
});
