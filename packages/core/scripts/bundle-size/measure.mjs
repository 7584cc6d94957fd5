// Bundles small browser programs that use the client the way an application would (esbuild, minified,
// ESM, browser platform, ofetch included) and reports their raw and gzip sizes and the source files
// that went in. The size budgets are the tests'; the bench compares the same kind of programs with
// intercom-client.

import { resolve } from 'node:path';
import { gzipSync } from 'node:zlib';
import { build } from 'esbuild';
import { packageRoot } from '../codegen/inputs.mjs';

export async function measure(source) {
  const result = await build({
    stdin: { contents: source, resolveDir: packageRoot, loader: 'ts' },
    alias: { '@intercom-kit/core': resolve(packageRoot, 'src/index.ts') },
    bundle: true,
    minify: true,
    format: 'esm',
    // Fails on any Node built-in.
    platform: 'browser',
    target: 'es2022',
    write: false,
    logLevel: 'silent',
    metafile: true,
  });
  const bytes = result.outputFiles[0].contents;
  return { raw: bytes.length, gzip: gzipSync(bytes, { level: 9 }).length, inputs: Object.keys(result.metafile.inputs) };
}
