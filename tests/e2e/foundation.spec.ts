// The console's foundation in real Chromium against the production build: the embedded backend
// (service worker), region and account selectors, paging, routes, no console errors, WCAG 2.1 AA.
import { columnCells, cspOf, expect, expectNoAxeViolations, imageRows, test } from './helpers.ts';

test('the console is served with a strict Content-Security-Policy (and runs under it: see helpers.ts)', async ({
  page,
}) => {
  const csp = await cspOf(page);
  expect(csp).toContain("default-src 'self'");
  expect(csp).toContain("script-src 'self'");
  expect(csp).not.toContain('unsafe-inline');
  expect(csp).not.toContain('unsafe-eval');
  await page.goto('/images');
  await expect(imageRows(page).first()).toBeVisible();
});

test('the images page lists public images; once its service worker is in control, requests go through it', async ({
  page,
}) => {
  // The first page of data is answered in the page while the service worker starts.
  await page.goto('/images');
  await expect(page.getByRole('heading', { level: 1, name: 'Images' })).toBeVisible();
  await expect(imageRows(page).first()).toBeVisible();
  await expect(imageRows(page)).toHaveCount(20);
  await expect(page.getByRole('row').filter({ hasText: 'CentOS 7.9 64-bit' })).toBeVisible();

  await expect
    .poll(() => page.evaluate(() => navigator.serviceWorker.controller?.scriptURL ?? null))
    .toMatch(/\/mockServiceWorker\.js$/);
  const apiResponse = page.waitForResponse((r) => r.url().includes('/api/cvm'));
  await page.getByRole('tab', { name: 'Custom images' }).click();
  const response = await apiResponse;
  expect(response.fromServiceWorker()).toBe(true);
  expect(response.status()).toBe(200);
  await expect(imageRows(page).first()).toBeVisible();
});

test('a first visit shows the header and the first screen of rows in one frame, then the rest of the page', async ({
  page,
}) => {
  // Each batch of DOM changes the page makes, as a MutationObserver sees them: the header and the
  // first rows arrive in the same one (src/app/boot.tsx), with only the rows a 720 px tall window
  // can show; the rest of the 20 follow (ImageTable's first load).
  await page.addInitScript(() => {
    const seen: { header?: number; rows?: number; firstRows?: number } = {};
    (window as unknown as { seen: typeof seen }).seen = seen;
    let batch = 0;
    new MutationObserver(() => {
      batch++;
      if (seen.header === undefined && document.querySelector('.app-header')) seen.header = batch;
      const rows = document.querySelectorAll('#images-panel tbody th[scope="row"]').length;
      if (seen.rows === undefined && rows > 0) [seen.rows, seen.firstRows] = [batch, rows];
    }).observe(document, { childList: true, subtree: true });
  });
  await page.setViewportSize({ width: 1280, height: 720 });
  await page.goto('/images');
  await expect(imageRows(page)).toHaveCount(20);
  const seen = await page.evaluate(() => (window as unknown as { seen: Record<string, number> }).seen);
  expect(seen.firstRows).toBe(7);
  expect(seen.header).toBeGreaterThan(0);
  expect(seen.rows).toBe(seen.header);
});

test('the root path opens the images page', async ({ page }) => {
  await page.goto('/');
  await expect(page).toHaveURL(/\/images/);
  await expect(page.getByRole('heading', { level: 1, name: 'Images' })).toBeVisible();
});

test('Windows is free in Guangzhou and carries a fee in Singapore; the region is remembered', async ({ page }) => {
  await page.goto('/images');
  const region = page.getByLabel('Region');
  await expect(region).toHaveValue('ap-guangzhou');

  await page.getByLabel('Search images').fill('Windows Server');
  await expect(page).toHaveURL(/[?&]q=Windows/);
  await expect(imageRows(page)).toHaveCount(6);
  await expect(imageRows(page)).toHaveText(Array(6).fill(/Windows Server/));
  await expect(await columnCells(page, 'Fee')).toHaveText(Array(6).fill('Free'));

  await region.selectOption('ap-singapore');
  await expect(page).toHaveURL(/[?&]region=ap-singapore/);
  await expect(region).toHaveValue('ap-singapore');
  await expect(imageRows(page)).toHaveCount(6);
  // Billed in US dollars outside the mainland.
  await expect(await columnCells(page, 'Fee')).toHaveText(Array(6).fill(/^\$/));

  // Linux stays free outside the mainland.
  await page.getByLabel('Search images').fill('CentOS 7.9 64');
  await expect(imageRows(page)).toHaveCount(1);
  await expect(await columnCells(page, 'Fee')).toHaveText(['Free']);

  await page.reload();
  await expect(page).toHaveURL(/[?&]region=ap-singapore/);
  await expect(page.getByLabel('Region')).toHaveValue('ap-singapore');
  await expect(imageRows(page).first()).toBeVisible();

  await page.goto('/images');
  await expect(page.getByLabel('Region')).toHaveValue('ap-singapore');
  await expect(page.getByText(/Southeast Asia \(Singapore\)/).first()).toBeVisible();
  await page.goto('/images?q=Windows');
  await expect(imageRows(page)).toHaveCount(6);
  await expect(await columnCells(page, 'Fee')).toHaveText(Array(6).fill(/^\$/));
});

