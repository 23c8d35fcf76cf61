// The console on any screen: every page and the header's menus at a phone's, a tablet's and a
// desktop's size, light and dark, never scroll sideways, put nothing outside the viewport and pass
// axe (colour contrast included). Reset demo data asks first, and toasts stay with their account.
import type { Page } from '@playwright/test';
import { seedStore } from '../../src/mocks/seed/seed-store.ts';
import { STORE_KEY } from '../../src/mocks/browser-persistence.ts';
import {
  expect,
  expectFitsViewport,
  expectNoAxeViolations,
  imageRow,
  openImages,
  resetDemoData,
  rowAction,
  test,
} from './helpers.ts';

const sizes = [
  { width: 390, height: 844 },
  { width: 768, height: 1024 },
  { width: 1440, height: 900 },
] as const;

/** The page's background, as tokens.css gives it in each theme. */
const pageBackground = { light: 'rgb(245, 247, 250)', dark: 'rgb(14, 19, 25)' } as const;

async function expectFitsAndAccessible(page: Page, what: string) {
  await expectFitsViewport(page, what);
  await expectNoAxeViolations(page, what);
}

async function waitForRows(page: Page) {
  await expect(page.locator('tbody tr.skeleton-row')).toHaveCount(0);
  await expect(page.locator('#images-panel tbody tr').first()).toBeVisible();
}

/** On a phone the header's controls are behind "Menu": open it first. */
async function openHeaderControls(page: Page) {
  const toggle = page.getByRole('button', { name: 'Menu' });
  if (await toggle.isVisible()) {
    await toggle.click();
    await expect(toggle).toHaveAttribute('aria-expanded', 'true');
  }
}

for (const size of sizes) {
  for (const theme of ['light', 'dark'] as const) {
    test.describe(`at ${size.width}×${size.height}, ${theme}`, () => {
      test.use({ viewport: size, colorScheme: theme, hasTouch: size.width < 1024 });

      test('every page fits the screen and passes axe', async ({ page }) => {
        await openImages(page);
        await expect(page.locator('html')).toHaveCSS('background-color', pageBackground[theme]);
        await waitForRows(page);
        await expectFitsAndAccessible(page, 'public images');
        for (const tab of ['Custom images', 'Shared images', 'Marketplace images']) {
          await page.getByRole('tab', { name: tab }).click();
          await waitForRows(page);
          await expectFitsAndAccessible(page, tab);
        }

        await page.getByRole('tab', { name: 'Custom images' }).click();
        await waitForRows(page);
        // A dialog: the whole screen on a phone, its fields readable in both themes.
        await page.getByRole('button', { name: 'Import image' }).click();
        await expect(page.getByRole('dialog', { name: 'Import image' })).toBeVisible();
        await expectFitsAndAccessible(page, 'the Import image dialog');
        if (size.width < 640) {
          const box = (await page.getByRole('dialog').boundingBox())!;
          expect([box.x, box.y, box.width, box.height]).toEqual([0, 0, size.width, size.height]);
        }
        await page.keyboard.press('Escape');
        await expect(page.getByRole('dialog')).toBeHidden();
        await imageRow(page, 'redis-cache-debian12').getByRole('link', { name: 'redis-cache-debian12' }).click();
        await expect(page.getByRole('heading', { level: 1, name: 'redis-cache-debian12' })).toBeVisible();
        await expectFitsAndAccessible(page, "an image's page");

        await page.goto('/instances?region=ap-guangzhou');
        await expect(page.locator('tbody').getByText('web-01', { exact: true })).toBeVisible();
        await expectFitsAndAccessible(page, 'the instances');

        await page.goto('/instances/create?region=ap-guangzhou');
        await expect(page.getByRole('heading', { level: 1, name: 'Create instance' })).toBeVisible();
        await expectFitsAndAccessible(page, 'the wizard');

        await page.goto('/nowhere');
        await expect(page.getByRole('heading', { level: 1, name: 'Page not found' })).toBeVisible();
        await expectFitsAndAccessible(page, 'the not-found page');
      });

      test("the header's menus fit the screen and pass axe", async ({ page }) => {
        await openImages(page);
        await openHeaderControls(page);
        await expect(page.getByLabel('Region')).toBeVisible();
        await expect(page.getByLabel('Account')).toBeVisible();
        await expect(page.getByLabel('Language')).toBeVisible();
        await expectFitsAndAccessible(page, 'the header');

        await page.getByRole('button', { name: 'Settings' }).click();
        await expect(page.getByRole('menu', { name: 'Settings' })).toBeVisible();
        await expectFitsAndAccessible(page, 'the Settings menu');

        await page.getByRole('menuitem', { name: 'Reset demo data' }).click();
        await expect(page.getByRole('dialog', { name: 'Reset demo data?' })).toBeVisible();
        await expectFitsAndAccessible(page, 'the Reset dialog');
        await page.getByRole('button', { name: 'Cancel' }).click();
        await expect(page.getByRole('dialog')).toBeHidden();
        await expect(page.getByRole('button', { name: 'Settings' })).toBeFocused();
        if (size.width < 768) {
          // Escape folds the phone's header again and gives focus back to "Menu".
          await page.keyboard.press('Escape');
          await expect(page.getByRole('button', { name: 'Menu' })).toHaveAttribute('aria-expanded', 'false');
          await expect(page.getByRole('button', { name: 'Menu' })).toBeFocused();
          await expect(page.getByLabel('Region')).toBeHidden();
        }
      });
    });
  }
}

