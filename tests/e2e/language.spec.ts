// Issue 13 in real Chromium against the production build: the language follows the browser on a first
// visit, the header's Language selector switches it without a reload, the choice survives a reload,
// only the chosen language's messages are downloaded, and the API is asked in the same language.
import type { Page } from '@playwright/test';
import { expect, expectNoAxeViolations, imageRows, test } from './helpers.ts';

/**
 * The message chunks the page fetched, sorted: a language's first messages, the UI catalogue's main part
 * with the rules' (src/ui/i18n/load.ts, src/rules/messages/load.ts; one chunk: vite.config.ts), and the
 * UI catalogue's other parts (one per language and part).
 */
function catalogueChunks(page: Page): string[] {
  const fetched: string[] = [];
  page.on('request', (request) => {
    const file = /\/assets\/(catalogue-[a-zA-Z-]+?|messages-(?:en|zh-CN))-[\w-]{8}\.js$/.exec(
      new URL(request.url()).pathname,
    )?.[1];
    if (file) {
      fetched.push(file);
      fetched.sort();
    }
  });
  return fetched;
}

/** X-TC-Language of the next API call the page makes while `act` runs. */
async function languageOfNextCall(page: Page, act: () => Promise<void>): Promise<string | undefined> {
  const request = page.waitForRequest((r) => r.url().includes('/api/cvm') && r.method() === 'POST');
  await act();
  return (await request).headers()['x-tc-language'];
}

/** Wait until the service worker carries the API calls (so the page's requests are seen). */
async function workerInControl(page: Page) {
  await expect.poll(() => page.evaluate(() => Boolean(navigator.serviceWorker.controller))).toBe(true);
}

test.describe('a browser set to Chinese', () => {
  test.use({ locale: 'zh-CN' });

  test('gets the console in Chinese on a first visit: page, title, contract names, API calls; Chinese only', async ({
    page,
  }) => {
    const chunks = catalogueChunks(page);
    await page.goto('/images?region=ap-guangzhou');
    await expect(page.getByRole('heading', { level: 1, name: '镜像' })).toBeVisible();
    await expect(page.locator('html')).toHaveAttribute('lang', 'zh-CN');
    await expect(page).toHaveTitle('镜像 · CVM 镜像控制台');
    await expect(imageRows(page)).toHaveCount(20);
    await expect(page.getByRole('tab', { name: '公共镜像', exact: true })).toHaveAttribute('aria-selected', 'true');
    for (const name of ['自定义镜像', '共享镜像', '镜像市场'])
      await expect(page.getByRole('tab', { name, exact: true })).toBeVisible();
    await expect(page.getByLabel('地域')).toHaveValue('ap-guangzhou');
    await expect(page.getByLabel('账号')).toHaveValue('100000000001');
    await expect(page.getByLabel('语言')).toHaveValue('zh-CN');
    await expect(page.getByRole('searchbox', { name: '搜索镜像' })).toBeVisible();
    await expectNoAxeViolations(page, '/images in Chinese');

    expect(chunks).toEqual(['messages-zh-CN']);

    await workerInControl(page);
    const language = await languageOfNextCall(page, () => page.getByRole('tab', { name: '自定义镜像' }).click());
    expect(language).toBe('zh-CN');
    // The custom tab's rows open dialogs: their words may follow, in Chinese too.
    expect(chunks.filter((chunk) => !chunk.endsWith('zh-CN') && chunk !== 'catalogue-zh-CN-dialogs')).toEqual([]);
  });

  test('says the console is loading in Chinese when loading takes over a second', async ({ page }) => {
    await page.route(/\/assets\/console-[^/]*\.js$/, async (route) => {
      await new Promise((resolve) => setTimeout(resolve, 2500));
      await route.continue();
    });
    await page.goto('/images', { waitUntil: 'commit' });
    const loading = page.locator('#root > .boot');
    await expect(page.getByText('正在加载控制台…')).toBeVisible({ timeout: 2000 });
    await expect(page.getByText('Loading the console…')).toBeHidden();
    await expect(imageRows(page).first()).toBeVisible({ timeout: 10_000 });
    await expect(loading).toHaveCount(0);
  });
});

