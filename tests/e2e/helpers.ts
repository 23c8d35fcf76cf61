// Shared helpers for the Playwright specs: a `test` that fails on console errors and page errors,
// an axe check (WCAG 2.1 A and AA), and locators for the images table.
import AxeBuilder from '@axe-core/playwright';
import { test as base, expect, type Locator, type Page } from '@playwright/test';
import { routes } from '../../src/features/paths.ts';

export { expect };

/**
 * Every test fails if the page logged a console error, threw an uncaught error, or broke its
 * Content-Security-Policy (served by scripts/serve.mjs), in any page of the test's context.
 */
export const test = base.extend<{ problems: string[] }>({
  problems: [
    async ({ context, page }, use) => {
      const problems: string[] = [];
      await context.exposeBinding('__reportCspViolation', (_source, text: string) =>
        problems.push(`CSP violation: ${text}`),
      );
      await context.addInitScript(() => {
        document.addEventListener('securitypolicyviolation', (e) => {
          const report = (window as unknown as { __reportCspViolation(text: string): void }).__reportCspViolation;
          report(`${e.violatedDirective} blocked ${e.blockedURI || 'inline code'} (${e.sourceFile}:${e.lineNumber})`);
        });
      });
      page.on('console', (message) => {
        if (message.type() === 'error') problems.push(`console.error: ${message.text()} (${message.location().url})`);
      });
      page.on('pageerror', (error) => problems.push(`page error: ${error.message}`));
      await use(problems);
      expect(problems, 'console errors, page errors or CSP violations during the test').toEqual([]);
    },
    { auto: true },
  ],
});

/** The Content-Security-Policy the console is served with (the specs check it runs under it). */
export async function cspOf(page: Page, path: string = routes.images): Promise<string> {
  const response = await page.request.get(path);
  return response.headers()['content-security-policy'] ?? '';
}

/** Zero WCAG 2.0/2.1 A and AA violations on the page as it is now (open dialogs included). */
export async function expectNoAxeViolations(page: Page, what = 'the page'): Promise<void> {
  const results = await new AxeBuilder({ page }).withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa']).analyze();
  const summary = results.violations.map((v) => ({
    id: v.id,
    impact: v.impact,
    help: v.help,
    nodes: v.nodes.map((n) => `${n.target.join(' ')}: ${n.failureSummary ?? ''}`),
  }));
  expect(summary, `axe violations on ${what}`).toEqual([]);
}

/** Table rows that show an image (the header row, skeletons and the empty state have no image ID). */
export function imageRows(page: Page): Locator {
  return page.locator('tbody tr').filter({ hasText: /img-[a-z0-9]{8}/ });
}

/** The table row of the image with this exact name (its name is the row header's link). */
export function imageRow(page: Page, name: string): Locator {
  return page.getByRole('row').filter({ has: page.getByRole('link', { name, exact: true }) });
}

/** The cells of one column, found by its header text, in every body row. */
export async function columnCells(page: Page, header: string): Promise<Locator> {
  const headers = await page.locator('thead tr').first().locator('th, td').allTextContents();
  const index = headers.findIndex((h) => h.trim().startsWith(header));
  expect(index, `column "${header}" in ${JSON.stringify(headers)}`).toBeGreaterThanOrEqual(0);
  return page.locator(`tbody tr > :nth-child(${index + 1})`);
}

/** The pager's summary, e.g. "Page 1 of 2 · 35 images". */
export function pagerSummary(page: Page): Locator {
  return page.getByRole('navigation', { name: 'Pages' }).getByText(/^Page \d+ of \d+ · /);
}

/**
 * Waits until the page shows every row the pager's summary counts for it, and returns that count. A
 * new set of rows paints the first screen's rows first and the rest a frame later (ImageTable.tsx,
 * useRowsNow): a count read as soon as the summary changes could be the first screen's.
 */
export async function settledRowCount(page: Page): Promise<number> {
  const summary = (await pagerSummary(page).textContent()) ?? '';
  const [, pageNo, total] = /^Page (\d+) of \d+ · ([\d,]+) image/.exec(summary) ?? [];
  expect(total, `the pager's summary "${summary}"`).toBeDefined();
  const size = Number(await page.getByLabel('Rows per page').inputValue());
  const count = Math.max(0, Math.min(size, Number(total!.replaceAll(',', '')) - (Number(pageNo) - 1) * size));
  await expect(imageRows(page)).toHaveCount(count);
  return count;
}

