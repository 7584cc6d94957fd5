import type { UpstreamFetch } from '@intercom-kit/core/proxy';
import { attemptsFor, type SimulatedFault } from '../shared/faults';

const LIST_PATHS = new Set(['/conversations', '/contacts']);
const SEARCH_PATHS = new Set(['/conversations/search', '/contacts/search', '/tickets/search']);

/** Lists and searches feed every screen, so a simulated failure there is always visible. */
export function isListOrSearch(method: string, path: string): boolean {
  const verb = method.toUpperCase();
  return (verb === 'GET' && LIST_PATHS.has(path)) || (verb === 'POST' && SEARCH_PATHS.has(path));
}

/** One simulated failure, armed from the UI, spent on the next list or search request and its retries. */
export class FaultSwitch {
  #armed: { fault: SimulatedFault; remaining: number } | undefined;

  arm(fault: SimulatedFault): void {
    this.#armed = { fault, remaining: attemptsFor(fault) };
  }

  disarm(): void {
    this.#armed = undefined;
  }

  get armed(): SimulatedFault | undefined {
    return this.#armed?.fault;
  }

  /** The fault for this upstream request, if one is armed and the request is a list or search. */
  take(method: string, path: string): SimulatedFault | undefined {
    const armed = this.#armed;
    if (!armed || !isListOrSearch(method, path)) return undefined;
    armed.remaining -= 1;
    if (armed.remaining <= 0) this.#armed = undefined;
    return armed.fault;
  }
}

// The emulator's own fault header (see @intercom-kit/emulator), except for auth: a token the
// emulator does not accept gets a real 401 from it.
const EMULATOR_FAULT: Record<Exclude<SimulatedFault, 'auth'>, string> = {
  'rate-limit': '429',
  network: 'drop',
  server: '503',
};

/** Wraps the emulator's fetch so that an armed fault reaches the request it is meant for. */
export function withFaults(fetch: UpstreamFetch, faults: FaultSwitch, revokedToken: string): UpstreamFetch {
  return (input, init) => {
    const fault = faults.take(init.method ?? 'GET', new URL(input).pathname);
    if (!fault) return fetch(input, init);
    const headers = new Headers(init.headers);
    if (fault === 'auth') headers.set('authorization', `Bearer ${revokedToken}`);
    else headers.set('x-emulator-fault', EMULATOR_FAULT[fault]);
    return fetch(input, { ...init, headers });
  };
}
