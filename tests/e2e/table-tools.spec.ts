// The images table's tools and the pages that agree with themselves (issue 15): the row's "More
// actions" by keyboard only, a refused action's reason by a screen-reader query and by a tap,
// Columns remembered, Copy ID, counts on the tabs, addresses corrected with a notice, any image ID
// opened without its region, "Go to ID", and the table at phone, tablet and desktop widths.
import type { Locator, Page } from '@playwright/test';
import {
  expect,
  expectFitsViewport,
  expectNoAxeViolations,
  imageRow,
  imageRows,
  openImages,
  pagerSummary,
  test,
} from './helpers.ts';

/** The ID a row shows under the image's name. */
async function idOf(row: Locator): Promise<string> {
  return (await row.locator('code.id').textContent())!.trim();
}

test('More actions by keyboard only: open, move, choose, and focus comes back', async ({ page }) => {
  await openImages(page, { tab: 'custom' });
  const row = imageRow(page, 'redis-cache-debian12');
  const more = row.getByRole('button', { name: 'More actions' });
  await expect(more).toHaveAttribute('aria-haspopup', 'menu');
  await more.focus();
  await page.keyboard.press('Enter');
  const menu = row.getByRole('menu', { name: 'More actions' });
  await expect(menu).toBeVisible();
  await expect(menu.getByRole('menuitem')).toHaveText(['Share', 'Copy', 'Export', 'Edit', 'Edit tags', 'Delete']);
  await expect(menu.getByRole('menuitem', { name: 'Share' })).toBeFocused();
  await expectNoAxeViolations(page, 'a row with its More actions menu open');
  // Escape closes it and gives focus back to the button.
  await page.keyboard.press('Escape');
  await expect(menu).toBeHidden();
  await expect(more).toBeFocused();
  // ArrowUp opens it on its last item; the arrows wrap; Enter chooses.
  await page.keyboard.press('ArrowUp');
  await expect(menu.getByRole('menuitem', { name: 'Delete' })).toBeFocused();
  await page.keyboard.press('ArrowDown');
  await expect(menu.getByRole('menuitem', { name: 'Share' })).toBeFocused();
  await page.keyboard.press('ArrowDown');
  await page.keyboard.press('ArrowDown');
  await expect(menu.getByRole('menuitem', { name: 'Export' })).toBeFocused();
  await page.keyboard.press('ArrowDown');
  await expect(menu.getByRole('menuitem', { name: 'Edit', exact: true })).toBeFocused();
  await page.keyboard.press('Enter');
  const edit = page.getByRole('dialog', { name: 'Edit image' });
  await expect(edit).toBeVisible();
  await page.keyboard.press('Escape');
  await expect(edit).toBeHidden();
  await expect(more).toBeFocused();
  // Tab closes the menu and moves on.
  await page.keyboard.press('Enter');
  await expect(menu).toBeVisible();
  await page.keyboard.press('Tab');
  await expect(menu).toBeHidden();
});

test.describe('on a touch screen', () => {
  test.use({ hasTouch: true, viewport: { width: 390, height: 844 } });

  test('a refused action shows its reason to a tap and to a screen reader, and opens nothing', async ({ page }) => {
    await openImages(page, { tab: 'custom' });
    const row = imageRow(page, 'app-base-ubuntu2204');
    await row.getByRole('button', { name: 'More actions' }).tap();
    const del = row.getByRole('menu').getByRole('menuitem', { name: 'Delete', exact: true });
    await expect(del).toHaveAttribute('aria-disabled', 'true');
    // A screen reader reads the reason as the item's description; a tap shows it under its label.
    await expect(del).toHaveAccessibleDescription('Cancel sharing with 2 accounts before deleting.');
    await expect(del.getByText('Cancel sharing with 2 accounts before deleting.')).toBeVisible();
    // Greyed, not struck through.
    expect(await del.evaluate((el) => getComputedStyle(el).textDecorationLine)).toBe('none');
    await del.tap({ force: true });
    await expect(page.getByRole('dialog')).toHaveCount(0);
  });
});