test.describe('on a touch screen', () => {
  test.use({ viewport: { width: 390, height: 844 }, hasTouch: true });

  test('controls are at least 44 px high, and a radio sits beside its label', async ({ page }) => {
    await openImages(page, { tab: 'custom' });
    await waitForRows(page);
    await openHeaderControls(page);
    const small = await page.evaluate(() =>
      [...document.querySelectorAll('button, select, input:not([type="checkbox"])')]
        .filter((el) => el.checkVisibility() && !el.closest('.visually-hidden'))
        .map((el) => ({
          control: `<${el.tagName.toLowerCase()}> ${el.textContent?.trim() || el.getAttribute('aria-label') || el.id}`,
          height: Math.round(el.getBoundingClientRect().height),
        }))
        .filter(({ height }) => height < 44),
    );
    expect(small).toEqual([]);

    // The wizard's zone cards: each radio's middle lies within its label's height, on one line.
    await page.goto('/instances/create?region=ap-guangzhou');
    const zones = page.getByRole('radio');
    await expect(zones.first()).toBeVisible();
    for (const zone of await zones.all()) {
      const box = (await zone.boundingBox())!;
      const label = (await page.locator(`label[for="${await zone.getAttribute('id')}"]`).boundingBox())!;
      const middle = box.y + box.height / 2;
      expect(middle).toBeGreaterThan(label.y);
      expect(middle).toBeLessThan(label.y + label.height);
      expect(label.x).toBeGreaterThan(box.x + box.width);
    }
  });
});

// On a phone each instance is a card, as each image is: every fact named by its column and the row's
// action on screen, with no table scrolling sideways out of sight (a 600 px table cut "S5.ME…" off).
const instanceCards = [
  {
    language: 'en',
    labels: ['State', 'Zone', 'Type', 'Image'],
    running: 'Running',
    type: 'S5.MEDIUM4 · 2 vCPU, 4 GB',
    action: 'Create custom image',
  },
  {
    language: 'zh-CN',
    labels: ['状态', '可用区', '规格', '镜像'],
    running: '运行中',
    type: 'S5.MEDIUM4 · 2 核，4 GB',
    action: '创建自定义镜像',
  },
] as const;

for (const { language, labels, running, type, action } of instanceCards)
  test.describe(`the instances at 390×844, ${language}`, () => {
    test.use({ viewport: { width: 390, height: 844 }, hasTouch: true });

    test(`each instance is a card: every fact, its Type and "${action}" within the viewport`, async ({
      page,
      context,
    }) => {
      await context.addInitScript((l) => localStorage.setItem('cvm-console:language', l), language);
      await page.goto('/instances?region=ap-guangzhou');
      const rows = page.locator('tbody tr');
      const web = rows.filter({ hasText: 'web-01' });
      await expect(web).toBeVisible();
      // Still a table with its column headers, for a screen reader.
      await expect(page.getByRole('table')).toBeAttached();
      await expect(page.getByRole('columnheader')).toHaveCount(6);
      // A fact is read, and shown, after its column's name.
      await expect(web.getByRole('cell', { name: new RegExp(`^${labels[0]}`) })).toHaveText(running);
      await expect(web.getByRole('cell', { name: new RegExp(`^${labels[2]}`) })).toHaveText(type);

      expect(await rows.count()).toBeGreaterThanOrEqual(3);
      for (const row of await rows.all()) {
        await row.scrollIntoViewIfNeeded();
        const cells = row.getByRole('cell');
        await expect(cells).toHaveCount(6);
        for (const [i, label] of labels.entries())
          await expect(cells.nth(i + 1)).toHaveAccessibleName(new RegExp(`^${label}\\s*\\S`));
        // Wholly on screen: nothing clipped by a box that scrolls sideways.
        for (const cell of await cells.all()) await expect(cell).toBeInViewport({ ratio: 1 });
        await expect(row.getByRole('button', { name: action })).toBeInViewport({ ratio: 1 });
      }
      const sideways = await page.evaluate(() => ({
        page: document.documentElement.scrollWidth - innerWidth,
        table: Math.max(...[...document.querySelectorAll('.table-wrap')].map((b) => b.scrollWidth - b.clientWidth)),
      }));
      expect(sideways).toEqual({ page: 0, table: 0 });
      await expectFitsAndAccessible(page, `the instances as cards, ${language}`);

      // By keyboard: Tab from the lead's link reaches the first card's action, its focus ring shown.
      await page.locator('.lead a').focus();
      await page.keyboard.press('Tab');
      const first = web.getByRole('button', { name: action });
      await expect(first).toBeFocused();
      await expect(first).toHaveCSS('outline-style', 'solid');
      await expect(first).toBeInViewport({ ratio: 1 });
    });
  });

