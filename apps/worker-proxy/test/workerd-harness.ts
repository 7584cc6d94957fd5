import { type ChildProcess, spawn, spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { connect, createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { build } from 'esbuild';

// Runs the Worker inside the real workerd runtime: the source is bundled with esbuild as wrangler
// would, and a generated capnp config defines the services, their bindings and one in-memory
// Durable Object namespace shared by several Worker services (separate isolates).

const here = (path: string) => fileURLToPath(new URL(path, import.meta.url));
export const workerdBinary = here('../node_modules/.bin/workerd');
export const COMPATIBILITY_DATE = '2026-11-01';

/** Whether the workerd binary exists and runs here; the reason when it does not. */
export function workerdAvailable(): { ok: true } | { ok: false; reason: string } {
  if (!existsSync(workerdBinary)) return { ok: false, reason: `workerd binary not found at ${workerdBinary}` };
  const probe = spawnSync(workerdBinary, ['--version'], { encoding: 'utf8' });
  if (probe.status !== 0)
    return { ok: false, reason: `workerd --version failed: ${probe.stderr || probe.error?.message}` };
  return { ok: true };
}

export async function bundleWorker(): Promise<string> {
  const result = await build({
    entryPoints: [here('../src/index.ts')],
    bundle: true,
    format: 'esm',
    platform: 'browser',
    target: 'es2022',
    conditions: ['workerd', 'worker', 'browser'],
    write: false,
    logLevel: 'warning',
    // The workspace packages from source, as the tests of every package use them.
    alias: {
      '@intercom-kit/core/proxy': here('../../../packages/core/src/proxy/index.ts'),
      '@intercom-kit/search-dsl': here('../../../packages/search-dsl/src/index.ts'),
    },
  });
  return result.outputFiles[0]!.text;
}

export interface WorkerService {
  readonly name: string;
  readonly vars: Readonly<Record<string, string>>;
  /** Declares the RequestBudget namespace itself, or binds the one declared by another service. */
  readonly budgetFrom?: string;
}

export interface RunningWorkerd {
  readonly urls: Readonly<Record<string, string>>;
  /** Everything workerd printed (the Workers' console output included). */
  output(): string;
  stop(): Promise<void>;
}

const text = (value: string) => JSON.stringify(value);

function capnpConfig(services: readonly WorkerService[], ports: readonly number[]): string {
  const workerConst = (service: WorkerService, index: number) => {
    const own = service.budgetFrom === undefined;
    const budget = own
      ? `durableObjectNamespace = "RequestBudget"`
      : `durableObjectNamespace = (className = "RequestBudget", serviceName = ${text(service.budgetFrom!)})`;
    const bindings = [
      ...Object.entries(service.vars).map(([name, value]) => `(name = ${text(name)}, text = ${text(value)})`),
      `(name = "RATE_BUDGET", ${budget})`,
    ];
    return `const worker${index} :Workerd.Worker = (
  compatibilityDate = ${text(COMPATIBILITY_DATE)},
  modules = [(name = "worker.js", esModule = embed "worker.js")],
  ${own ? `durableObjectNamespaces = [(className = "RequestBudget", uniqueKey = ${text(`${service.name}-budget`)})],\n  durableObjectStorage = (inMemory = void),` : ''}
  globalOutbound = "loopback",
  bindings = [\n    ${bindings.join(',\n    ')}\n  ],
);`;
  };
  return `using Workerd = import "/workerd/workerd.capnp";

const config :Workerd.Config = (
  services = [
    ${services.map((service, index) => `(name = ${text(service.name)}, worker = .worker${index})`).join(',\n    ')},
    (name = "loopback", network = (allow = ["local"])),
  ],
  sockets = [
    ${services.map((service, index) => `(name = ${text(service.name)}, address = "127.0.0.1:${ports[index]}", http = (), service = ${text(service.name)})`).join(',\n    ')},
  ],
);

${services.map(workerConst).join('\n\n')}
`;
}

async function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = createServer();
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const { port } = server.address() as { port: number };
      server.close(() => resolve(port));
    });
  });
}

async function waitForPort(port: number, child: ChildProcess, output: () => string): Promise<void> {
  const deadline = Date.now() + 20_000;
  while (Date.now() < deadline) {
    if (child.exitCode !== null) throw new Error(`workerd exited with ${child.exitCode}:\n${output()}`);
    const open = await new Promise<boolean>((resolve) => {
      const socket = connect(port, '127.0.0.1', () => {
        socket.destroy();
        resolve(true);
      });
      socket.once('error', () => resolve(false));
    });
    if (open) return;
    await new Promise((resolve) => setTimeout(resolve, 50));
  }
  throw new Error(`workerd did not listen on ${port} within 20 s:\n${output()}`);
}

export async function startWorkerd(bundle: string, services: readonly WorkerService[]): Promise<RunningWorkerd> {
  const dir = await mkdtemp(join(tmpdir(), 'worker-proxy-'));
  const ports = await Promise.all(services.map(() => freePort()));
  await writeFile(join(dir, 'worker.js'), bundle);
  await writeFile(join(dir, 'config.capnp'), capnpConfig(services, ports));
  let printed = '';
  const child = spawn(workerdBinary, ['serve', join(dir, 'config.capnp'), '--verbose'], {
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  child.stdout?.on('data', (chunk) => {
    printed += chunk;
  });
  child.stderr?.on('data', (chunk) => {
    printed += chunk;
  });
  const output = () => printed;
  try {
    for (const port of ports) await waitForPort(port, child, output);
  } catch (error) {
    child.kill();
    await rm(dir, { recursive: true, force: true });
    throw error;
  }
  return {
    urls: Object.fromEntries(services.map((service, index) => [service.name, `http://127.0.0.1:${ports[index]}`])),
    output,
    async stop() {
      if (child.exitCode === null) {
        const exited = new Promise((resolve) => child.once('exit', resolve));
        child.kill();
        await exited;
      }
      await rm(dir, { recursive: true, force: true });
    },
  };
}
