import { execFile } from 'node:child_process';
import { createHmac } from 'node:crypto';
import { existsSync } from 'node:fs';
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { promisify } from 'node:util';
import { build } from 'esbuild';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type SmokeInput, webhookSmoke } from './testing/smoke';

// Bundles testing/smoke.ts from source (dist/ is not needed) and runs it under Node, Deno, Bun and
// workerd: Web Crypto and Request/Response must give every runtime the same answers as here. A
// missing runtime binary skips its test, unless REQUIRE_RUNTIMES=1.

const run = promisify(execFile);
const here = (path: string) => fileURLToPath(new URL(path, import.meta.url));
const bin = (name: string) => here(`../../node_modules/.bin/${name}`);
const required = process.env.REQUIRE_RUNTIMES === '1';

const secret = 'webhook-smoke-secret';
const sign = (body: string) => `sha1=${createHmac('sha1', secret).update(body).digest('hex')}`;
const body = JSON.stringify({
  type: 'notification_event',
  id: 'notif_1',
  app_id: 'a86dr8yl',
  topic: 'conversation.user.replied',
  data: { type: 'notification_event_data', item: { type: 'conversation', id: '147', body: 'héllo ✓' } },
});
const notANotification = '{"type":"event"}';
const input: SmokeInput = {
  secret,
  body,
  signature: sign(body),
  notANotification,
  notANotificationSignature: sign(notANotification),
};

let dir = '';
let expected: Awaited<ReturnType<typeof webhookSmoke>>;

beforeAll(async () => {
  expected = await webhookSmoke(input);
  dir = await mkdtemp(join(tmpdir(), 'intercom-kit-webhooks-'));
  const bundle = (entry: string, outfile: string) =>
    build({
      stdin: { contents: entry, resolveDir: here('.'), loader: 'ts' },
      bundle: true,
      format: 'esm',
      platform: 'neutral',
      mainFields: ['module', 'main'],
      outfile: join(dir, outfile),
      logLevel: 'error',
    });
  const read = `const input = JSON.parse(globalThis.Deno ? globalThis.Deno.args[0] : globalThis.process.argv[2]);`;
  await bundle(
    `import { webhookSmoke } from './testing/smoke';\n${read}\nconsole.log(JSON.stringify(await webhookSmoke(input)));`,
    'main.mjs',
  );
  await bundle(
    `import { webhookSmoke } from './testing/smoke';
export default { async test(_controller, env) { console.log('SMOKE ' + JSON.stringify(await webhookSmoke(JSON.parse(env.INPUT)))); } };`,
    'worker.js',
  );
});
afterAll(async () => {
  if (dir) await rm(dir, { recursive: true, force: true });
});

it('gives a meaningful reference result in-process', () => {
  expect(expected).toEqual({
    verified: true,
    verifiedBytes: true,
    forged: false,
    topic: 'conversation.user.replied',
    item: '147',
    statuses: [200, 401, 401, 400],
    delivered: ['conversation.user.replied'],
  });
});

function runtime(name: string, binary: string, test: () => Promise<unknown>) {
  const present = existsSync(binary);
  if (!present && !required) console.warn(`webhooks runtime test: skipping ${name}, no binary at ${binary}`);
  it.skipIf(!present && !required)(`runs under ${name}`, async () => {
    expect(await test()).toEqual(expected);
  });
}

const lastLine = (stdout: string) => JSON.parse(stdout.trim().split('\n').at(-1) ?? '');
const argument = JSON.stringify(input);

describe('webhooks in every runtime', { timeout: 90_000 }, () => {
  runtime('node', process.execPath, async () =>
    lastLine((await run(process.execPath, [join(dir, 'main.mjs'), argument])).stdout),
  );
  runtime('deno', bin('deno'), async () => {
    // No permissions at all: verifying and parsing need neither network, files nor environment.
    const { stdout } = await run(bin('deno'), ['run', join(dir, 'main.mjs'), argument], {
      env: { ...process.env, DENO_NO_UPDATE_CHECK: '1', NO_COLOR: '1' },
    });
    return lastLine(stdout);
  });
  runtime('bun', bin('bun'), async () => lastLine((await run(bin('bun'), [join(dir, 'main.mjs'), argument])).stdout));
  runtime('workerd', bin('workerd'), async () => {
    await writeFile(join(dir, 'config.capnp'), workerdConfig(argument));
    const { stdout, stderr } = await run(bin('workerd'), ['test', join(dir, 'config.capnp'), '--verbose']);
    const output = `${stdout}\n${stderr}`;
    expect(output).toContain('[ PASS ] main');
    const line = output.split('\n').find((each) => each.includes('SMOKE ')) ?? '';
    return JSON.parse(line.slice(line.indexOf('SMOKE ') + 'SMOKE '.length));
  });
});

function workerdConfig(input: string): string {
  return `using Workerd = import "/workerd/workerd.capnp";

const config :Workerd.Config = (services = [(name = "main", worker = .smoke)]);

const smoke :Workerd.Worker = (
  modules = [(name = "worker.js", esModule = embed "worker.js")],
  compatibilityDate = "2024-09-23",
  bindings = [(name = "INPUT", text = ${JSON.stringify(input)})],
);
`;
}
