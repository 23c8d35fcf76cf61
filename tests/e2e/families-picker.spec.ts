// Issue 16 in real Chromium against the production build: image families and the picker that
// remembers. The family's latest image that is not deprecated is offered and chosen, deprecated
// versions show only when asked, a Favourite survives a reload and belongs to its account, and an
// image launched from becomes Recent; at 1440 and 390 wide, axe clean, and once in Chinese.
import type { Locator, Page } from '@playwright/test';
import { expect, expectFitsViewport, expectNoAxeViolations, test } from './helpers.ts';

const LONG = { timeout: 30_000 };
const A2 = '100000000002';
const BEIJING = '/instances/create?region=ap-beijing&zone=ap-beijing-7&type=S5.MEDIUM4&step=image';

/** The picker's row (list item) of the image with this name. */
function row(panel: Locator, name: string): Locator {
  return panel.getByRole('listitem').filter({ has: panel.page().getByRole('radio', { name: imageName(name) }) });
}

function imageName(name: string): RegExp {
  return new RegExp(`^${name.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')} img-[a-z0-9]{8}$`);
}

async function openTab(page: Page, name: string): Promise<Locator> {
  await page.getByRole('tab', { name, exact: true }).click();
  await expect(page.getByRole('tab', { name, exact: true })).toHaveAttribute('aria-selected', 'true');
  return page.getByRole('tabpanel', { name });
}

for (const [width, height] of [
  [1440, 900],
  [390, 844],
] as const)
  test(`at ${width}×${height}: the family's latest, deprecated on request, a Favourite kept across a reload and per account, axe clean`, async ({
    page,
  }) => {
    await page.setViewportSize({ width, height });
    await page.goto(BEIJING);
    await expect(page.getByRole('checkbox', { name: 'Compatible only' })).toBeChecked(LONG);
    const showDeprecated = page.getByRole('checkbox', { name: 'Show deprecated images' });
    await expect(showDeprecated).not.toBeChecked();

    let panel = await openTab(page, 'Custom images');
    const families = panel.getByRole('group', { name: 'Latest in family' });
    const latest = families.getByRole('radio', { name: /^Latest in app-base: app-base-2025\.02 img-[a-z0-9]{8}$/ });
    await expect(latest).toBeVisible(LONG);
    await expect(panel.getByRole('radio', { name: imageName('app-base-2025.01') })).toBeVisible();
    await expect(panel.getByRole('radio', { name: imageName('app-base-2025.03') })).toHaveCount(0);
    await showDeprecated.check();
    await expect(row(panel, 'app-base-2025.03')).toContainText('Deprecated');
    await latest.click();
    await expect(latest).toBeChecked();
    await expect(page.getByRole('group', { name: 'Chosen image' })).toContainText('app-base-2025.02');
    await expectNoAxeViolations(page, `the picker's families at ${width}px`);
    await expectFitsViewport(page, `the picker's families at ${width}px`);

    const favourite = row(panel, 'app-base-2025.01').getByRole('button', { name: 'Favourite' });
    await favourite.click();
    await expect(favourite).toHaveAttribute('aria-pressed', 'true');

    await page.reload();
    panel = await openTab(page, 'Favourites');
    await expect(panel.getByText('Kept in this browser, for this account only; never sent to a server.')).toBeVisible();
    await expect(panel.getByRole('radio')).toHaveCount(1, LONG);
    await expect(panel.getByRole('radio', { name: imageName('app-base-2025.01') })).toBeVisible();
    await expectNoAxeViolations(page, `the Favourites at ${width}px`);
    await expectFitsViewport(page, `the Favourites at ${width}px`);

    if (width === 1440) {
      await page.getByLabel('Account').selectOption(A2);
      panel = await openTab(page, 'Favourites');
      await expect(
        panel.getByText(
          'No favourite images in Beijing yet. Mark an image Favourite on the other tabs to find it here.',
        ),
      ).toBeVisible(LONG);
    }
  });

test('an image launched from shows under Recent', async ({ page }) => {
  await page.goto(BEIJING);
  const panel = await openTab(page, 'Custom images');
  const v1 = panel.getByRole('radio', { name: imageName('app-base-2025.01') });
  await v1.click(LONG);
  await expect(v1).toBeChecked();
  await page
    .getByRole('list', { name: 'Steps' })
    .getByRole('button', { name: /Review/ })
    .click();
  await page.getByRole('button', { name: 'Launch' }).click();
  await expect(page).toHaveURL(/\/instances\?/, LONG);
  await page.goto(BEIJING);
  const recent = await openTab(page, 'Recent');
  await expect(recent.getByRole('radio', { name: imageName('app-base-2025.01') })).toBeVisible(LONG);
  await expect(recent.getByRole('radio')).toHaveCount(1);
});

test.describe('in Chinese', () => {
  test.use({ locale: 'zh-CN' });

  test('the family, the deprecated version and a 收藏 kept across a reload, axe clean', async ({ page }) => {
    await page.goto(BEIJING);
    await expect(page.getByRole('checkbox', { name: '仅显示兼容镜像' })).toBeChecked(LONG);
    let panel = await openTab(page, '自定义镜像');
    const latest = panel
      .getByRole('group', { name: '镜像族最新镜像' })
      .getByRole('radio', { name: /^app-base 的最新镜像: app-base-2025\.02 img-/ });
    await expect(latest).toBeVisible(LONG);
    await page.getByRole('checkbox', { name: '显示已弃用的镜像' }).check();
    await expect(row(panel, 'app-base-2025.03')).toContainText('已弃用');
    const favourite = row(panel, 'app-base-2025.02').getByRole('button', { name: '收藏' });
    await favourite.click();
    await expect(favourite).toHaveAttribute('aria-pressed', 'true');
    await expectNoAxeViolations(page, 'the picker in Chinese');
    await page.reload();
    panel = await openTab(page, '收藏');
    await expect(panel.getByRole('radio', { name: imageName('app-base-2025.02') })).toBeVisible(LONG);
    await expectNoAxeViolations(page, 'the Favourites in Chinese');
  });
});
