import type { TestFetch } from '../../server/test-support';

/**
 * A `wrap` for `renderWithDemo` that holds back the requests `hold` picks (by URL) until `release()`;
 * the others go straight through.
 */
export function holdRequests(hold: (url: string) => boolean) {
  let release = () => {};
  const released = new Promise<void>((resolve) => {
    release = resolve;
  });
  const wrap =
    (fetch: TestFetch): TestFetch =>
    async (input, init) => {
      if (hold(String(input instanceof Request ? input.url : input))) await released;
      return fetch(input, init);
    };
  return { wrap, release: () => release() };
}
