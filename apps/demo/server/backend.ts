import { type AllowRule, createIntercomProxy, type FetchHandler } from '@intercom-kit/core/proxy';
import { createEmulator, type Emulator } from '@intercom-kit/emulator';
import type { DemoInfo } from '../shared/faults';
import type { Upstream } from './config';
import { FaultSwitch, withFaults } from './fault-switch';

/** Where the proxy is mounted; the browser's client uses `<origin>/api` as its base URL. */
export const API_MOUNT = '/api';

/** The writes the screens make; every other write is refused by the proxy with 403. */
export const UI_WRITES = [
  'conversations.reply',
  'conversations.manage',
  'conversations.update',
  'tags.tagConversation',
  'tags.untagConversation',
  'notes.create',
] as const satisfies readonly AllowRule[];

// Only ever sent from the proxy to the in-process emulator, which accepts this token and no other.
const EMULATOR_TOKEN = 'demo-emulator-token';
const REVOKED_TOKEN = 'revoked-demo-token';

/**
 * Intercom's budget (10,000 a minute, the emulator's 1,666 per 10 s) in 2-second windows: the same
 * rate, but a client told to wait for the window to reset waits at most 2 s, so a simulated 429
 * reaches the screen after the client's retries in seconds rather than in half a minute.
 */
export const EMULATOR_RATE_LIMIT = { limit: 333, windowMs: 2_000 } as const;

export interface DemoBackend {
  /** The proxy: a fetch handler for requests under `/api`. */
  readonly proxy: FetchHandler;
  readonly info: DemoInfo;
  /** Present only against the emulator. */
  readonly faults?: FaultSwitch;
  readonly emulator?: Emulator;
}

/**
 * The proxy in front of the seeded emulator, or in front of a real region with the token.
 * `allowUnauthenticated` is safe here only because the server listens on the loopback interface
 * and refuses other Host names (see `isLoopbackHost`).
 */
export function createBackend(upstream: Upstream): DemoBackend {
  const common = { mountPath: API_MOUNT, allowUnauthenticated: true, allow: ['readOnly', ...UI_WRITES] } as const;
  if (upstream.kind === 'live') {
    const proxy = createIntercomProxy({ ...common, token: upstream.token, baseUrl: upstream.region });
    return { proxy, info: { upstream: 'live', region: upstream.region, faults: false } };
  }
  const emulator = createEmulator({ seed: upstream.seed, tokens: [EMULATOR_TOKEN], rateLimit: EMULATOR_RATE_LIMIT });
  const faults = new FaultSwitch();
  const proxy = createIntercomProxy({
    ...common,
    token: EMULATOR_TOKEN,
    baseUrl: 'http://emulator.localhost',
    fetch: withFaults((input, init) => emulator.fetch(input, init), faults, REVOKED_TOKEN),
  });
  return { proxy, info: { upstream: 'emulator', seed: upstream.seed, faults: true }, faults, emulator };
}