test('Columns: a hidden column stays hidden after a reload, and shows again when chosen', async ({ page }) => {
  await openImages(page, { tab: 'custom' });
  const columns = page.getByRole('button', { name: 'Columns' });
  await columns.click();
  await expect(columns).toHaveAttribute('aria-expanded', 'true');
  const chooser = page.getByRole('group', { name: 'Columns to show' });
  await expectNoAxeViolations(page, 'the Columns chooser');
  await chooser.getByRole('checkbox', { name: 'Source' }).uncheck();
  await expect(page.getByRole('columnheader', { name: 'Source' })).toHaveCount(0);
  await page.keyboard.press('Escape');
  await expect(chooser).toBeHidden();
  await expect(columns).toBeFocused();

  await page.reload();
  await expect(imageRows(page)).toHaveCount(8);
  await expect(page.getByRole('columnheader', { name: 'Shared with' })).toBeVisible();
  await expect(page.getByRole('columnheader', { name: 'Source' })).toHaveCount(0);
  // Each tab has its own choice: the public tab was not touched.
  await page.getByRole('tab', { name: 'Public images' }).click();
  await expect(page.getByRole('columnheader', { name: 'Size' })).toBeVisible();
  await page.getByRole('tab', { name: 'Custom images' }).click();
  await columns.click();
  await expect(chooser.getByRole('checkbox', { name: 'Source' })).not.toBeChecked();
  await chooser.getByRole('checkbox', { name: 'Source' }).check();
  await expect(page.getByRole('columnheader', { name: 'Source' })).toBeVisible();
});

test('the custom tab lists newest first; the tabs count their images; Refresh says when the list was read', async ({
  page,
}) => {
  await openImages(page, { tab: 'custom' });
  await expect(page.getByRole('columnheader', { name: 'Created' })).toHaveAttribute('aria-sort', 'descending');
  await expect(imageRows(page).first()).toContainText('gitlab-runner-rocky9');
  await expect(page.getByRole('tab', { name: 'Custom images' })).toHaveAccessibleDescription('8 images');
  await expect(page.getByRole('tab', { name: 'Public images' })).toHaveAccessibleDescription('35 images');
  await expect(page.getByText('Updated just now')).toBeVisible();
  const asked = page.waitForRequest(
    (r) => r.url().includes('/api/cvm/') && r.postData()?.includes('PRIVATE_IMAGE') === true,
  );
  await page.getByRole('button', { name: 'Refresh' }).click();
  await asked;
  await expect(page.getByText('Updated just now')).toBeVisible();
});

test('Copy ID puts the image ID on the clipboard and says so', async ({ page, context }) => {
  await context.grantPermissions(['clipboard-read', 'clipboard-write']);
  await openImages(page, { tab: 'custom' });
  const row = imageRow(page, 'redis-cache-debian12');
  const id = await idOf(row);
  await row.getByRole('button', { name: 'Copy ID' }).click();
  await expect(row.getByText('ID copied')).toBeVisible();
  expect(await page.evaluate(() => navigator.clipboard.readText())).toBe(id);
});

test('a page past the end and an unknown region are corrected in the address, with a notice', async ({ page }) => {
  await page.goto('/images?region=ap-guangzhou&page=9');
  await expect(page).toHaveURL(/[?&]page=2(&|$)/);
  await expect(pagerSummary(page)).toHaveText('Page 2 of 2 · 35 images');
  await expect(page.getByRole('note').filter({ hasText: 'There is no page 9' })).toHaveText(
    'There is no page 9: this list has 2 pages, so its last page is shown.',
  );
  await expect(imageRows(page)).toHaveCount(15);
  // The next navigation drops the notice.
  await page.getByRole('button', { name: 'Previous page' }).click();
  await expect(page.getByText('There is no page 9')).toHaveCount(0);

  await page.goto('/images?region=xx-bogus&tab=custom');
  await expect(page).toHaveURL(/[?&]region=ap-guangzhou(&|$)/);
  await expect(page).toHaveURL(/[?&]tab=custom(&|$)/);
  await expect(page.getByText('There is no region “xx-bogus”: showing South China (Guangzhou).')).toBeVisible();
  await expect(page.getByLabel('Region')).toHaveValue('ap-guangzhou');
  await expect(imageRows(page)).toHaveCount(8);
  await expectNoAxeViolations(page, 'a corrected address');
});

