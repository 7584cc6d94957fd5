import { mkdtemp, readFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { build, type Plugin } from 'esbuild';
import { build as buildWithTsup } from 'tsup';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { libraryBuild } from '../../../tsup.shared';

const entry = fileURLToPath(new URL('./index.ts', import.meta.url));
const packageDirectory = fileURLToPath(new URL('..', import.meta.url));

/**
 * The library as published, built by tsup with the repository's shared build options into a
 * temporary directory. Inside one file only statement-level annotations can make unused parts
 * removable, so this is the stricter case.
 */
const buildLibraryFile = async (outDir: string): Promise<string> => {
  await buildWithTsup({
    ...libraryBuild({ index: entry }),
    format: ['esm'],
    dts: false,
    outDir,
    config: false,
    silent: true,
  });
  return readFile(join(outDir, 'index.js'), 'utf8');
};

const libraryFilePlugin = (code: string): Plugin => ({
  name: 'library-file',
  setup(builder) {
    builder.onResolve({ filter: /^@intercom-kit\/search-dsl$/ }, () => ({ path: 'index.js', namespace: 'library' }));
    builder.onLoad({ filter: /.*/, namespace: 'library' }, () => ({
      contents: code,
      loader: 'js',
      resolveDir: packageDirectory,
    }));
  },
});

/** Bundles an application that imports `names`, as its bundler would, and returns the output. */
const bundleApp = async (names: string, plugin: Plugin | undefined): Promise<string> => {
  const from = plugin === undefined ? JSON.stringify(entry) : "'@intercom-kit/search-dsl'";
  const result = await build({
    stdin: {
      contents: `import { ${names} } from ${from};\nconsole.log(${names});`,
      resolveDir: packageDirectory,
      loader: 'ts',
    },
    bundle: true,
    write: false,
    format: 'esm',
    platform: 'neutral',
    treeShaking: true,
    logLevel: 'silent',
    plugins: plugin === undefined ? [] : [plugin],
  });
  return result.outputFiles[0]?.text ?? '';
};

// A field name found in one catalog only, and a message found only in the raw JSON parser.
const only = {
  conversations: 'conversation_rating.admin_d',
  contacts: 'andoid_sdk_version',
  tickets: 'ticket_type_id',
};
const JSON_PARSER = 'Got a whole request body';

describe.each(['source modules', 'the tsup build'])('tree-shaking, importing from %s', (from) => {
  let plugin: Plugin | undefined;
  let outDir: string | undefined;
  beforeAll(async () => {
    if (from === 'source modules') return;
    outDir = await mkdtemp(join(tmpdir(), 'search-dsl-build-'));
    plugin = libraryFilePlugin(await buildLibraryFile(outDir));
  }, 60_000);
  afterAll(async () => {
    if (outDir !== undefined) await rm(outDir, { recursive: true, force: true });
  });
  const bundle = (names: string) => bundleApp(names, plugin);

  it('the conversations builder leaves the other catalogs and the JSON parser out', async () => {
    const code = await bundle('conversations');
    expect(code).toContain(only.conversations);
    expect(code).not.toContain(only.contacts);
    expect(code).not.toContain(only.tickets);
    expect(code).not.toContain(JSON_PARSER);
  });

  it('the tickets builder carries only the tickets catalog', async () => {
    const code = await bundle('tickets');
    expect(code).toContain(only.tickets);
    expect(code).not.toContain(only.conversations);
    expect(code).not.toContain(only.contacts);
  });

  it('plain field() carries the catalogs it is checked against when sent, but not the JSON parser', async () => {
    const code = await bundle('field, and, or, not');
    for (const name of Object.values(only)) expect(code).toContain(name);
    expect(code).not.toContain(JSON_PARSER);
  });

  it('compileQuery, which resolves resource names and parses JSON, carries all of it (so the checks above can fail)', async () => {
    const code = await bundle('compileQuery');
    for (const name of Object.values(only)) expect(code).toContain(name);
    expect(code).toContain(JSON_PARSER);
  });
});
