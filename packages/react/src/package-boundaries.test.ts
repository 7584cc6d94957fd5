// @vitest-environment node
import { readdirSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';

const srcDir = fileURLToPath(new URL('.', import.meta.url));
const isTest = (path: string) => /\.test(-d)?\.tsx?$/.test(path) || path.startsWith('test-support/');

function sourceFiles(dir = srcDir): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const path = join(dir, entry.name);
    return entry.isDirectory() ? sourceFiles(path) : [relative(srcDir, path)];
  });
}

const imports = (path: string) =>
  [...readFileSync(join(srcDir, path), 'utf8').matchAll(/from '([^']+)'/g)].map((match) => match[1] as string);

describe('what the library code may import', () => {
  const library = sourceFiles().filter((path) => !isTest(path));

  it('has library files to check', () => {
    expect(library).toContain('index.ts');
    expect(library.length).toBeGreaterThan(30);
  });

  it('imports only core, TanStack Query, React and its own modules', () => {
    const allowed = /^(\.{1,2}\/|@intercom-kit\/core$|@tanstack\/react-query$|react$)/;
    const outside = library.flatMap((path) =>
      imports(path)
        .filter((from) => !allowed.test(from))
        .map((from) => `${path}: ${from}`),
    );
    expect(outside).toEqual([]);
  });

  it('keeps test helpers out of the library', () => {
    const reaching = library.flatMap((path) => imports(path).filter((from) => from.includes('test-support')));
    expect(reaching).toEqual([]);
  });

  it('exports nothing from internal/ at the package root', () => {
    expect(imports('index.ts').filter((from) => from.includes('internal/'))).toEqual([]);
  });
});
