import type { ClockOption } from './clock';
import type { FaultOptions } from './faults';
import type { RateLimitOptions } from './ratelimit';
import type { SeedSizes } from './seed/index';

export interface EmulatorOptions {
  /** Seeds the generated data, ids and fault decisions. Default 1. */
  seed?: number;
  /** How many conversations to generate (default 5000); other sizes scale with it unless given in `sizes`. */
  conversations?: number;
  /** Exact sizes: admins, teams, tags, companies, contacts, conversations, tickets, days. */
  sizes?: Partial<SeedSizes>;
  /** The emulator's clock: a fixed instant or a function (ms or Date). Seeded data ends at this time. */
  now?: ClockOption;
  /** Bearer tokens to accept. By default any non-empty token is accepted. */
  tokens?: readonly string[];
  /** The request budget per window, or `false` to never answer 429 (headers are then left out). */
  rateLimit?: RateLimitOptions | false;
  /** Fault rates for every request; switch at run time with `emulator.faults`. */
  faults?: FaultOptions;
  /** Workspace timezone (IANA) used for contacts' day-granular date search. Default 'UTC'. */
  timezone?: string;
  /** Job delay: `GET /jobs/status/{id}` reports `pending` until this many seconds after enqueueing. Default 0. */
  jobDelaySeconds?: number;
}