test('an English browser gets English; the Language selector switches to 简体中文 without a reload, the choice is remembered', async ({
  page,
}) => {
  const chunks = catalogueChunks(page);
  await page.goto('/images?region=ap-guangzhou');
  await expect(page.getByRole('heading', { level: 1, name: 'Images' })).toBeVisible();
  await expect(page.locator('html')).toHaveAttribute('lang', 'en');
  await expect(page).toHaveTitle('Images · CVM Image Console');
  await expect(imageRows(page)).toHaveCount(20);
  await workerInControl(page);
  expect(chunks).toEqual(['messages-en']);

  // Each language is offered in its own words.
  const language = page.getByLabel('Language');
  await expect(language.locator('option')).toHaveText(['English', '简体中文']);
  await expect(language.locator('option[lang="zh-CN"]')).toHaveText('简体中文');

  // No reload: what the page holds (a marker, the rows) stays; every text changes at once.
  await page.evaluate(() => ((window as { kept?: boolean }).kept = true));
  await language.selectOption('简体中文');
  await expect(page.getByRole('heading', { level: 1, name: '镜像' })).toBeVisible();
  await expect(page.locator('html')).toHaveAttribute('lang', 'zh-CN');
  await expect(page).toHaveTitle('镜像 · CVM 镜像控制台');
  await expect(page.getByLabel('语言')).toHaveValue('zh-CN');
  await expect(page.getByRole('navigation', { name: '分页' })).toContainText('第 1/2 页 · 共 35 个镜像');
  await expect(page.getByRole('columnheader', { name: '操作系统' })).toBeVisible();
  expect(await page.evaluate(() => (window as { kept?: boolean }).kept)).toBe(true);
  expect(chunks).toEqual(['messages-en', 'messages-zh-CN']);
  await expectNoAxeViolations(page, '/images after switching to Chinese');

  // The API answers in the new language from now on.
  const asked = await languageOfNextCall(page, () => page.getByRole('tab', { name: '镜像市场' }).click());
  expect(asked).toBe('zh-CN');

  // A reload keeps the choice, and an English browser does not take it back.
  await page.reload();
  await expect(page.getByRole('heading', { level: 1, name: '镜像' })).toBeVisible();
  await expect(page.getByLabel('语言')).toHaveValue('zh-CN');
  await page.getByLabel('语言').selectOption('English');
  await expect(page.getByRole('heading', { level: 1, name: 'Images' })).toBeVisible();
  await expect(page.locator('html')).toHaveAttribute('lang', 'en');
  await page.reload();
  await expect(page.getByRole('heading', { level: 1, name: 'Images' })).toBeVisible();
});

test('a page loaded on demand brings its own messages, in the language of the moment, also after a switch', async ({
  page,
}) => {
  const chunks = catalogueChunks(page);
  await page.goto('/instances?region=ap-guangzhou');
  await expect(page.getByRole('heading', { level: 1, name: 'Instances' })).toBeVisible();
  await expect(page).toHaveTitle('Instances · CVM Image Console');
  expect(chunks).toEqual(['catalogue-en-pages', 'messages-en']);
  await page.getByLabel('Language').selectOption('简体中文');
  await expect(page.getByRole('heading', { level: 1, name: '实例' })).toBeVisible();
  await expect(page.getByRole('columnheader', { name: '可用区' })).toBeVisible();
  expect(chunks).toEqual(['catalogue-en-pages', 'catalogue-zh-CN-pages', 'messages-en', 'messages-zh-CN']);
  await expectNoAxeViolations(page, '/instances in Chinese');
});

test('a dialog brings its own words when it opens, in the language of the moment', async ({ page }) => {
  const chunks = catalogueChunks(page);
  await page.goto('/instances?region=ap-guangzhou');
  await expect(page.getByRole('heading', { level: 1, name: 'Instances' })).toBeVisible();
  await page.getByLabel('Language').selectOption('简体中文');
  await expect(page.getByRole('heading', { level: 1, name: '实例' })).toBeVisible();
  expect(chunks).toEqual(['catalogue-en-pages', 'catalogue-zh-CN-pages', 'messages-en', 'messages-zh-CN']);

  await page.getByRole('button', { name: '创建自定义镜像' }).first().click();
  const dialog = page.getByRole('dialog', { name: '创建自定义镜像' });
  await expect(dialog).toBeVisible();
  await expect(dialog.getByLabel('镜像名称')).toBeVisible();
  expect(chunks).toEqual([
    'catalogue-en-pages',
    'catalogue-zh-CN-dialogs',
    'catalogue-zh-CN-pages',
    'messages-en',
    'messages-zh-CN',
  ]);
  await expectNoAxeViolations(page, 'the Create custom image dialog in Chinese');
});
