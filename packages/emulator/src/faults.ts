import { ApiError } from './errors';
import { createRandom, type Random } from './random';

/** Per-instance fault rates: each request independently fails with these probabilities. */
export interface FaultOptions {
  /** Seeds the fault decisions (defaults to the emulator's seed). */
  seed?: number;
  /** Added delay per request: a fixed number of ms, or a [min, max] range drawn per request. */
  latencyMs?: number | readonly [number, number];
  /** Probability (0–1) of answering a 5xx (`errorStatus`, default 500). */
  errorRate?: number;
  errorStatus?: ServerErrorStatus;
  /** Probability of answering 429 regardless of the real budget. */
  rateLimitRate?: number;
  /** Probability of dropping the connection (in-process `fetch` rejects with a TypeError). */
  dropRate?: number;
}

export type ServerErrorStatus = 500 | 502 | 503 | 504;
/** Statuses a request can be forced to answer: server errors, a refused budget, and a lost or restricted token. */
export type ForcedStatus = ServerErrorStatus | 429 | 401 | 403;
/** One forced fault: a status, a dropped connection or a delay. Strings use the header syntax. */
export type ForcedFault = ForcedStatus | 'drop' | { latencyMs: number } | string;

export type FaultOutcome = { kind: 'status'; status: ForcedStatus } | { kind: 'drop' } | null;

const forcedStatuses = ['401', '403', '429', '500', '502', '503', '504'];

export interface FaultDecision {
  latencyMs: number;
  outcome: FaultOutcome;
}

export const FAULT_HEADER = 'X-Emulator-Fault';

interface Forced {
  latencyMs?: number;
  outcome: FaultOutcome;
}

/** Decides, deterministically from its seed and the order of requests, which requests fail and how. */
export class FaultInjector {
  private options: FaultOptions = {};
  private random: Random;
  private readonly queue: Forced[] = [];

  constructor(
    private readonly defaultSeed: number,
    options: FaultOptions = {},
  ) {
    this.random = createRandom(options.seed ?? defaultSeed);
    this.set(options);
  }

  /** Replaces the instance's fault rates (a new `seed` restarts the sequence of decisions). */
  set(options: FaultOptions): void {
    for (const key of ['errorRate', 'rateLimitRate', 'dropRate'] as const) {
      const rate = options[key];
      if (rate !== undefined && !(rate >= 0 && rate <= 1))
        throw new RangeError(`faults.${key} must be between 0 and 1, got ${rate}`);
    }
    const latency = options.latencyMs;
    if (latency !== undefined && [latency].flat().some((ms) => !(Number.isFinite(ms) && ms >= 0))) {
      throw new RangeError(`faults.latencyMs must be >= 0 (or a [min, max] range), got ${String(latency)}`);
    }
    this.options = { ...options };
    if (options.seed !== undefined) this.random = createRandom(options.seed);
  }

  /** Clears rates and queued faults and restarts the decision sequence from the default seed. */
  reset(): void {
    this.options = {};
    this.queue.length = 0;
    this.random = createRandom(this.defaultSeed);
  }

  /** Forces `fault` on the next `times` requests (before any rate-based decision). */
  next(fault: ForcedFault, times = 1): void {
    const forced = toForced(fault);
    for (let i = 0; i < times; i++) this.queue.push(forced);
  }

  /** A request's fault: its header wins, then queued faults, then the instance's rates. */
  decide(header: string | null): FaultDecision {
    // Always draw the same numbers per request so one rate change does not reshuffle the rest.
    const [dropRoll, limitRoll, errorRoll, latencyRoll] = [
      this.random.next(),
      this.random.next(),
      this.random.next(),
      this.random.next(),
    ];
    const forced = header ? parseFaultHeader(header) : this.queue.shift();
    if (forced) return { latencyMs: forced.latencyMs ?? 0, outcome: forced.outcome };
    const o = this.options;
    const outcome: FaultOutcome =
      dropRoll < (o.dropRate ?? 0)
        ? { kind: 'drop' }
        : limitRoll < (o.rateLimitRate ?? 0)
          ? { kind: 'status', status: 429 }
          : errorRoll < (o.errorRate ?? 0)
            ? { kind: 'status', status: o.errorStatus ?? 500 }
            : null;
    const latency = o.latencyMs ?? 0;
    const latencyMs =
      typeof latency === 'number' ? latency : Math.round(latency[0] + latencyRoll * (latency[1] - latency[0]));
    return { latencyMs, outcome };
  }
}

function toForced(fault: ForcedFault): Forced {
  if (typeof fault === 'string') return parseFaultHeader(fault);
  if (typeof fault === 'number') return parseFaultHeader(String(fault));
  if (!(Number.isFinite(fault.latencyMs) && fault.latencyMs >= 0)) throw new RangeError('latencyMs must be >= 0');
  return { latencyMs: fault.latencyMs, outcome: null };
}

/** `X-Emulator-Fault: 401 | 403 | 429 | 500 | 502 | 503 | 504 | drop | latency=<ms>`, comma-separated to combine. */
export function parseFaultHeader(value: string): Forced {
  const forced: Forced = { outcome: null };
  for (const token of value
    .split(',')
    .map((t) => t.trim().toLowerCase())
    .filter(Boolean)) {
    const latency = /^latency=(\d+)$/.exec(token);
    if (latency) forced.latencyMs = Number(latency[1]);
    else if (token === 'drop') forced.outcome = { kind: 'drop' };
    else if (forcedStatuses.includes(token)) {
      forced.outcome = { kind: 'status', status: Number(token) as ForcedStatus };
    } else {
      throw new ApiError(
        400,
        'parameter_invalid',
        `${FAULT_HEADER}: unknown fault '${token}'; use ${forcedStatuses.join(', ')}, drop or latency=<ms>, comma-separated`,
        FAULT_HEADER,
      );
    }
  }
  return forced;
}

/** What an in-process `fetch` rejects with when a fault drops the connection, like a real network failure. */
export class ConnectionDroppedError extends TypeError {
  override readonly name = 'TypeError';
  constructor() {
    super('fetch failed', { cause: new Error('The emulator dropped the connection (fault injection)') });
  }
}

export function sleep(ms: number, signal?: AbortSignal | null): Promise<void> {
  if (ms <= 0) return Promise.resolve();
  return new Promise((resolve, reject) => {
    if (signal?.aborted) return reject(signal.reason);
    const timer = setTimeout(() => {
      signal?.removeEventListener('abort', onAbort);
      resolve();
    }, ms);
    const onAbort = () => {
      clearTimeout(timer);
      reject(signal?.reason);
    };
    signal?.addEventListener('abort', onAbort, { once: true });
  });
}