/** Open /images with the given view and wait until the list has loaded (rows or the empty state). */
export async function openImages(page: Page, query: Record<string, string> = {}): Promise<void> {
  const params = new URLSearchParams({ region: 'ap-guangzhou', ...query });
  await page.goto(`${routes.images}?${params.toString()}`);
  await expect(page.getByRole('heading', { level: 1, name: 'Images' })).toBeVisible();
  await expect(pagerSummary(page)).toBeVisible();
  await expect(page.locator('tbody tr.skeleton-row')).toHaveCount(0);
  // From here on every request goes through the embedded backend's service worker (the first
  // page of data may have been answered in the page while it started), so tests can watch them.
  // A page the worker did not take (seen once in CI, on the fourth load of a test whose earlier
  // pages it did: cause not found) stays on the page's own answers, as the console is built to
  // (src/mocks/browser.ts); a reload is the worker's.
  const controlled = () => page.evaluate(() => Boolean(navigator.serviceWorker.controller));
  const taken = await expect
    .poll(controlled, { timeout: 10_000 })
    .toBe(true)
    .then(
      () => true,
      () => false,
    );
  if (taken) return;
  await page.reload();
  await expect(pagerSummary(page)).toBeVisible();
  await expect.poll(controlled, { timeout: 15_000 }).toBe(true);
}

/** The custom-image quota meter's words, e.g. "8 of 10 used in Guangzhou". */
export function quotaText(page: Page): Locator {
  return page.getByRole('meter', { name: 'Custom image quota' });
}

/**
 * The page fits its viewport: it never scrolls sideways, and no visible element lies outside the
 * viewport's left or right edge (inside a box that scrolls sideways on purpose, a wide table's,
 * only the box counts).
 */
export async function expectFitsViewport(page: Page, what = 'the page'): Promise<void> {
  const problems = await page.evaluate(() => {
    const found: string[] = [];
    const { scrollWidth } = document.documentElement;
    if (scrollWidth > innerWidth) found.push(`the page is ${scrollWidth}px wide in a ${innerWidth}px window`);
    const scrollsSideways = (el: Element) => {
      for (let box = el.parentElement; box && box !== document.body; box = box.parentElement)
        if (getComputedStyle(box).overflowX !== 'visible') return true;
      return false;
    };
    for (const el of document.querySelectorAll('body *')) {
      if (!el.checkVisibility() || el.closest('.visually-hidden, .skip-link') || scrollsSideways(el)) continue;
      const { left, right, width, height } = el.getBoundingClientRect();
      if (width > 0 && height > 0 && (left < -1 || right > innerWidth + 1))
        found.push(
          `<${el.tagName.toLowerCase()} class="${el.className}"> from ${Math.round(left)} to ${Math.round(right)}px`,
        );
    }
    return found;
  });
  expect(problems, `what does not fit the viewport on ${what}`).toEqual([]);
}

/** Settings → Reset demo data → the dialog's Reset: the demo data as it started. */
export async function resetDemoData(page: Page): Promise<void> {
  await page.getByRole('button', { name: 'Settings' }).click();
  await page.getByRole('menuitem', { name: 'Reset demo data' }).click();
  const dialog = page.getByRole('dialog', { name: 'Reset demo data?' });
  await dialog.getByRole('button', { name: 'Reset demo data' }).click();
  await expect(dialog).toBeHidden();
}

/**
 * An action of a row's "More actions" menu, found by its name, the menu opened first if it is not
 * (`more`: the menu button's name in the page's language).
 */
export async function rowAction(row: Locator, action: string, more = 'More actions'): Promise<Locator> {
  const menu = row.getByRole('menu');
  if (!(await menu.isVisible())) await row.getByRole('button', { name: more, exact: true }).click();
  await expect(menu).toBeVisible();
  return menu.getByRole('menuitem', { name: action, exact: true });
}
