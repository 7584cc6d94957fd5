// Bundles small browser programs that use the client the way an application would (esbuild, minified,
// ESM, browser platform, ofetch included) and reports their raw and gzip sizes.

import { resolve } from 'node:path';
import { gzipSync } from 'node:zlib';
import { build } from 'esbuild';
import { packageRoot } from '../codegen/inputs.mjs';

/** The two programs of the size budget, and their limits (bytes, gzip). */
export const programs = {
  'search two pages': {
    limit: 10 * 1024,
    source: `
      import { IntercomClient } from '@intercom-kit/core';
      const client = new IntercomClient({ token: 'token' });
      const page = await client.conversations.search({
        query: { operator: 'AND', value: [{ field: 'open', operator: '=', value: true }] },
        pagination: { per_page: 20 },
      });
      let pages = 0;
      for await (const current of page.iterPages()) {
        console.log(current.data.length);
        if (++pages === 2) break;
      }`,
  },
  'whole client (152 operations)': {
    limit: 14 * 1024,
    source: `
      import * as core from '@intercom-kit/core';
      const client = new core.IntercomClient({ token: 'token' });
      console.log(core, Object.keys(Object.getPrototypeOf(client)).map((group) => client[group]));`,
  },
};

export async function measure(source) {
  const result = await build({
    stdin: { contents: source, resolveDir: packageRoot, loader: 'js' },
    alias: { '@intercom-kit/core': resolve(packageRoot, 'src/index.ts') },
    bundle: true,
    minify: true,
    format: 'esm',
    platform: 'browser',
    target: 'es2022',
    write: false,
    logLevel: 'silent',
  });
  const bytes = result.outputFiles[0].contents;
  return { raw: bytes.length, gzip: gzipSync(bytes, { level: 9 }).length };
}