test.describe('the theme', () => {
  test.use({ colorScheme: 'light' });

  test('Dark, chosen in Settings, is applied at once, remembered, and on the page before its first paint', async ({
    page,
  }) => {
    await openImages(page);
    await expect(page.locator('html')).toHaveCSS('background-color', pageBackground.light);
    await page.getByRole('button', { name: 'Settings' }).click();
    await page.getByRole('menuitemradio', { name: 'Dark' }).click();
    await expect(page.locator('html')).toHaveCSS('background-color', pageBackground.dark);

    // When <html data-theme> was set, and when the browser first painted.
    await page.addInitScript(() => {
      new MutationObserver((_, observer) => {
        (window as unknown as { themeAt: number }).themeAt = performance.now();
        observer.disconnect();
      }).observe(document, { subtree: true, attributeFilter: ['data-theme'] });
    });
    await page.reload();
    await expect(page.getByRole('heading', { level: 1, name: 'Images' })).toBeVisible();
    await expect(page.locator('html')).toHaveCSS('background-color', pageBackground.dark);
    const { themeAt, firstPaint } = await page.evaluate(() => ({
      themeAt: (window as unknown as { themeAt?: number }).themeAt,
      firstPaint: performance.getEntriesByName('first-paint')[0]?.startTime,
    }));
    expect(themeAt).toBeDefined();
    expect(firstPaint).toBeDefined();
    expect(themeAt!).toBeLessThan(firstPaint!);

    await page.getByRole('button', { name: 'Settings' }).click();
    await expect(page.getByRole('menuitemradio', { name: 'Dark' })).toHaveAttribute('aria-checked', 'true');
    await page.getByRole('menuitemradio', { name: 'System' }).click();
    await expect(page.locator('html')).toHaveCSS('background-color', pageBackground.light);
  });

  test('Settings by keyboard only: Enter opens it, the arrows move, Escape gives focus back', async ({ page }) => {
    await openImages(page);
    const settings = page.getByRole('button', { name: 'Settings' });
    await settings.focus();
    await page.keyboard.press('Enter');
    await expect(page.getByRole('menuitemradio', { name: 'System' })).toBeFocused();
    await page.keyboard.press('ArrowDown');
    await page.keyboard.press('ArrowDown');
    await expect(page.getByRole('menuitemradio', { name: 'Dark' })).toBeFocused();
    await page.keyboard.press('ArrowDown');
    await expect(page.getByRole('menuitem', { name: 'Reset demo data' })).toBeFocused();
    await page.keyboard.press('Escape');
    await expect(page.getByRole('menu')).toBeHidden();
    await expect(settings).toBeFocused();
    await page.keyboard.press('ArrowDown');
    await page.keyboard.press('Tab');
    await expect(page.getByRole('menu')).toBeHidden();
    await expect(settings).not.toBeFocused();
  });
});

const seed = seedStore();
const redis = seed.images.find((i) => i.ImageName === 'redis-cache-debian12')!;
const extra = { ...redis, ImageId: 'img-extra001', ImageName: 'made-before-reset' };
const OPERATIONS = 'cvm-console:operations:100000000001';

