import { describe, expect, it } from 'vitest';
import type { DurableObjectNamespaceLike } from './env';
import { RequestBudget, takeFromBudget } from './request-budget';

/** One RequestBudget per name, as the Durable Object namespace gives. */
function namespace(): DurableObjectNamespaceLike & { names: string[] } {
  const objects = new Map<string, RequestBudget>();
  return {
    names: [],
    idFromName(name) {
      return { toString: () => name };
    },
    get(id) {
      const name = id.toString();
      if (!objects.has(name)) {
        objects.set(name, new RequestBudget());
        this.names.push(name);
      }
      const object = objects.get(name)!;
      return { fetch: (input, init) => object.fetch(new Request(input, init)) };
    },
  };
}

describe('the request budget Durable Object', () => {
  it('keeps one count per name', async () => {
    const budgets = namespace();
    const decisions = [];
    for (let index = 0; index < 3; index++) decisions.push(await takeFromBudget(budgets, 'global', 2, 60_000));
    expect(decisions.map((decision) => decision.allowed)).toEqual([true, true, false]);
    expect((await takeFromBudget(budgets, 'caller:1.2.3.4', 2, 60_000)).allowed).toBe(true);
    expect(budgets.names).toEqual(['global', 'caller:1.2.3.4']);
  });

  it('starts over when the configured limit changes', async () => {
    const budgets = namespace();
    await takeFromBudget(budgets, 'global', 1, 60_000);
    expect((await takeFromBudget(budgets, 'global', 1, 60_000)).allowed).toBe(false);
    expect((await takeFromBudget(budgets, 'global', 5, 60_000)).allowed).toBe(true);
  });

  it('answers 400 to a nonsensical budget, which takeFromBudget turns into an error', async () => {
    await expect(takeFromBudget(namespace(), 'global', 0, 60_000)).rejects.toThrow(
      /answered 400: budget limit must be a positive integer/,
    );
    const object = new RequestBudget();
    expect((await object.fetch(new Request('https://x/other', { method: 'POST' }))).status).toBe(404);
  });
});
