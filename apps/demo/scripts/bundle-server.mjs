// Compiles server/start.ts and the workspace packages it uses (from source, through the same
// aliases as the app) into one ES module, and imports it. One esbuild pass takes a fraction of a
// second, where loading the ~200 source modules one by one through Vite took several.
import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { build } from 'esbuild';

/** `aliases` are Vite's resolved `resolve.alias` entries (`{ find: RegExp | string, replacement }`). */
export async function loadServer(root, aliases) {
  const outdir = join(root, 'node_modules', '.cache', 'intercom-kit-demo');
  mkdirSync(outdir, { recursive: true });
  const outfile = join(outdir, 'server.mjs');
  await build({
    entryPoints: [join(root, 'server', 'start.ts')],
    outfile,
    bundle: true,
    platform: 'node',
    format: 'esm',
    target: 'node20',
    logLevel: 'warning',
    plugins: [workspaceSources(aliases)],
  });
  // A new query string each run, so a second start in the same process never reuses an old bundle.
  return import(`${pathToFileURL(outfile).href}?t=${Date.now()}`);
}

function workspaceSources(aliases) {
  return {
    name: 'workspace-sources',
    setup(build) {
      build.onResolve({ filter: /^@intercom-kit\// }, ({ path }) => {
        const alias = aliases.find(({ find }) => (find instanceof RegExp ? find.test(path) : find === path));
        return alias ? { path: alias.replacement } : undefined;
      });
    },
  };
}
