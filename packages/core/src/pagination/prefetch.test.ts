import { describe, expect, it } from 'vitest';
import { cursorApi, intercomClientFor, type Route } from '../internal/testing';

type Item = { id: string };
const items = (...ids: string[]): Item[] => ids.map((id) => ({ id }));

describe('prefetch', () => {
  /** Each request waits until the test releases it. */
  function gatedApi(all: Item[], perPage: number) {
    const gates: Array<() => void> = [];
    const signals: AbortSignal[] = [];
    const route: Route = async (request, n) => {
      signals.push(request.signal);
      await new Promise<void>((resolve) => gates.push(resolve));
      return cursorApi(all, perPage)(request, n);
    };
    return { route, gates, signals };
  }
  const tick = () => new Promise((resolve) => setTimeout(resolve, 0));

  it('fetches the next page while the current one is read, and never more than one ahead', async () => {
    const api = gatedApi(items('1', '2', '3', '4', '5', '6'), 2);
    const { client, requests } = intercomClientFor(api.route);
    const pending = client.conversations.list();
    await tick();
    api.gates[0]?.();
    const iterator = (await pending)[Symbol.asyncIterator]() as AsyncIterator<Item>;
    expect((await iterator.next()).value?.id).toBe('1');
    await tick();
    expect(requests).toHaveLength(2); // page 2 is on its way while the caller holds item 1
    expect((await iterator.next()).value?.id).toBe('2');
    await tick();
    expect(requests).toHaveLength(2); // page 3 waits until page 2 is in hand
    api.gates[1]?.();
    expect((await iterator.next()).value?.id).toBe('3');
    await tick();
    expect(requests).toHaveLength(3);
    await iterator.return?.();
  });

  it('with prefetchPages: false, asks for the next page only when the current one is used up', async () => {
    const api = gatedApi(items('1', '2', '3'), 2);
    const { client, requests } = intercomClientFor(api.route, { prefetchPages: false });
    const pending = client.conversations.list();
    await tick();
    api.gates[0]?.();
    const iterator = (await pending)[Symbol.asyncIterator]() as AsyncIterator<Item>;
    await iterator.next();
    await iterator.next();
    await tick();
    expect(requests).toHaveLength(1);
    const third = iterator.next();
    await tick();
    expect(requests).toHaveLength(2);
    api.gates[1]?.();
    expect((await third).value?.id).toBe('3');
  });

  it('can be turned off per call', async () => {
    const api = gatedApi(items('1', '2', '3'), 2);
    const { client, requests } = intercomClientFor(api.route);
    const pending = client.conversations.list(undefined, { prefetchPages: false });
    await tick();
    api.gates[0]?.();
    const iterator = (await pending)[Symbol.asyncIterator]() as AsyncIterator<Item>;
    await iterator.next();
    await tick();
    expect(requests).toHaveLength(1);
    await iterator.return?.();
  });

  it('cancels the prefetched request when the loop ends early', async () => {
    const api = gatedApi(items('1', '2', '3', '4'), 2);
    const { client, requests } = intercomClientFor(api.route);
    const pending = client.conversations.list();
    await tick();
    api.gates[0]?.();
    for await (const item of (await pending) as AsyncIterable<Item>) {
      await tick();
      expect(item.id).toBe('1');
      break;
    }
    expect(requests).toHaveLength(2);
    expect(api.signals[1]?.aborted).toBe(true);
  });
});
