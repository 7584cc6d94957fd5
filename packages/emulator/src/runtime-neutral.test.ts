import { readdirSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';

/** The core must run in workerd and browsers: only the Node adapter and the CLI may use Node built-ins. */
const root = fileURLToPath(new URL('.', import.meta.url));
const nodeOnly = new Set(['node.ts', 'cli.ts', 'cli-options.ts']);

function sourceFiles(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) return entry.name === 'test-support' ? [] : sourceFiles(path);
    return entry.name.endsWith('.ts') && !/\.test(-d)?\.ts$/.test(entry.name) ? [path] : [];
  });
}

describe('runtime neutrality', () => {
  const files = sourceFiles(root).filter((f) => !nodeOnly.has(relative(root, f)));

  it('finds the core sources', () => {
    expect(files.length).toBeGreaterThan(30);
  });

  it.each(files.map((f) => relative(root, f)))('%s uses no Node built-ins or globals', (file) => {
    const text = readFileSync(join(root, file), 'utf8');
    expect(text).not.toMatch(
      /from ['"]node:|require\(|\bprocess\.|\bBuffer\b|from ['"](fs|http|path|os|util|crypto)['"]/,
    );
  });
});
