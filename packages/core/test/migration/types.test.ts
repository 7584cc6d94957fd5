import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import ts from 'typescript';
import { afterAll, describe, expect, it } from 'vitest';
import { asExample, type Example, isTypeScript, parseGuide, readGuide } from './markdown';
import { exampleSource } from './runner';

const root = fileURLToPath(new URL('../../../../', import.meta.url));
const examples = parseGuide(readGuide())
  .blocks.filter(isTypeScript)
  .map(asExample)
  .filter((example): example is Example => example !== undefined);
const setup = examples.find((example) => example.id === 'setup');

let folder: string | undefined;
afterAll(() => {
  if (folder) rmSync(folder, { recursive: true, force: true });
});

describe('the TypeScript of docs/migration.md', () => {
  it('type-checks against the packages', {
    timeout: 120_000,
  }, () => {
    folder = mkdtempSync(join(tmpdir(), 'intercom-kit-migration-'));
    const files = examples.map((example) => {
      const file = join(folder as string, `${example.id}.ts`);
      writeFileSync(file, exampleSource(example, setup));
      return file;
    });
    const config = ts.readConfigFile(join(root, 'tsconfig.json'), ts.sys.readFile);
    const { options } = ts.parseJsonConfigFileContent(config.config, ts.sys, root);
    const program = ts.createProgram(files, {
      ...options,
      noEmit: true,
      types: ['node'],
      typeRoots: [join(root, 'node_modules/@types')],
      // The models mark every member optional (as the description and intercom-client 7.x do), so
      // examples are checked for names, shapes and value types, not for `undefined` handling.
      strictNullChecks: false,
      baseUrl: root,
      paths: {
        '@intercom-kit/core': ['packages/core/src/index.ts'],
        '@intercom-kit/core/webhooks': ['packages/core/src/webhooks/index.ts'],
        '@intercom-kit/search-dsl': ['packages/search-dsl/src/index.ts'],
        '@intercom-kit/emulator': ['packages/emulator/src/index.ts'],
      },
    });
    const errors = ts
      .getPreEmitDiagnostics(program)
      .filter((diagnostic) => diagnostic.file && files.includes(diagnostic.file.fileName))
      .map((diagnostic) => {
        const id = (diagnostic.file?.fileName.split(/[\\/]/).pop() ?? '').replace(/\.ts$/, '');
        const message = ts.flattenDiagnosticMessageText(diagnostic.messageText, '\n').split('\n')[0];
        return `${id}: ${message}`;
      });
    expect(errors.sort()).toEqual([]);
  });
});