test('an empty list suggests clearing the search or filters only when there are some', async ({ page }) => {
  await openImages(page, { region: 'ap-singapore', tab: 'marketplace', q: 'discuz' });
  await expect(page.getByText('No marketplace images in Singapore match your search or filters.')).toBeVisible();
  await page.getByRole('button', { name: 'Clear search and filters' }).click();
  await expect(imageRows(page).first()).toBeVisible();
  await expect(page.getByText(/Clear the search or filters/)).toHaveCount(0);
});

test('/images/<id> without a region finds the image’s region; a malformed ID is not found, with a way back', async ({
  page,
}) => {
  await openImages(page, { region: 'ap-shanghai', tab: 'custom' });
  const id = await idOf(imageRow(page, 'payment-gateway-ubuntu2004'));
  await openImages(page, { region: 'ap-guangzhou' });
  await page.goto(`/images/${id}`);
  await expect(page.getByRole('heading', { level: 1, name: 'payment-gateway-ubuntu2004' })).toBeVisible();
  await expect(page).toHaveURL(new RegExp(`/images/${id}\\?region=ap-shanghai$`));
  await expectNoAxeViolations(page, 'an image found in another region');

  await page.goto('/images/not-an-id');
  await expect(page.getByRole('heading', { level: 1, name: 'Image not found' })).toBeVisible();
  await expect(page.getByText(/“not-an-id” is not an image ID/)).toBeVisible();
  await expect(page.getByRole('button', { name: 'Try again' })).toHaveCount(0);
  await expectNoAxeViolations(page, 'a malformed image ID');
  await page.getByRole('link', { name: 'go back to the list' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Images' })).toBeVisible();
});

test('Go to ID opens an image by its ID, an instance in its region, and says what it cannot take', async ({ page }) => {
  await openImages(page, { region: 'ap-shanghai', tab: 'custom' });
  const id = await idOf(imageRow(page, 'payment-gateway-ubuntu2004'));
  await openImages(page, { region: 'ap-guangzhou' });
  const box = page.getByRole('searchbox', { name: 'Go to ID' });
  await box.fill('not an id');
  await box.press('Enter');
  await expect(box).toHaveAccessibleDescription(
    'Enter an image ID (img- and 8 letters or digits) or an instance ID (ins-…).',
  );
  await box.fill(` ${id.toUpperCase()} `);
  await box.press('Enter');
  await expect(page.getByRole('heading', { level: 1, name: 'payment-gateway-ubuntu2004' })).toBeVisible();
  await expect(page).toHaveURL(/[?&]region=ap-shanghai/);

  // An instance in Hong Kong: the instances of that region, its row marked and focused.
  await page.goto('/instances?region=ap-hongkong');
  const instanceId = (await page.getByRole('main').locator('code').first().textContent())!.trim();
  expect(instanceId).toMatch(/^ins-[a-z0-9]{8}$/);
  await openImages(page, { region: 'ap-guangzhou' });
  await box.fill(instanceId);
  await box.press('Enter');
  await expect(page).toHaveURL(new RegExp(`/instances\\?region=ap-hongkong&instance=${instanceId}$`));
  const landed = page.getByRole('row').filter({ hasText: instanceId });
  await expect(landed).toBeFocused();
  await expect(landed).toHaveAttribute('aria-current', 'true');
  await expect(page.locator('tbody tr[aria-current]')).toHaveCount(1);
  await expect(landed).toBeInViewport();
  await expectNoAxeViolations(page, 'an instance landed on by Go to ID');

  await box.fill('ins-zzzzzzzz');
  await box.press('Enter');
  await expect(box).toHaveAccessibleDescription('No instance ins-zzzzzzzz in any region.');
});

for (const scheme of ['light', 'dark'] as const)
  test.describe(`the images table, ${scheme}`, () => {
    test.use({ colorScheme: scheme });

    test('at 390 px each image is a card with its name, ID, state, priority facts and actions', async ({ page }) => {
      await page.setViewportSize({ width: 390, height: 844 });
      await openImages(page, { tab: 'custom' });
      const card = imageRow(page, 'legacy-erp-import');
      await expect(card).toContainText('Import failed');
      await expect(card.getByRole('cell', { name: /^Created/ })).toContainText('2025');
      await expect(card.getByRole('button', { name: 'Copy ID' })).toBeVisible();
      await expect(card.getByRole('button', { name: 'More actions' })).toBeVisible();
      await expect(card.getByRole('button', { name: 'Launch instance' })).toBeVisible();
      // The facts that are not priorities wait for a wider screen or the image's page.
      await expect(card.getByText('Imported', { exact: true })).toBeHidden();
      await expectFitsViewport(page);
      await card.getByRole('button', { name: 'More actions' }).click();
      const menu = card.getByRole('menu');
      const box = (await menu.boundingBox())!;
      expect(box.x).toBeGreaterThanOrEqual(0);
      expect(box.x + box.width).toBeLessThanOrEqual(390);
      await expectNoAxeViolations(page, `the custom images as cards, ${scheme}`);
    });

    test('at 768 px the priority columns, at 1440 px every column', async ({ page }) => {
      await page.setViewportSize({ width: 768, height: 1024 });
      await openImages(page, { tab: 'custom' });
      await expect(page.getByRole('columnheader')).toHaveText([/Name and ID/, 'State', /Created/, 'Actions']);
      await expectFitsViewport(page);
      await expectNoAxeViolations(page, `the custom images at 768 px, ${scheme}`);

      await page.setViewportSize({ width: 1440, height: 900 });
      await expect(page.getByRole('columnheader', { name: 'Source' })).toBeVisible();
      await expectFitsViewport(page);
      await expectNoAxeViolations(page, `the custom images at 1440 px, ${scheme}`);
    });
  });

test('in Chinese: 更多操作 by keyboard, and the counts in the tab’s description', async ({ page, context }) => {
  await context.addInitScript(() => localStorage.setItem('cvm-console:language', 'zh-CN'));
  await page.goto('/images?region=ap-guangzhou&tab=custom');
  const row = imageRow(page, 'redis-cache-debian12');
  await row.getByRole('button', { name: '更多操作' }).focus();
  await page.keyboard.press('ArrowDown');
  const menu = row.getByRole('menu', { name: '更多操作' });
  await expect(menu.getByRole('menuitem')).toHaveText(['共享', '复制', '导出', '编辑', '编辑标签', '删除']);
  await expect(menu.getByRole('menuitem', { name: '共享' })).toBeFocused();
  await page.keyboard.press('Escape');
  await expect(page.getByRole('tab', { name: '自定义镜像' })).toHaveAccessibleDescription('8 个镜像');
  await expect(page.getByRole('button', { name: '列设置' })).toBeVisible();
  await expect(page.getByRole('button', { name: '刷新' })).toBeVisible();
  await expect(page.getByText('刚刚更新')).toBeVisible();
  await expect(row.getByRole('button', { name: '复制 ID' })).toBeVisible();
  await expectNoAxeViolations(page, '自定义镜像 with the table tools');
});

const ARM_IMAGE = 'TencentOS Server 4 64-bit (ARM)';
const NOT_SOLD =
  'No instance type sold in Chengdu runs ARM images, so this image has no instance type to run on here; choose another image, or copy it to a region that sells such types.';

for (const { width, height, scheme } of [
  { width: 1440, height: 900, scheme: 'light' },
  { width: 390, height: 844, scheme: 'dark' },
] as const)
  test.describe(`at ${width} px, ${scheme}`, () => {
    test.use({ viewport: { width, height }, colorScheme: scheme, hasTouch: width < 1024 });

    test('Launch instance for an image the region cannot launch is refused with the picker’s reason, shown by a tap', async ({
      page,
    }) => {
      await openImages(page, { region: 'ap-chengdu', q: 'TencentOS Server 4 64-bit' });
      // An x86 image launches as before.
      await expect(
        imageRow(page, 'TencentOS Server 4 64-bit').getByRole('link', { name: 'Launch instance' }),
      ).toBeVisible();
      const row = imageRow(page, ARM_IMAGE);
      await expect(row.getByRole('link', { name: 'Launch instance' })).toHaveCount(0);
      const launch = row.getByRole('button', { name: 'Launch instance' });
      await expect(launch).toHaveAttribute('aria-disabled', 'true');
      await expect(launch).toHaveAccessibleDescription(NOT_SOLD);
      const reason = row.getByRole('tooltip');
      await expect(reason).toBeHidden();
      // A tap (a click at 1440) shows the reason where it fits the screen, and says it; nothing opens.
      if (width < 1024) await launch.tap({ force: true });
      else await launch.click({ force: true });
      await expect(reason).toBeVisible();
      await expect(reason).toHaveText(NOT_SOLD);
      await expect(reason).toBeInViewport({ ratio: 1 });
      await expect(row.getByRole('status')).toHaveText(NOT_SOLD);
      await expect(page).toHaveURL(/\/images\?/);
      await expectNoAxeViolations(page, `a refused Launch instance with its reason shown, ${width} px ${scheme}`);
      // A press elsewhere hides it again.
      await page.getByRole('heading', { level: 1, name: 'Images' }).click();
      await expect(reason).toBeHidden();

      // The image's own page refuses it the same way.
      await row.getByRole('link', { name: ARM_IMAGE }).click();
      await expect(page.getByRole('heading', { level: 1, name: ARM_IMAGE })).toBeVisible();
      const onPage = page.getByRole('main').getByRole('button', { name: 'Launch instance' });
      await expect(onPage).toHaveAttribute('aria-disabled', 'true');
      await expect(onPage).toHaveAccessibleDescription(NOT_SOLD);
      await expectNoAxeViolations(page, `an ARM image's page in Chengdu, ${width} px ${scheme}`);
    });
  });

/** The images table's column headers lie inside the viewport, above the rows they name. */
async function expectHeaderInView(page: Page, what: string) {
  const { header, row, height } = await page.evaluate(() => {
    const box = (el: Element | null) => {
      const r = el!.getBoundingClientRect();
      return { top: r.top, bottom: r.bottom };
    };
    return {
      // A cell: the cells stick, their row stays where the table put it.
      header: box(document.querySelector('.image-table thead th')),
      row: box(document.querySelector('.image-table tbody tr:last-child')),
      height: window.innerHeight,
    };
  });
  expect(header.top, `the column headers' top, ${what}`).toBeGreaterThanOrEqual(0);
  expect(header.bottom, `the column headers' bottom, ${what}`).toBeLessThanOrEqual(height);
  expect(row.top, `the last row under the headers, ${what}`).toBeGreaterThanOrEqual(header.bottom - 1);
}

for (const { language, locale, query, heading } of [
  { language: 'English', locale: 'en', query: {}, heading: 'Images' },
  { language: 'Chinese', locale: 'zh-CN', query: {}, heading: '镜像' },
  { language: 'the pseudo-locale', locale: 'en', query: { lang: 'pseudo' }, heading: /^\[/ },
] as const)
  test(`the column headers stay in view while the page and the table scroll, at 768 and 1440 px, in ${language}`, async ({
    page,
    context,
  }) => {
    await context.addInitScript((chosen) => {
      localStorage.setItem('cvm-console:dev', '1');
      localStorage.setItem('cvm-console:language', chosen);
    }, locale);
    for (const [width, height] of [
      [1440, 900],
      [768, 1024],
    ] as const) {
      await page.setViewportSize({ width, height });
      await page.goto(`/images?${new URLSearchParams({ region: 'ap-guangzhou', ...query }).toString()}`);
      await expect(page.getByRole('heading', { level: 1, name: heading })).toBeVisible();
      await expect(page.locator('tbody tr.skeleton-row')).toHaveCount(0);
      await expect(imageRows(page)).toHaveCount(20);
      await expectHeaderInView(page, `${width} px, at the top`);
      // The page scrolled to its end: the table's box, headers first, stays on screen.
      await page.evaluate(() => scrollTo(0, document.documentElement.scrollHeight));
      await expect.poll(() => page.evaluate(() => scrollY)).toBeGreaterThan(0);
      await expectHeaderInView(page, `${width} px, the page at its end`);
      // The rows scrolled inside the box pass under the headers.
      const box = page.locator('.image-table-wrap');
      await box.evaluate((el) => el.scrollTo(0, el.scrollHeight));
      await expect.poll(() => box.evaluate((el) => el.scrollTop)).toBeGreaterThan(0);
      await expectHeaderInView(page, `${width} px, the table at its end`);
      await expect(imageRows(page).last()).toBeInViewport();
      await expectFitsViewport(page, `the table at ${width} px in ${language}`);
    }
    await expectNoAxeViolations(page, `the scrolled table in ${language}`);
  });
