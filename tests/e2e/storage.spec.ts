// What the console keeps in local storage, corrupted in every key it reads (the demo data, the list
// of operations, the account, the region): the console comes up with a notice saying what was set
// aside, nothing valid is lost, and Reset demo data works.
import { routes } from '../../src/features/paths.ts';
import { seedStore } from '../../src/mocks/seed/seed-store.ts';
import { STORE_KEY } from '../../src/mocks/browser-persistence.ts';
import { expect, expectNoAxeViolations, imageRow, openImages, pagerSummary, resetDemoData, test } from './helpers.ts';
import type { Page } from '@playwright/test';

const A1 = '100000000001';
const OPERATIONS = `cvm-console:operations:${A1}`;
const seed = seedStore();
const redis = seed.images.find((i) => i.ImageName === 'redis-cache-debian12')!;
/** A valid custom image of the default account, not in the seed: it must survive a repair. */
const kept = { ...redis, ImageId: 'img-kept0001', ImageName: 'kept-after-repair' };
const operation = {
  imageId: redis.ImageId,
  region: 'ap-guangzhou',
  kind: 'create',
  name: 'redis-cache-debian12',
  startedAt: 1,
};

/** Put these values in the console's local storage before it first starts in this tab (once: a reload keeps what it made of them). */
async function withStored(page: Page, values: Record<string, string>): Promise<void> {
  await page.addInitScript((entries) => {
    if (sessionStorage.getItem('e2e-stored')) return;
    sessionStorage.setItem('e2e-stored', '1');
    localStorage.clear();
    for (const [key, value] of Object.entries(entries)) localStorage.setItem(key, value);
  }, values);
}

const notice = (page: Page, text: string) => page.getByRole('status').filter({ hasText: text });

/** The console is up and working: the page's heading, no error page. */
async function expectWorking(page: Page): Promise<void> {
  await expect(page.getByRole('heading', { level: 1, name: 'Images' })).toBeVisible();
  await expect(page.getByRole('alert')).toHaveCount(0);
}

/** The custom images tab of the page open now. */
async function customTab(page: Page): Promise<void> {
  await page.getByRole('tab', { name: 'Custom images' }).click();
  await expect(page.locator('tbody tr.skeleton-row')).toHaveCount(0);
}

const wholeStore = 'The saved demo data could not be read, so fresh demo data was loaded.';

for (const [what, raw] of [
  ['not JSON', '{"version": 2, "images": ['],
  ['[null]', '[null]'],
  ['[{}]', '[{}]'],
  ['[1,2,3]', '[1,2,3]'],
  ['a version from the future', JSON.stringify({ ...seed, version: 99 })],
  ['images of [null]', JSON.stringify({ ...seed, images: [null] })],
]) {
  test(`demo data that is ${what}: set aside with a notice, the console works, Reset works`, async ({ page }) => {
    await withStored(page, { [STORE_KEY]: raw });
    await openImages(page);
    await expectWorking(page);
    await customTab(page);
    if (what === 'images of [null]') {
      // The store was readable: its one bad entry is left out, every other part kept.
      await expect(notice(page, '1 saved entry of the demo data could not be read and was left out')).toBeVisible();
      await expect(page.getByText('You have no custom images in Guangzhou.', { exact: false })).toBeVisible();
    } else {
      await expect(notice(page, wholeStore)).toBeVisible();
      await expect(imageRow(page, 'redis-cache-debian12')).toBeVisible();
    }
    const aside = await page.evaluate(() => Object.keys(localStorage).filter((k) => k.includes(':unreadable:')));
    expect(aside).toHaveLength(1);
    expect(await page.evaluate((k) => localStorage.getItem(k), aside[0]!)).toBe(
      what === 'images of [null]' ? JSON.stringify({ images: [null], instances: [], shares: {}, snapshots: [] }) : raw,
    );
    await resetDemoData(page);
    await expect(imageRow(page, 'redis-cache-debian12')).toBeVisible();
    await expectWorking(page);
  });
}

test('demo data with bad entries among good ones: only those are set aside, every valid one is kept', async ({
  page,
}) => {
  const stored = {
    ...seed,
    images: [...seed.images, kept, null, {}],
    instances: [...seed.instances, 1],
    shares: { ...seed.shares, [kept.ImageId]: [null] },
  };
  await withStored(page, { [STORE_KEY]: JSON.stringify(stored) });
  await openImages(page, { tab: 'custom' });
  await expectWorking(page);
  await expect(pagerSummary(page)).toBeVisible();
  await expect(
    notice(page, '4 saved entries of the demo data could not be read and were left out; everything else was kept.'),
  ).toBeVisible();
  await expect(imageRow(page, 'kept-after-repair')).toBeVisible();
  await expect(imageRow(page, 'redis-cache-debian12')).toBeVisible();
  await expectNoAxeViolations(page, 'the images page with a notice');
  // Reset brings the seed back: the image that was only in the stored data is gone.
  await resetDemoData(page);
  await expect(imageRow(page, 'kept-after-repair')).toHaveCount(0);
  await expect(imageRow(page, 'redis-cache-debian12')).toBeVisible();
});

for (const [what, raw, kept] of [
  ['not JSON', 'not json {', false],
  ['an object', '{"version":99}', false],
  ['[null] after a valid one', JSON.stringify([operation, null]), true],
  ['[{}] after a valid one', JSON.stringify([operation, {}]), true],
  ['1, 2, 3 after a valid one', JSON.stringify([operation, 1, 2, 3]), true],
] as const) {
  test(`a list of operations that is ${what}: the console works, and says what was set aside`, async ({ page }) => {
    await withStored(page, { [OPERATIONS]: raw });
    await openImages(page);
    await expectWorking(page);
    await expect(
      notice(
        page,
        kept
          ? 'of the list of operations could not be read and'
          : 'The saved list of operations could not be read, so the list starts empty.',
      ),
    ).toBeVisible();
    await page.getByRole('button', { name: /^Operations/ }).click();
    const panel = page.getByRole('region', { name: 'Operations' });
    if (kept) {
      await expect(panel.getByRole('listitem')).toHaveCount(1);
      await expect(panel.getByRole('listitem')).toContainText('Create redis-cache-debian12 in Guangzhou');
      await expect(panel.getByRole('listitem')).toContainText('Normal');
    } else await expect(panel).toContainText('Images you create, import, copy or export show here');
    await expect(page.getByText('undefined')).toHaveCount(0);
  });
}

for (const raw of ['[null]', '999999999999', '200000000001', '']) {
  test(`an account of ${JSON.stringify(raw)}: the default account is signed in, and the console says so`, async ({
    page,
  }) => {
    await withStored(page, { 'cvm-console:account': raw });
    await openImages(page, { tab: 'custom' });
    await expectWorking(page);
    await expect(page.getByLabel('Account')).toHaveValue(A1);
    await expect(
      notice(page, 'The saved account could not be read, so the default account is signed in.'),
    ).toBeVisible();
  });
}

for (const raw of ['ap-mars', '[1,2,3]']) {
  test(`a region of ${raw}: the default region is shown, and the console says so`, async ({ page }) => {
    await withStored(page, { 'cvm-console:region': raw });
    await page.goto(routes.images);
    await expectWorking(page);
    await expect(pagerSummary(page)).toBeVisible();
    await expect(page.getByLabel('Region')).toHaveValue('ap-guangzhou');
    await expect(notice(page, 'The saved region could not be read, so the default region is shown.')).toBeVisible();
  });
}
