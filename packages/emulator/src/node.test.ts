import { spawn } from 'node:child_process';
import { existsSync } from 'node:fs';
import { request as httpRequest } from 'node:http';
import { fileURLToPath } from 'node:url';
import { afterAll, describe, expect, it } from 'vitest';
import { createEmulator } from './emulator';
import { type ServedEmulator, serveEmulator } from './node';
import { FIXED_NOW } from './test-support/client';

const auth = { Authorization: 'Bearer t' };

describe('serveEmulator', () => {
  let served: ServedEmulator;
  afterAll(() => served?.close());

  it('serves the emulator over HTTP on loopback with a free port', async () => {
    served = await serveEmulator({ now: FIXED_NOW, conversations: 20 });
    expect(served.url).toMatch(/^http:\/\/127\.0\.0\.1:\d+$/);
    const me = await fetch(`${served.url}/me`, { headers: auth });
    expect(me.status).toBe(200);
    expect(me.headers.get('x-request-id')).toBeTruthy();
    expect((await me.json()).type).toBe('admin');
    const search = await fetch(`${served.url}/conversations/search`, {
      method: 'POST',
      headers: { ...auth, 'Content-Type': 'application/json' },
      body: JSON.stringify({ query: { field: 'open', operator: '=', value: true }, pagination: { per_page: 2 } }),
    });
    expect((await search.json()).conversations).toHaveLength(2);
    expect((await fetch(`${served.url}/me`)).status).toBe(401);
  });

  it('destroys the socket on a dropped-connection fault', async () => {
    const outcome = await new Promise<string>((resolve) => {
      const req = httpRequest(`${served.url}/me`, { headers: { ...auth, 'X-Emulator-Fault': 'drop' } }, () =>
        resolve('answered'),
      );
      req.on('error', (error: NodeJS.ErrnoException) => resolve(error.code ?? error.message));
      req.end();
    });
    expect(outcome).toBe('ECONNRESET');
  });

  it('serves an existing emulator instance and closes cleanly', async () => {
    const emulator = createEmulator({ now: FIXED_NOW, conversations: 5 });
    const own = await serveEmulator(emulator, { port: 0 });
    expect(own.emulator).toBe(emulator);
    await own.close();
    await expect(fetch(`${own.url}/me`, { headers: auth })).rejects.toThrow();
  });
});

const bin = fileURLToPath(new URL('../bin/intercom-emulator.mjs', import.meta.url));
const built = existsSync(fileURLToPath(new URL('../dist/cli.js', import.meta.url)));
if (!built)
  console.warn('[cli] dist/cli.js is missing: run `pnpm --filter @intercom-kit/emulator build` to test the built CLI.');

describe.skipIf(!built)('intercom-emulator CLI (built)', () => {
  it('starts, prints its URL and answers requests', async () => {
    const child = spawn(process.execPath, [bin, '--port', '0', '--seed', '2', '--conversations', '50'], {
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    try {
      const line = await new Promise<string>((resolve, reject) => {
        let out = '';
        child.stdout.on('data', (chunk: Buffer) => {
          out += chunk.toString();
          if (out.includes('\n')) resolve(out);
        });
        child.on('exit', (code) => reject(new Error(`exited with ${code}`)));
      });
      const url = /listening on (http:\/\/[^ ]+)/.exec(line)?.[1];
      expect(line).toContain('seed 2, 50 conversations');
      const response = await fetch(`${url}/conversations?per_page=1`, { headers: auth });
      expect((await response.json()).total_count).toBe(50);
    } finally {
      child.kill('SIGTERM');
    }
  });
});
