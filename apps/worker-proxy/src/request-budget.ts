import { type BudgetDecision, FixedWindowBudget } from './budget';
import type { DurableObjectNamespaceLike } from './env';

const ORIGIN = 'https://request-budget.internal';

/**
 * The Durable Object behind the shared budget. Each object is one budget (the fleet-wide one is
 * named `global`, per-caller ones `caller:<ip>`); a Durable Object runs one request at a time in a
 * single place, so its in-memory count is exact across every isolate that consults it.
 */
export class RequestBudget {
  private budget: FixedWindowBudget | undefined;

  async fetch(request: Request): Promise<Response> {
    const url = new URL(request.url);
    const limit = Number(url.searchParams.get('limit'));
    const windowMs = Number(url.searchParams.get('windowMs'));
    if (request.method !== 'POST' || url.pathname !== '/take') return new Response('not found', { status: 404 });
    // A configuration change (new limit or window) starts a new budget.
    if (this.budget?.limit !== limit || this.budget.windowMs !== windowMs) {
      try {
        this.budget = new FixedWindowBudget(limit, windowMs);
      } catch (error) {
        return new Response((error as Error).message, { status: 400 });
      }
    }
    return Response.json(this.budget.take());
  }
}

/** Takes one request from the named budget. Throws when the Durable Object cannot answer. */
export async function takeFromBudget(
  namespace: DurableObjectNamespaceLike,
  name: string,
  limit: number,
  windowMs: number,
): Promise<BudgetDecision> {
  const stub = namespace.get(namespace.idFromName(name));
  const response = await stub.fetch(`${ORIGIN}/take?limit=${limit}&windowMs=${windowMs}`, { method: 'POST' });
  if (!response.ok) throw new Error(`request budget ${name} answered ${response.status}: ${await response.text()}`);
  return (await response.json()) as BudgetDecision;
}
