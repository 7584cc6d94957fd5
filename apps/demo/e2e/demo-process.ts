import { type ChildProcess, spawn } from 'node:child_process';
import { fileURLToPath } from 'node:url';

export interface DemoProcess {
  readonly url: string;
  readonly output: () => string;
  /** Sends Ctrl-C (SIGINT) and resolves with the exit code. */
  stop(): Promise<number | null>;
}

const appDir = fileURLToPath(new URL('..', import.meta.url));

/** Runs the demo exactly as `pnpm demo` does (`node scripts/demo.mjs`), on a free port, and waits for its URL. */
export async function startDemoProcess(timeoutMs = 90_000): Promise<DemoProcess> {
  const child = spawn(process.execPath, ['scripts/demo.mjs'], {
    cwd: appDir,
    env: { ...process.env, PORT: '0', INTERCOM_TOKEN: '', INTERCOM_REGION: '' },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let output = '';
  child.stdout?.on('data', (chunk: Buffer) => {
    output += chunk.toString();
  });
  child.stderr?.on('data', (chunk: Buffer) => {
    output += chunk.toString();
  });
  const url = await new Promise<string>((resolve, reject) => {
    const timer = setTimeout(() => fail(`the demo printed no URL within ${timeoutMs} ms`), timeoutMs);
    const fail = (why: string) => {
      clearTimeout(timer);
      child.kill('SIGKILL');
      reject(new Error(`${why}. Output:\n${output}`));
    };
    child.stdout?.on('data', () => {
      const match = /(http:\/\/127\.0\.0\.1:\d+\/)/.exec(output);
      if (match?.[1]) {
        clearTimeout(timer);
        resolve(match[1]);
      }
    });
    child.once('exit', (code) => fail(`the demo exited with code ${code}`));
  });
  return { url, output: () => output, stop: () => stop(child) };
}

function stop(child: ChildProcess): Promise<number | null> {
  if (child.exitCode !== null) return Promise.resolve(child.exitCode);
  return new Promise((resolve) => {
    const force = setTimeout(() => child.kill('SIGKILL'), 15_000);
    child.once('exit', (code) => {
      clearTimeout(force);
      resolve(code);
    });
    child.kill('SIGINT');
  });
}
