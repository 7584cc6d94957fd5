// Shared by the browser (the "Simulate" menu) and the demo server (which injects the fault).

export const simulatedFaults = ['rate-limit', 'auth', 'network', 'server'] as const;
export type SimulatedFault = (typeof simulatedFaults)[number];

export const faultLabels: Record<SimulatedFault, string> = {
  'rate-limit': 'Rate limit (429)',
  auth: 'Authentication failure (401)',
  network: 'Network drop',
  server: 'Server error (503)',
};

/** The browser client's retries; a simulated failure must outlast them to reach the screen. */
export const CLIENT_MAX_RETRIES = 2;

/**
 * How many upstream attempts a simulated fault spans: the call plus the client's automatic retries
 * for the failures it retries (429, 5xx, dropped connections); a 401 is never retried.
 */
export function attemptsFor(fault: SimulatedFault): number {
  return fault === 'auth' ? 1 : CLIENT_MAX_RETRIES + 1;
}

export function isSimulatedFault(value: unknown): value is SimulatedFault {
  return typeof value === 'string' && (simulatedFaults as readonly string[]).includes(value);
}

/** What `GET /__demo/info` answers. */
export interface DemoInfo {
  readonly upstream: 'emulator' | 'live';
  /** The emulator's seed, or the live workspace's region. */
  readonly seed?: number;
  readonly region?: string;
  /** Whether `POST /__demo/faults` is available (only against the emulator). */
  readonly faults: boolean;
}