test('Reset asks first, naming what is lost: Cancel keeps everything, Reset brings the seed back', async ({ page }) => {
  await page.addInitScript(
    ([storeKey, store, operationsKey, operations]) => {
      if (sessionStorage.getItem('e2e-stored')) return;
      sessionStorage.setItem('e2e-stored', '1');
      localStorage.setItem(storeKey, store);
      localStorage.setItem(operationsKey, operations);
    },
    [
      STORE_KEY,
      JSON.stringify({ ...seed, images: [...seed.images, extra] }),
      OPERATIONS,
      JSON.stringify([
        { imageId: extra.ImageId, region: 'ap-guangzhou', kind: 'create', name: extra.ImageName, startedAt: 1 },
      ]),
    ],
  );
  await openImages(page, { tab: 'custom' });
  await expect(imageRow(page, 'made-before-reset')).toBeVisible();

  await page.getByRole('button', { name: 'Settings' }).click();
  await page.getByRole('menuitem', { name: 'Reset demo data' }).click();
  const dialog = page.getByRole('dialog', { name: 'Reset demo data?' });
  await expect(dialog).toContainText('images, shares, copies, instances and operations');
  await dialog.getByRole('button', { name: 'Cancel' }).click();
  await expect(dialog).toBeHidden();
  await expect(page.getByRole('button', { name: 'Settings' })).toBeFocused();
  await page.reload();
  await expect(imageRow(page, 'made-before-reset')).toBeVisible();
  await page.getByRole('button', { name: /^Operations/ }).click();
  await expect(page.getByRole('region', { name: 'Operations' })).toContainText('made-before-reset');
  await page.getByRole('button', { name: /^Operations/ }).click();

  await resetDemoData(page);
  // Fresh at once, without a tab switch or a reload.
  await expect(imageRow(page, 'made-before-reset')).toHaveCount(0);
  await expect(imageRow(page, 'redis-cache-debian12')).toBeVisible();
  await expect(page.getByRole('status').filter({ hasText: 'Demo data was reset' })).toBeVisible();
  await page.getByRole('button', { name: /^Operations/ }).click();
  await expect(page.getByRole('region', { name: 'Operations' })).not.toContainText('made-before-reset');
});

/** Every visible control whose box meets the toasts' box (the toasts' own buttons aside). */
function controlsUnderToasts(page: Page): Promise<string[]> {
  return page.evaluate(() => {
    const over = document.querySelector('.toasts')!.getBoundingClientRect();
    if (over.height === 0) throw new Error('no toast is shown');
    return [...document.querySelectorAll('a[href], button, input, select, textarea, [tabindex]:not([tabindex="-1"])')]
      .filter((el) => !el.closest('.toasts') && el.checkVisibility() && !el.closest('.visually-hidden'))
      .filter((el) => {
        const r = el.getBoundingClientRect();
        return r.width > 0 && r.left < over.right && r.right > over.left && r.top < over.bottom && r.bottom > over.top;
      })
      .map((el) => `<${el.tagName.toLowerCase()}> ${el.textContent?.trim() || el.getAttribute('aria-label') || ''}`);
  });
}

for (const { width, height, scheme } of [
  { width: 1440, height: 900, scheme: 'light' },
  { width: 390, height: 844, scheme: 'dark' },
] as const)
  test(`after a copy to four regions the toast covers no control, at ${width} px, ${scheme}, nor once the page is scrolled`, async ({
    page,
  }) => {
    await page.setViewportSize({ width, height });
    await page.emulateMedia({ colorScheme: scheme });
    await openImages(page, { tab: 'custom' });
    const row = imageRow(page, 'k8s-node-opencloudos9');
    await (await rowAction(row, 'Copy')).click();
    const dialog = page.getByRole('dialog', { name: 'Copy image' });
    for (const region of [
      'Shanghai (ap-shanghai)',
      'Beijing (ap-beijing)',
      'Nanjing (ap-nanjing)',
      'Chengdu (ap-chengdu)',
    ])
      await dialog.getByRole('checkbox', { name: region, exact: true }).check();
    await dialog.getByRole('button', { name: 'Copy to 4 regions' }).click();
    await expect(dialog).toBeHidden();
    const toast = page.locator('.toasts').getByText(/^Copying k8s-node-opencloudos9 to /);
    await expect(toast).toBeVisible();
    // The focus on it keeps it (as it keeps it for a person reading it) while the test looks.
    await page.locator('.toasts').getByRole('button', { name: 'Dismiss' }).focus();
    expect(await controlsUnderToasts(page)).toEqual([]);
    // Scrolled, the toast stays in the page's flow: still nothing under it.
    await page.evaluate(() => scrollTo(0, 300));
    expect(await controlsUnderToasts(page)).toEqual([]);
    await expectNoAxeViolations(page, `a toast after a copy, ${width} px ${scheme}`);
    await expect(toast).toBeVisible();
  });

test('toasts stack at most two with "N more", cover no control, and stay with their account', async ({ page }) => {
  await openImages(page);
  for (let i = 0; i < 3; i++) await resetDemoData(page);
  const toasts = page.locator('.toasts');
  await expect(toasts.getByText('Demo data was reset to the original seed.')).toHaveCount(2);
  await expect(toasts.getByRole('button', { name: '1 more' })).toBeVisible();
  expect(await controlsUnderToasts(page)).toEqual([]);

  await page.getByLabel('Account').selectOption('100000000003');
  await expect(toasts.getByText('Demo data was reset to the original seed.')).toHaveCount(0);
  await expect(toasts.getByRole('button', { name: /more$/ })).toHaveCount(0);
  await page.getByLabel('Account').selectOption('100000000001');
  await expect(toasts.getByText('Demo data was reset to the original seed.')).toHaveCount(2);
});
