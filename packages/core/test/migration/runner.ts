import * as nodeCrypto from 'node:crypto';
import * as core from '@intercom-kit/core';
import * as webhooks from '@intercom-kit/core/webhooks';
import * as emulatorPackage from '@intercom-kit/emulator';
import * as searchDsl from '@intercom-kit/search-dsl';
import { transform } from 'esbuild';
import type { Example } from './markdown';

// The modules an example may import, shared with the tests so that `instanceof` works across both.
const modules: Record<string, unknown> = {
  '@intercom-kit/core': core,
  '@intercom-kit/core/webhooks': webhooks,
  '@intercom-kit/emulator': emulatorPackage,
  '@intercom-kit/search-dsl': searchDsl,
  'node:crypto': nodeCrypto,
};

const IMPORT = /^import (type )?\{([^}]*)\} from '([^']+)';$/;

/** Splits a block into its import lines (merged by module) and the statements after them. */
function splitImports(body: string, imports: Map<string, Set<string>>): string {
  const lines = body.split('\n');
  let index = 0;
  for (; index < lines.length; index++) {
    const line = (lines[index] as string).trim();
    if (line === '') continue;
    const match = IMPORT.exec(line);
    if (!match) break;
    const [, typeOnly, names = '', from = ''] = match;
    const set = imports.get(from) ?? new Set<string>();
    for (const name of names.split(',').map((each) => each.trim())) {
      if (name) set.add(typeOnly ? `type ${name}` : name);
    }
    imports.set(from, set);
  }
  return lines.slice(index).join('\n');
}

/**
 * The module that runs an example: the setup block's statements and then the example's (unless
 * it is standalone) inside one async function, so that the setup's variables are in scope and the
 * example's `return` is the function's result.
 */
export function exampleSource(example: Example, setup: Example | undefined): string {
  const imports = new Map<string, Set<string>>();
  const statements: string[] = [];
  if (!example.standalone && setup && setup !== example) statements.push(splitImports(setup.body, imports));
  statements.push(splitImports(example.body, imports));
  const importLines = [...imports].map(([from, names]) => `import { ${[...names].join(', ')} } from '${from}';`);
  return `${importLines.join('\n')}\nexport default async function example() {\n${statements.join('\n')}\n}\n`;
}

/** Transpiles an example (types are stripped, not checked) and returns its function. */
export async function loadExample(example: Example, setup: Example | undefined): Promise<() => Promise<unknown>> {
  const { code } = await transform(exampleSource(example, setup), {
    loader: 'ts',
    format: 'cjs',
    target: 'es2022',
    sourcefile: `docs/migration.md:${example.line} (${example.id})`,
  });
  const require = (name: string) => {
    if (!(name in modules))
      throw new Error(`Example ${example.id} imports ${name}, which the guide's runner does not provide`);
    return modules[name];
  };
  const module = { exports: {} as { default?: () => Promise<unknown> } };
  new Function('require', 'module', 'exports', code)(require, module, module.exports);
  if (typeof module.exports.default !== 'function')
    throw new Error(`Example ${example.id} did not compile to a function`);
  return module.exports.default;
}
