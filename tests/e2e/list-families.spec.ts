// Issue 16 in the images list, in real Chromium against the production build: the Family and Tags
// columns shown with Columns, the custom list grouped by family (its groups' row headers, the latest
// image marked), a Favourite marked on a row that survives a reload and shows in the wizard picker's
// Favourites; axe clean with the grouped table, at 1440 and at 390 px (cards), and once in Chinese.
import type { Page } from '@playwright/test';
import { expect, expectFitsViewport, expectNoAxeViolations, imageRow, openImages, test } from './helpers.ts';

const LONG = { timeout: 30_000 };
const WIZARD = '/instances/create?region=ap-guangzhou&zone=ap-guangzhou-3&type=S5.MEDIUM4&step=image';

async function showColumn(page: Page, column: string, chooser = 'Columns') {
  await page.getByRole('button', { name: chooser }).click();
  await page.getByRole('checkbox', { name: column, exact: true }).check();
  await page.keyboard.press('Escape');
}

test('Family and Tags via Columns, grouped by family with the latest marked, a Favourite kept across a reload and in the picker, axe clean', async ({
  page,
}) => {
  await page.setViewportSize({ width: 1440, height: 900 });
  await openImages(page, { tab: 'custom' });
  await expect(page.getByRole('columnheader', { name: 'Image family' })).toHaveCount(0);
  await showColumn(page, 'Image family');
  await showColumn(page, 'Tags');
  await expect(page.getByRole('columnheader', { name: 'Image family' })).toBeVisible();
  await expect(page.getByRole('columnheader', { name: 'Tags' })).toBeVisible();
  const web = imageRow(page, 'web-server-centos79');
  await expect(web.getByRole('cell', { name: 'web-tier', exact: true })).toBeVisible();
  await expect(web.getByRole('button', { name: 'Filter by tag env: prod' })).toBeVisible();

  // The box follows the address, which the router changes just after the click: click, then see it checked.
  await page.getByRole('checkbox', { name: 'Group by family' }).click();
  await expect(page.getByRole('checkbox', { name: 'Group by family' })).toBeChecked();
  await expect(page).toHaveURL(/[?&]group=family/);
  await expect(page.getByRole('rowheader', { name: 'web-tier 1 image' })).toBeVisible();
  await expect(page.getByRole('rowheader', { name: 'No family 7 images' })).toBeVisible();
  await expect(web.getByText('Latest', { exact: true })).toBeVisible(LONG);
  await expect(imageRow(page, 'redis-cache-debian12').getByText('Latest', { exact: true })).toHaveCount(0);
  await expectNoAxeViolations(page, 'the custom list grouped by family, with Family and Tags');

  const favourite = imageRow(page, 'redis-cache-debian12').getByRole('button', { name: 'Favourite' });
  await expect(favourite).toHaveAttribute('aria-pressed', 'false');
  await favourite.click();
  await expect(favourite).toHaveAttribute('aria-pressed', 'true');
  await page.reload();
  await expect(page.getByRole('rowheader', { name: 'No family 7 images' })).toBeVisible(LONG);
  await expect(imageRow(page, 'redis-cache-debian12').getByRole('button', { name: 'Favourite' })).toHaveAttribute(
    'aria-pressed',
    'true',
  );

  await page.goto(WIZARD);
  await page.getByRole('tab', { name: 'Favourites', exact: true }).click();
  const panel = page.getByRole('tabpanel', { name: 'Favourites' });
  await expect(panel.getByRole('radio', { name: /^redis-cache-debian12 img-[a-z0-9]{8}$/ })).toBeVisible(LONG);
  await expect(panel.getByRole('button', { name: 'Favourite' })).toHaveAttribute('aria-pressed', 'true');
});

test('at 390 px the cards say family and tags, the groups head their cards, axe clean', async ({ page }) => {
  await page.setViewportSize({ width: 390, height: 844 });
  await openImages(page, { tab: 'custom', group: 'family' });
  await expect(page.getByRole('rowheader', { name: 'web-tier 1 image' })).toBeVisible(LONG);
  const web = imageRow(page, 'web-server-centos79');
  await expect(web.getByText('Latest', { exact: true })).toBeVisible(LONG);
  await expect(web.getByText('web-tier', { exact: true })).toBeVisible();
  await expect(web.getByRole('button', { name: 'Filter by tag env: prod' })).toBeVisible();
  await expect(web.getByRole('button', { name: 'Favourite' })).toBeVisible();
  await expectNoAxeViolations(page, 'the grouped cards at 390px');
  await expectFitsViewport(page, 'the grouped cards at 390px');

  await web.getByRole('button', { name: 'Filter by tag env: prod' }).click();
  await expect(page).toHaveURL(/[?&]tag=env%3Aprod/);
  await expect(page.getByRole('searchbox', { name: 'Tag' })).toHaveValue('env:prod');
  await expect(imageRow(page, 'redis-cache-debian12')).toHaveCount(0);
});

test.describe('in Chinese', () => {
  test.use({ locale: 'zh-CN' });
  test('按镜像族分组, 无镜像族, 最新 and 收藏, axe clean', async ({ page }) => {
    await page.goto('/images?region=ap-guangzhou&tab=custom');
    await expect(page.getByRole('link', { name: 'web-server-centos79', exact: true })).toBeVisible(LONG);
    await page.getByRole('checkbox', { name: '按镜像族分组' }).click();
    await expect(page.getByRole('checkbox', { name: '按镜像族分组' })).toBeChecked();
    await expect(page.getByRole('rowheader', { name: '无镜像族 7 个镜像' })).toBeVisible(LONG);
    const web = imageRow(page, 'web-server-centos79');
    await expect(web.getByText('最新', { exact: true })).toBeVisible(LONG);
    await expect(web.getByRole('button', { name: '收藏' })).toHaveAttribute('aria-pressed', 'false');
    await expectNoAxeViolations(page, 'the grouped list in Chinese');
  });
});
