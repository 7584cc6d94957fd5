import { readdirSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { build } from 'esbuild';
import { describe, expect, it } from 'vitest';

const folder = fileURLToPath(new URL('.', import.meta.url));
const sources = readdirSync(folder).filter((name) => name.endsWith('.ts') && !/\.test(-d)?\.ts$/.test(name));

describe('the webhooks entry point', () => {
  it('uses no Node built-ins or runtime globals, so it runs on Workers, Deno, Bun and browsers', () => {
    for (const name of sources) {
      const code = readFileSync(`${folder}${name}`, 'utf8');
      expect(code, name).not.toMatch(/from ['"]node:|\bBuffer\b|\bprocess\.|require\(/);
    }
  });

  it('bundles without the HTTP client: a handler that only verifies carries no ofetch, transport or operation table', async () => {
    const result = await build({
      entryPoints: [`${folder}index.ts`],
      bundle: true,
      write: false,
      format: 'esm',
      minify: true,
      metafile: true,
      logLevel: 'silent',
    });
    const inputs = Object.keys(result.metafile.inputs);
    expect(inputs.some((path) => path.includes('valibot'))).toBe(true);
    for (const unwanted of ['ofetch', '/transport/', '/operations/table', 'src/client.ts', '/search-dsl/']) {
      expect(
        inputs.filter((path) => path.includes(unwanted)),
        unwanted,
      ).toEqual([]);
    }
  });
});
