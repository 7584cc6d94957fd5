import { execFile } from 'node:child_process';
import { existsSync } from 'node:fs';
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { promisify } from 'node:util';
import { build } from 'esbuild';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { IntercomClient } from '../src/index';
import { type SmokeResult, smoke } from './smoke.mjs';

// Runs runtime-tests/smoke.mjs against the built package (dist/) under each runtime, with the
// emulator (@intercom-kit/emulator/node) as the server. Every runtime must print what the same
// script prints here, in-process, from the source. A missing runtime binary skips its test,
// unless REQUIRE_RUNTIMES=1 (CI), where it fails.

const run = promisify(execFile);
const here = (path: string) => fileURLToPath(new URL(path, import.meta.url));
const bin = (name: string) => here(`../node_modules/.bin/${name}`);
const required = process.env.REQUIRE_RUNTIMES === '1';
const distBuilt = existsSync(here('../dist/index.js')) && existsSync(here('../dist/index.cjs'));

let baseUrl: string;
let close: (() => Promise<void>) | undefined;
let expected: SmokeResult;

beforeAll(async () => {
  if (!distBuilt) {
    throw new Error('dist/ is missing: run `pnpm --filter @intercom-kit/core build` before the runtime tests.');
  }
  const { serveEmulator } = await import('@intercom-kit/emulator/node').catch((error: unknown) => {
    throw new Error(`@intercom-kit/emulator/node did not load (pnpm --filter @intercom-kit/emulator build): ${error}`);
  });
  const served = await serveEmulator({ tokens: ['smoke-test-token'], conversations: 50 });
  baseUrl = served.url;
  close = () => served.close();
  expected = await smoke(IntercomClient, baseUrl);
});
afterAll(async () => {
  await close?.();
});

it('gets a meaningful reference result from the emulator', () => {
  expect(expected.admins.length).toBeGreaterThan(0);
  expect(expected.pages).toHaveLength(3);
  for (const page of expected.pages) expect(page).toHaveLength(2);
  expect(new Set(expected.pages.flat()).size).toBe(6);
  expect(expected.notFound).toBe('NotFoundError 404');
  expect(expected.rateLimitSeen).toBe(true);
});

/** The JSON line a runtime printed. */
function result(stdout: string): unknown {
  const line = stdout.trim().split('\n').at(-1) ?? '';
  return JSON.parse(line);
}

function runtime(name: string, binary: string, test: () => Promise<void>) {
  const present = existsSync(binary);
  if (!present && !required) console.warn(`runtime-tests: skipping ${name}, binary not found at ${binary}`);
  it.skipIf(!present && !required)(`runs the smoke script under ${name}`, async () => {
    if (!present) throw new Error(`REQUIRE_RUNTIMES=1 but the ${name} binary is missing at ${binary}`);
    await test();
  });
}

describe('runtimes', { timeout: 90_000 }, () => {
  runtime('node (ESM)', process.execPath, async () => {
    const { stdout } = await run(process.execPath, [here('node/main.mjs'), baseUrl]);
    expect(result(stdout)).toEqual(expected);
  });

  runtime('node (CommonJS)', process.execPath, async () => {
    const { stdout } = await run(process.execPath, [here('node/main.cjs'), baseUrl]);
    expect(result(stdout)).toEqual(expected);
  });

  runtime('deno', bin('deno'), async () => {
    // Network to the loopback server only; no --allow-env: the client must not need it.
    const { stdout } = await run(bin('deno'), ['run', '--allow-net=127.0.0.1', here('deno/main.mjs'), baseUrl], {
      env: { ...process.env, DENO_NO_UPDATE_CHECK: '1', NO_COLOR: '1' },
    });
    expect(result(stdout)).toEqual(expected);
  });

  runtime('bun', bin('bun'), async () => {
    const { stdout } = await run(bin('bun'), [here('bun/main.mjs'), baseUrl]);
    expect(result(stdout)).toEqual(expected);
  });

  runtime('workerd', bin('workerd'), async () => {
    const dir = await mkdtemp(join(tmpdir(), 'intercom-kit-workerd-'));
    try {
      await build({
        entryPoints: [here('workerd/worker.mjs')],
        bundle: true,
        format: 'esm',
        platform: 'neutral',
        conditions: ['workerd', 'worker', 'browser'],
        mainFields: ['module', 'main'],
        outfile: join(dir, 'worker.js'),
        logLevel: 'error',
      });
      await writeFile(join(dir, 'config.capnp'), workerdConfig(baseUrl));
      const { stdout, stderr } = await run(bin('workerd'), ['test', join(dir, 'config.capnp'), '--verbose']);
      const output = `${stdout}\n${stderr}`;
      expect(output).toContain('[ PASS ] main');
      const line = output.split('\n').find((l) => l.includes('SMOKE_RESULT')) ?? '';
      expect(JSON.parse(line.slice(line.indexOf('SMOKE_RESULT') + 'SMOKE_RESULT'.length))).toEqual(expected);
    } finally {
      await rm(dir, { recursive: true, force: true });
    }
  });
});

/** One worker running its `test` handler, allowed to reach the loopback server. */
function workerdConfig(url: string): string {
  return `using Workerd = import "/workerd/workerd.capnp";

const config :Workerd.Config = (
  services = [
    (name = "main", worker = .smokeWorker),
    (name = "internet", network = (allow = ["local", "private", "public"])),
  ],
);

const smokeWorker :Workerd.Worker = (
  modules = [(name = "worker.js", esModule = embed "worker.js")],
  compatibilityDate = "2024-09-23",
  bindings = [(name = "BASE_URL", text = ${JSON.stringify(url)})],
);
`;
}