test('paging: Next page and Previous page, with page=2 in the URL', async ({ page }) => {
  await page.goto('/images');
  await expect(imageRows(page)).toHaveCount(20);
  const firstPage = await imageRows(page).allTextContents();
  const previous = page.getByRole('button', { name: 'Previous page' });
  const next = page.getByRole('button', { name: 'Next page' });
  await expect(previous).toBeDisabled();

  await next.click();
  await expect(page).toHaveURL(/[?&]page=2/);
  await expect(page.getByText(/Page 2 of 2/)).toBeVisible();
  await expect(imageRows(page)).toHaveCount(15);
  await expect(next).toBeDisabled();
  const secondPage = await imageRows(page).allTextContents();
  expect(secondPage.filter((row) => firstPage.includes(row))).toEqual([]);
  await expect(page.getByRole('row').filter({ hasText: 'Windows Server 2022' }).first()).toBeVisible();

  await previous.click();
  await expect(page).not.toHaveURL(/[?&]page=2/);
  await expect(page.getByText(/Page 1 of 2/)).toBeVisible();
  await expect(imageRows(page)).toHaveText(firstPage);

  // The back button returns to page 2, and a link to page 2 opens it.
  await page.goBack();
  await expect(page).toHaveURL(/[?&]page=2/);
  await expect(imageRows(page)).toHaveCount(15);
  await page.goto('/images?region=ap-guangzhou&page=2');
  await expect(page.getByText(/Page 2 of 2/)).toBeVisible();
});

test('paging by keyboard: the focus stays in the pager when a press reaches the last or the first page', async ({
  page,
}) => {
  await page.goto('/images');
  await expect(imageRows(page)).toHaveCount(20);
  const previous = page.getByRole('button', { name: 'Previous page' });
  const next = page.getByRole('button', { name: 'Next page' });
  await next.focus();
  await page.keyboard.press('Enter');
  await expect(page.getByText(/Page 2 of 2/)).toBeVisible();
  await expect(next).toBeDisabled();
  await expect(previous).toBeFocused();
  await page.keyboard.press('Enter');
  await expect(page.getByText(/Page 1 of 2/)).toBeVisible();
  await expect(next).toBeFocused();
});

test('the header has the Account selector, and Reset demo data in Settings', async ({ page }) => {
  await page.goto('/images');
  const account = page.getByLabel('Account');
  await expect(account).toBeVisible();
  await expect(account).toHaveValue('100000000001');
  await page.getByRole('button', { name: 'Settings' }).click();
  await expect(page.getByRole('menuitem', { name: 'Reset demo data' })).toBeVisible();
});

test('the instances page lists the instances of the region and the account', async ({ page }) => {
  const name = (text: string) => page.locator('tbody').getByText(text, { exact: true });
  await page.goto('/instances');
  await expect(page.getByRole('heading', { level: 1, name: 'Instances' })).toBeVisible();
  await expect(name('web-01')).toBeVisible();
  await expect(name('app-01')).toBeVisible();
  await expect(name('sg-web-01')).toHaveCount(0);

  await page.getByLabel('Region').selectOption('ap-singapore');
  await expect(page).toHaveURL(/\/instances\?.*region=ap-singapore/);
  await expect(name('sg-web-01')).toBeVisible();
  await expect(name('web-01')).toHaveCount(0);

  await page.getByLabel('Region').selectOption('ap-shanghai');
  await expect(name('web-02')).toBeVisible();
  await page.getByLabel('Account').selectOption('100000000002');
  await expect(name('partner-api-01')).toBeVisible();
  await expect(name('web-02')).toHaveCount(0);
});

test('a load that takes over a second says the console is loading; a quick one shows no message', async ({ page }) => {
  // Hold the console's main chunk for 2.5 s, as a slow connection would.
  await page.route(/\/assets\/console-[^/]*\.js$/, async (route) => {
    await new Promise((resolve) => setTimeout(resolve, 2500));
    await route.continue();
  });
  await page.goto('/images', { waitUntil: 'commit' });
  const loading = page.getByRole('status').filter({ hasText: 'Loading the console…' });
  await expect(loading).toBeHidden();
  await expect(loading).toBeVisible({ timeout: 2000 });
  await expect(imageRows(page).first()).toBeVisible({ timeout: 10_000 });
  await expect(loading).toHaveCount(0);

  // A quick load: the message is never revealed before the console replaces it.
  await page.unroute(/\/assets\/console-[^/]*\.js$/);
  await page.addInitScript(() => {
    new MutationObserver(() => {
      const message = document.querySelector<HTMLElement>('#root > .boot');
      if (message && !message.hidden) (window as { bootShown?: boolean }).bootShown = true;
    }).observe(document, { subtree: true, childList: true, attributes: true });
  });
  await page.reload();
  await expect(imageRows(page).first()).toBeVisible();
  expect(await page.evaluate(() => (window as { bootShown?: boolean }).bootShown ?? false)).toBe(false);
});

test('an unknown path shows Page not found', async ({ page }) => {
  await page.goto('/no/such/page');
  await expect(page.getByRole('heading', { name: 'Page not found' })).toBeVisible();
  await page.getByRole('link', { name: 'Go to Images' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Images' })).toBeVisible();
});

test('axe finds no WCAG 2.1 AA violations on /images', async ({ page }) => {
  await page.goto('/images');
  await expect(imageRows(page)).toHaveCount(20);
  await expectNoAxeViolations(page);
});

test('axe finds no WCAG 2.1 AA violations on /instances', async ({ page }) => {
  await page.goto('/instances');
  await expect(page.locator('tbody').getByText('web-01', { exact: true })).toBeVisible();
  await expectNoAxeViolations(page);
});
