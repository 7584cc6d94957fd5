/** Where the proxy sends requests: the embedded emulator, or a real workspace with a token. */
export type Upstream =
  | { readonly kind: 'emulator'; readonly seed: number }
  | { readonly kind: 'live'; readonly region: Region; readonly token: string };

export type Region = 'us' | 'eu' | 'au';

export interface DemoConfig {
  readonly upstream: Upstream;
  /** The port asked for; the next free one is used when it is taken. */
  readonly port: number;
}

export const DEFAULT_PORT = 5173;
export const DEFAULT_SEED = 1;
const REGIONS: readonly Region[] = ['us', 'eu', 'au'];

/** A setting in the environment that cannot be used; the message says which and what to set instead. */
export class DemoConfigError extends Error {
  override readonly name = 'DemoConfigError';
}

type Env = Readonly<Record<string, string | undefined>>;

/** Reads `INTERCOM_TOKEN`, `INTERCOM_REGION`, `DEMO_SEED` and `PORT`. Without a token the emulator is used. */
export function readDemoConfig(env: Env): DemoConfig {
  return { upstream: readUpstream(env), port: readPort(env.PORT) };
}

function readUpstream(env: Env): Upstream {
  const token = env.INTERCOM_TOKEN?.trim();
  if (!token) {
    if (env.INTERCOM_REGION?.trim()) {
      throw new DemoConfigError(
        'INTERCOM_REGION is set but INTERCOM_TOKEN is not: set both, or neither for the emulator.',
      );
    }
    return { kind: 'emulator', seed: readSeed(env.DEMO_SEED) };
  }
  const region = (env.INTERCOM_REGION?.trim() || 'us').toLowerCase();
  if (!isRegion(region)) {
    throw new DemoConfigError(`INTERCOM_REGION must be one of ${REGIONS.join(', ')}; got '${env.INTERCOM_REGION}'.`);
  }
  return { kind: 'live', region, token };
}

function isRegion(value: string): value is Region {
  return (REGIONS as readonly string[]).includes(value);
}

function readPort(value: string | undefined): number {
  if (value === undefined || value.trim() === '') return DEFAULT_PORT;
  const port = Number(value);
  if (!Number.isInteger(port) || port < 0 || port > 65535) {
    throw new DemoConfigError(`PORT must be a whole number from 0 to 65535; got '${value}'.`);
  }
  return port;
}

function readSeed(value: string | undefined): number {
  if (value === undefined || value.trim() === '') return DEFAULT_SEED;
  const seed = Number(value);
  if (!Number.isInteger(seed)) throw new DemoConfigError(`DEMO_SEED must be an integer; got '${value}'.`);
  return seed;
}
