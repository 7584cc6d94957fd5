import { mkdirSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { type BrowserContext, chromium, type Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { chromiumArgs, findChromium, INSTALL_HINT } from './chromium';
import { type DemoProcess, startDemoProcess } from './demo-process';
import { waitForAttribute } from './wait';

const executablePath = findChromium();
const required = process.env.REQUIRE_E2E === '1';
const resultsDir = fileURLToPath(new URL('../test-results/', import.meta.url));
const STEP = 60_000;

if (!executablePath) console.warn(`[demo e2e] ${INSTALL_HINT}${required ? '' : ' Skipping the end-to-end tests.'}`);

if (!executablePath && required) {
  describe('end-to-end prerequisites', () => {
    it('needs Chromium when REQUIRE_E2E=1', () => {
      throw new Error(INSTALL_HINT);
    });
  });
}

describe.skipIf(!executablePath).sequential('the demo in a browser', () => {
  let demo: DemoProcess;
  let context: BrowserContext;
  let page: Page;
  let profile: string;
  let openedId = '';

  const shot = (name: string) => page.screenshot({ path: join(resultsDir, `${name}.png`) });
  const attr = (testId: string, name: string) => page.getByTestId(testId).getAttribute(name);
  const waitForAttr = (testId: string, name: string, accept: (value: string) => boolean) =>
    waitForAttribute(page, testId, name, accept);
  beforeAll(async () => {
    mkdirSync(resultsDir, { recursive: true });
    demo = await startDemoProcess();
    profile = mkdtempSync(join(tmpdir(), 'intercom-kit-demo-chromium-'));
    context = await chromium.launchPersistentContext(profile, {
      executablePath,
      args: chromiumArgs,
      viewport: { width: 1440, height: 900 },
    });
    page = context.pages()[0] ?? (await context.newPage());
    page.setDefaultTimeout(30_000);
  }, 120_000);

  afterAll(async () => {
    await context?.close();
    if (profile) rmSync(profile, { recursive: true, force: true });
    if (demo) {
      const code = await demo.stop();
      expect(code, `the demo should stop cleanly on Ctrl-C. Output:\n${demo.output()}`).toBe(0);
    }
  }, 60_000);

  it('prints one URL and opens the inbox with every conversation', { timeout: STEP }, async () => {
    expect(demo.output().match(/http:\/\//g)).toHaveLength(1);
    await page.goto(`${demo.url}#/inbox`);
    await waitForAttr('list-total', 'data-total', (v) => Number(v) > 0);
    expect(await page.getByTestId('upstream').textContent()).toBe('Emulator · seed 1');
    await page.getByTestId('conversation-row').first().waitFor();
    await shot('inbox');
  });

  it('filters to open + priority through the panel, shown as a query', { timeout: STEP }, async () => {
    const all = Number(await attr('list-total', 'data-total'));
    await page.getByTestId('filter-state-open').check();
    await page.getByTestId('filter-priority-priority').check({ force: true });
    expect(await page.getByTestId('query-text').inputValue()).toBe("state = 'open' AND priority = 'priority'");
    await waitForAttr('list-total', 'data-total', (v) => Number(v) > 0 && Number(v) < 5000);
    expect(Number(await attr('list-total', 'data-total'))).toBeLessThan(all);
    const states = await page.getByTestId('conversation-row').evaluateAll((rows) => rows.map((r) => r.dataset.state));
    expect(new Set(states)).toEqual(new Set(['open']));
  });

  it('loads a third page by scrolling the virtualised list', { timeout: STEP }, async () => {
    const scroller = page.getByTestId('conversation-scroll');
    await scroller.hover();
    for (let i = 0; i < 40 && Number(await attr('list-pages', 'data-pages')) < 3; i++) {
      await page.mouse.wheel(0, 1200);
      await page.waitForTimeout(150);
    }
    await waitForAttr('list-pages', 'data-pages', (v) => Number(v) >= 3);
    expect(Number(await attr('list-pages', 'data-loaded'))).toBeGreaterThan(50);
    // Virtualised: only the rows on screen are in the page, however many are loaded.
    expect(await page.getByTestId('conversation-row').count()).toBeLessThan(30);
    await shot('inbox-filtered-scrolled');
    await scroller.evaluate((element) => element.scrollTo(0, 0));
  });

  it('opens a conversation with its timeline and contact', { timeout: STEP }, async () => {
    // The list was scrolled back to the top: take the first row once the virtualiser has drawn it.
    const first = page.locator('[data-index="0"] [data-testid="conversation-row"]');
    openedId = (await first.getAttribute('data-id')) ?? '';
    await first.click();
    await page.getByTestId('conversation-view').waitFor();
    expect(await page.getByTestId('conversation-view').getAttribute('data-id')).toBe(openedId);
    expect(await page.getByTestId('timeline-entry').count()).toBeGreaterThan(0);
    await page.getByTestId('contact-summary').first().waitFor();
    expect(await page.getByTestId('conversation-state').textContent()).toBe('open');
    await shot('conversation');
  });

  it('replies, and the reply appears in the timeline', { timeout: STEP }, async () => {
    const text = `Thanks for your patience — a fix is on its way (${Date.now()})`;
    await page.getByTestId('composer-text').fill(text);
    await page.getByTestId('composer-send').click();
    await page.getByTestId('timeline').getByText(text).waitFor();
    await page.waitForFunction(
      () => document.querySelector<HTMLTextAreaElement>('[data-testid="composer-text"]')?.value === '',
    );
  });

  it('closes the conversation, which then leaves the open filter', { timeout: STEP }, async () => {
    const before = Number(await attr('list-total', 'data-total'));
    await page.getByTestId('action-close').click();
    await page.getByTestId('action-open').waitFor(); // optimistic: the state flips before the answer
    expect(await page.getByTestId('conversation-state').textContent()).toBe('closed');
    await waitForAttr('list-total', 'data-total', (v) => Number(v) === before - 1);
    await page.waitForFunction(
      (id) => !document.querySelector(`[data-testid="conversation-row"][data-id="${id}"]`),
      openedId,
    );
    await shot('conversation-closed');
  });

  it('shows a readable network error with a Retry that works', { timeout: STEP }, async () => {
    await page.getByTestId('simulate-menu').locator('summary').click();
    await page.getByTestId('simulate-network').click();
    const error = page.locator('[data-testid="error-state"][data-kind="network"]');
    await error.waitFor();
    expect(await error.textContent()).toContain('Network error');
    await shot('error-network');
    await error.getByTestId('retry').click();
    await error.waitFor({ state: 'detached' });
    await page.getByTestId('conversation-row').first().waitFor();
  });

  it('shows a rate limit once the client has waited and retried, with a Retry that works', {
    timeout: STEP,
  }, async () => {
    await page.getByTestId('simulate-menu').locator('summary').click();
    await page.getByTestId('simulate-rate-limit').click();
    const error = page.locator('[data-testid="error-state"][data-kind="rate-limit"]');
    await error.waitFor();
    expect(await error.textContent()).toContain('Rate limit reached');
    await shot('error-rate-limit');
    await error.getByTestId('retry').click();
    await error.waitFor({ state: 'detached' });
  });

  it('shows an authentication failure, also retryable', { timeout: STEP }, async () => {
    await page.getByTestId('simulate-menu').locator('summary').click();
    await page.getByTestId('simulate-auth').click();
    const error = page.locator('[data-testid="error-state"][data-kind="auth"]');
    await error.waitFor();
    expect(await error.textContent()).toContain('Authentication failed');
    await error.getByTestId('retry').click();
    await error.waitFor({ state: 'detached' });
  });

  it('searches contacts and opens one', { timeout: STEP }, async () => {
    await page.getByTestId('nav-contacts').click();
    await page.getByTestId('contact-row').first().waitFor();
    const everyone = Number(await attr('contact-total', 'data-total'));
    await page.getByTestId('contact-search-name').fill('Tanaka');
    await waitForAttr('contact-total', 'data-total', (v) => Number(v) > 0 && Number(v) < 800);
    expect(Number(await attr('contact-total', 'data-total'))).toBeLessThan(everyone);
    const names = await page.getByTestId('contact-row').locator('.row-author').allTextContents();
    expect(names.length).toBeGreaterThan(0);
    for (const name of names) expect(name).toContain('Tanaka');
    // Open the matching contacts in turn until one has conversations to show.
    const rows = page.getByTestId('contact-row');
    for (let i = 0; i < Math.min(10, names.length); i++) {
      await rows.nth(i).click();
      await page.getByTestId('contact-details').getByTestId('contact-name').waitFor();
      await page.getByTestId('contact-conversations').locator('.muted, ul').first().waitFor();
      if ((await page.getByTestId('contact-conversations').locator('li').count()) > 0) break;
    }
    expect(await page.getByTestId('contact-details').getByTestId('contact-name').textContent()).toContain('Tanaka');
    expect(await page.getByTestId('contact-conversations').locator('li').count()).toBeGreaterThan(0);
    const note = `Prefers email over chat (${Date.now()})`;
    await page.getByTestId('contact-notes').locator('textarea').fill(note);
    await page.getByTestId('contact-notes').getByRole('button', { name: 'Add note' }).click();
    await page.getByTestId('contact-note').getByText(note).waitFor();
    await shot('contacts');
  });

  it('draws the dashboard charts from paged search results', { timeout: STEP }, async () => {
    await page.getByTestId('nav-dashboard').click();
    await page.getByTestId('volume-chart').waitFor();
    const heights = await page
      .getByTestId('volume-bar')
      .evaluateAll((bars) => bars.map((bar) => Number(bar.getAttribute('height'))));
    expect(heights).toHaveLength(30);
    expect(heights.some((h) => h > 0)).toBe(true);
    await page.getByTestId('response-stats').waitFor();
    await shot('dashboard');
  });
});
