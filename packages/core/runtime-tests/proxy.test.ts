import { execFile } from 'node:child_process';
import { existsSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { promisify } from 'node:util';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { expectedProxySmoke, SMOKE_TOKEN } from './proxy/smoke.mjs';

// The built proxy entry (dist/proxy.js) served unchanged by Deno.serve, Bun.serve and node:http
// (through toNodeHandler), in front of the emulator on loopback: one allowed call, one refused.
// A missing runtime binary skips its test, unless REQUIRE_RUNTIMES=1 (CI), where it fails.

const run = promisify(execFile);
const here = (path: string) => fileURLToPath(new URL(path, import.meta.url));
const bin = (name: string) => here(`../node_modules/.bin/${name}`);
const required = process.env.REQUIRE_RUNTIMES === '1';

let upstream: string;
let upstreamCalls: string[] = [];
let close: (() => Promise<void>) | undefined;

beforeAll(async () => {
  if (!existsSync(here('../dist/proxy.js'))) {
    throw new Error('dist/proxy.js is missing: run `pnpm --filter @intercom-kit/core build` before the runtime tests.');
  }
  const { createEmulator } = await import('@intercom-kit/emulator');
  const { serveEmulator } = await import('@intercom-kit/emulator/node');
  const emulator = createEmulator({ tokens: [SMOKE_TOKEN], conversations: 10, rateLimit: false });
  const served = await serveEmulator({
    ...emulator,
    fetch: (input, init) => {
      const request = new Request(input, init);
      upstreamCalls.push(`${request.method} ${new URL(request.url).pathname}`);
      return emulator.fetch(request);
    },
  });
  upstream = served.url;
  close = () => served.close();
});
afterAll(async () => {
  await close?.();
});

function runtime(name: string, binary: string, args: (script: string) => string[]) {
  const present = existsSync(binary);
  if (!present && !required)
    console.warn(`runtime-tests: skipping the proxy under ${name}, binary not found at ${binary}`);
  it.skipIf(!present && !required)(`serves the proxy under ${name}`, async () => {
    if (!present) throw new Error(`REQUIRE_RUNTIMES=1 but the ${name} binary is missing at ${binary}`);
    upstreamCalls = [];
    const { stdout } = await run(binary, args(here(`proxy/${name}.mjs`)), {
      env: { ...process.env, DENO_NO_UPDATE_CHECK: '1', NO_COLOR: '1' },
    });
    expect(JSON.parse(stdout.trim().split('\n').at(-1) ?? '')).toEqual(expectedProxySmoke);
    // Only the allowed call reached the emulator, which accepts nothing but the proxy's token.
    expect(upstreamCalls).toEqual(['GET /admins']);
    expect(stdout).not.toContain(SMOKE_TOKEN);
  });
}

describe('the proxy in each runtime', { timeout: 60_000 }, () => {
  runtime('node', process.execPath, (script) => [script, upstream]);
  // Network to loopback only, no environment access: the proxy must not need it.
  runtime('deno', bin('deno'), (script) => ['run', '--allow-net=127.0.0.1', script, upstream]);
  runtime('bun', bin('bun'), (script) => [script, upstream]);
});
