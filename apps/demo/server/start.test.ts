import { createServer } from 'node:net';
import { afterEach, describe, expect, it } from 'vitest';
import { type RunningDemo, startDemo } from './start';

const running: RunningDemo[] = [];
afterEach(async () => {
  await Promise.all(running.splice(0).map((demo) => demo.close()));
});

const appStub = (_req: unknown, res: { end(body: string): void }) => res.end('the app');

async function start(env: Record<string, string>) {
  const demo = await startDemo({ env, app: appStub });
  running.push(demo);
  return demo;
}

describe('startDemo', () => {
  it('serves the proxy under /api and the app everywhere else, on one loopback port', async () => {
    const demo = await start({ PORT: '0' });
    expect(demo.url).toMatch(/^http:\/\/127\.0\.0\.1:\d+\/$/);
    expect(demo.banner).toBe(`intercom-kit demo on the embedded emulator, seed 1: ${demo.url}`);
    const admins = await fetch(new URL('api/admins', demo.url));
    expect(admins.status).toBe(200);
    expect((await admins.json()).type).toBe('admin.list');
    expect(await (await fetch(new URL('inbox', demo.url))).text()).toBe('the app');
  });

  it('moves to the next free port when the one asked for is taken', async () => {
    const blocker = createServer();
    await new Promise<void>((resolve) => blocker.listen(0, '127.0.0.1', resolve));
    const address = blocker.address();
    const taken = typeof address === 'object' && address ? address.port : 0;
    try {
      const demo = await start({ PORT: String(taken) });
      expect(new URL(demo.url).port).not.toBe(String(taken));
      expect((await fetch(new URL('__demo/info', demo.url))).status).toBe(200);
    } finally {
      blocker.close();
    }
  });

  it('says what is wrong with the environment before listening', async () => {
    await expect(startDemo({ env: { INTERCOM_TOKEN: 't', INTERCOM_REGION: 'mars' }, app: appStub })).rejects.toThrow(
      "INTERCOM_REGION must be one of us, eu, au; got 'mars'.",
    );
  });
});
