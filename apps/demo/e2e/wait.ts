import type { Page } from 'playwright-core';

/** Waits until an element's attribute satisfies `accept` (counts and totals change when a response arrives). */
export async function waitForAttribute(
  page: Page,
  testId: string,
  name: string,
  accept: (value: string) => boolean,
  timeoutMs = 30_000,
): Promise<string> {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    const value = await page
      .getByTestId(testId)
      .getAttribute(name, { timeout: 1000 })
      .catch(() => null);
    if (value !== null && accept(value)) return value;
    if (Date.now() > deadline)
      throw new Error(`${testId} ${name} is still ${JSON.stringify(value)} after ${timeoutMs} ms`);
    await page.waitForTimeout(100);
  }
}
