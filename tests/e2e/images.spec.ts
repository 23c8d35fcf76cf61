// Issue 3 in real Chromium against the production build: the four image tabs in a mainland and an
// overseas region, search and filters in the URL (back/forward, reload), the custom-image lifecycle
// (create, import refused, edit, delete refused while shared, quota full), details, keyboard, axe.
import type { Page } from '@playwright/test';
import {
  columnCells,
  expect,
  expectNoAxeViolations,
  imageRow,
  imageRows,
  openImages,
  pagerSummary,
  quotaText,
  rowAction,
  settledRowCount,
  test,
} from './helpers.ts';

const LONG = { timeout: 30_000 };

function tab(page: Page, name: string) {
  return page.getByRole('tab', { name, exact: true });
}

async function chooseTab(page: Page, name: string, key: string) {
  await tab(page, name).click();
  await expect(tab(page, name)).toHaveAttribute('aria-selected', 'true');
  if (key === 'public') await expect(page).not.toHaveURL(/[?&]tab=/);
  else await expect(page).toHaveURL(new RegExp(`[?&]tab=${key}(&|$)`));
  await expect(page.locator('tbody tr.skeleton-row')).toHaveCount(0);
}

const regionsToBrowse = [
  {
    id: 'ap-guangzhou',
    city: 'Guangzhou',
    custom: 8,
    shared: 3,
    marketplace: 19,
    windowsFee: 'Free',
    customName: 'web-server-centos79',
    sharedName: 'partner-api-centos79',
  },
  {
    id: 'ap-singapore',
    city: 'Singapore',
    custom: 2,
    shared: 1,
    marketplace: 6,
    windowsFee: /^\$\d+\.\d{2,4}\/vCPU\/hour$/, // billed in US dollars outside the mainland
    customName: 'overseas-web-ubuntu2204',
    sharedName: 'sg-shop-almalinux9',
  },
] as const;

for (const r of regionsToBrowse) {
  test(`browse the four tabs in ${r.city} (${r.id}), axe clean on each`, async ({ page }) => {
    await openImages(page, { region: r.id });
    await expect(page.getByLabel('Region')).toHaveValue(r.id);

    // Public: 35 images, paged by 20; Windows is free in the mainland and carries a licence fee outside it.
    await expect(tab(page, 'Public images')).toHaveAttribute('aria-selected', 'true');
    await expect(imageRows(page)).toHaveCount(20);
    await expect(pagerSummary(page)).toHaveText('Page 1 of 2 · 35 images');
    await expectNoAxeViolations(page, `Public images in ${r.city}`);
    await page.getByLabel('Search images').fill('Windows Server');
    await expect(page).toHaveURL(/[?&]q=Windows/);
    await expect(imageRows(page)).toHaveCount(6);
    await expect(await columnCells(page, 'Fee')).toHaveText(Array(6).fill(r.windowsFee));
    await page.getByLabel('Search images').fill('CentOS 7.9 64');
    await expect(imageRows(page)).toHaveCount(1);
    await expect(await columnCells(page, 'Fee')).toHaveText(['Free']);
    await page.getByRole('button', { name: 'Clear search and filters' }).click();
    await expect(imageRows(page)).toHaveCount(20);

    // Custom: the account's own images with the quota meter.
    await chooseTab(page, 'Custom images', 'custom');
    await expect(imageRows(page)).toHaveCount(r.custom);
    await expect(imageRow(page, r.customName)).toBeVisible();
    await expect(page.getByText(`${r.custom} of 10 used in ${r.city}`)).toBeVisible();
    await expect(quotaText(page)).toHaveAttribute('aria-valuenow', String(r.custom));
    await expectNoAxeViolations(page, `Custom images in ${r.city}`);

    // Shared: images other accounts share with this one, with the warning banner and the owner.
    await chooseTab(page, 'Shared images', 'shared');
    await expect(imageRows(page)).toHaveCount(r.shared);
    await expect(
      page.getByRole('note').filter({ hasText: 'Shared images are not reviewed by the platform.' }),
    ).toBeVisible();
    await expect(imageRow(page, r.sharedName)).toBeVisible();
    await expect(await columnCells(page, 'Owner account')).toHaveText(Array(r.shared).fill(/^\d{12}$/));
    await expectNoAxeViolations(page, `Shared images in ${r.city}`);

    // Marketplace: fewer listings outside the mainland.
    await chooseTab(page, 'Marketplace images', 'marketplace');
    await expect(imageRows(page)).toHaveCount(r.marketplace);
    await expect(pagerSummary(page)).toHaveText(`Page 1 of 1 · ${r.marketplace} images`);
    await expect(await columnCells(page, 'Vendor')).toHaveText(Array(r.marketplace).fill(/\S/));
    await expectNoAxeViolations(page, `Marketplace images in ${r.city}`);
  });
}

test('switching the Region selector changes every tab to that region', async ({ page }) => {
  await openImages(page, { tab: 'marketplace' });
  await expect(imageRows(page)).toHaveCount(19);
  await page.getByLabel('Region').selectOption('ap-singapore');
  await expect(page).toHaveURL(/[?&]region=ap-singapore/);
  await expect(page).toHaveURL(/[?&]tab=marketplace/);
  await expect(imageRows(page)).toHaveCount(6);
  await chooseTab(page, 'Custom images', 'custom');
  await expect(imageRow(page, 'overseas-web-ubuntu2204')).toBeVisible();
  await expect(imageRow(page, 'web-server-centos79')).toHaveCount(0);
});

test('search and filters live in the URL; back and forward restore the previous view', async ({ page }) => {
  await openImages(page);
  const search = page.getByLabel('Search images');
  const os = page.getByLabel('Operating system');
  const arch = page.getByLabel('Architecture');
  await expect(imageRows(page)).toHaveCount(20);
  const unfiltered = await imageRows(page).allTextContents();

  await search.fill('Ubuntu');
  await expect(page).toHaveURL(/[?&]q=Ubuntu(&|$)/);
  await expect(pagerSummary(page)).not.toHaveText(/35 images/);
  const ubuntuCount = await settledRowCount(page);
  expect(ubuntuCount).toBeGreaterThan(1);
  await expect(imageRows(page)).toHaveText(Array(ubuntuCount).fill(/Ubuntu/));
  const ubuntuRows = await imageRows(page).allTextContents();
  const ubuntuSummary = (await pagerSummary(page).textContent()) ?? '';

  await arch.selectOption({ label: 'ARM' });
  await expect(page).toHaveURL(/[?&]arch=arm(&|$)/);
  await expect(page).toHaveURL(/[?&]q=Ubuntu(&|$)/);
  // The URL changes at once; the rows once the filtered list has arrived.
  await expect(pagerSummary(page)).not.toHaveText(ubuntuSummary);
  const armCount = await settledRowCount(page);
  expect(armCount).toBeGreaterThan(0);
  expect(armCount).toBeLessThan(ubuntuCount);
  await expect(await columnCells(page, 'Architecture')).toHaveText(Array(armCount).fill('ARM'));
  const armRows = await imageRows(page).allTextContents();

  // Back: the search without the filter, then the whole list; the controls show the restored view.
  await page.goBack();
  await expect(page).not.toHaveURL(/[?&]arch=/);
  await expect(page).toHaveURL(/[?&]q=Ubuntu(&|$)/);
  await expect(arch).toHaveValue('');
  await expect(search).toHaveValue('Ubuntu');
  await expect(imageRows(page)).toHaveText(ubuntuRows);

  await page.goBack();
  await expect(page).not.toHaveURL(/[?&]q=/);
  await expect(search).toHaveValue('');
  await expect(imageRows(page)).toHaveText(unfiltered);
  await expect(pagerSummary(page)).toHaveText('Page 1 of 2 · 35 images');

  // Forward: the same two views again.
  await page.goForward();
  await expect(page).toHaveURL(/[?&]q=Ubuntu(&|$)/);
  await expect(search).toHaveValue('Ubuntu');
  await expect(imageRows(page)).toHaveText(ubuntuRows);
  await page.goForward();
  await expect(page).toHaveURL(/[?&]arch=arm(&|$)/);
  await expect(arch).toHaveValue('arm');
  await expect(imageRows(page)).toHaveText(armRows);

  // The OS filter on the custom tab, and a link with the whole view opens it as it was.
  // Another tab keeps the search and filters: no custom image matches them, and the empty state says so.
  await chooseTab(page, 'Custom images', 'custom');
  await expect(page).toHaveURL(/[?&]q=Ubuntu&arch=arm(&|$)/);
  await expect(imageRows(page)).toHaveCount(0);
  await expect(page.getByText('No custom images in Guangzhou match your search or filters.')).toBeVisible();
  await page.getByRole('button', { name: 'Clear search and filters' }).click();
  await expect(page).not.toHaveURL(/[?&](q|arch)=/);
  await expect(search).toHaveValue('');
  await expect(imageRows(page)).toHaveCount(8);
  await os.selectOption('Windows');
  await expect(page).toHaveURL(/[?&]os=Windows(&|$)/);
  await expect(imageRows(page)).toHaveCount(1);
  await expect(imageRow(page, 'sql-server-2019-win')).toBeVisible();
  await page.goBack();
  await expect(page).not.toHaveURL(/[?&]os=/);
  await expect(os).toHaveValue('');
  await expect(imageRows(page)).toHaveCount(8);
  await page.goto('/images?region=ap-guangzhou&tab=custom&os=Windows');
  await expect(tab(page, 'Custom images')).toHaveAttribute('aria-selected', 'true');
  await expect(os).toHaveValue('Windows');
  await expect(imageRows(page)).toHaveCount(1);
});

test('create a custom image from an instance: Creating, then Normal; a reload keeps tab, search, filters and data', async ({
  page,
}) => {
  await openImages(page, { tab: 'custom' });
  await expect(page.getByText('8 of 10 used in Guangzhou')).toBeVisible();
  await page.getByRole('button', { name: 'Create custom image' }).click();
  const dialog = page.getByRole('dialog', { name: 'Create custom image' });
  await expect(dialog).toBeVisible();
  await expect(dialog.getByLabel('Instance')).toContainText('web-01');
  await expectNoAxeViolations(page, 'the Create custom image dialog');

  // Submitting empty says what is missing and sends nothing.
  await dialog.getByRole('button', { name: 'Create image' }).click();
  await expect(dialog.getByText('Choose the instance to make the image from.')).toBeVisible();
  await expect(dialog).toBeVisible();

  // The instance's OS name as English reads it (the API's is "CentOS 7.9 64位").
  const web01 = (await optionLabel(page, 'web-01'))!;
  expect(web01).toMatch(/^web-01 \(ins-[a-z0-9]{8}\) · CentOS 7\.9 64-bit$/);
  await dialog.getByLabel('Instance').selectOption({ label: web01 });
  await dialog.getByLabel('Image name').fill('e2e-web-01-golden');
  await dialog.getByLabel('Description (optional)').fill('Made by the e2e test');
  await dialog.getByRole('button', { name: 'Create image' }).click();
  await expect(dialog).toBeHidden();

  const row = imageRow(page, 'e2e-web-01-golden');
  await expect(row).toBeVisible();
  await expect(row).toContainText('Creating');
  await expect(row.getByRole('progressbar', { name: 'Creating e2e-web-01-golden' })).toBeVisible();
  await expect(page.getByText('9 of 10 used in Guangzhou')).toBeVisible();
  // While creating, it cannot be deleted, and says why.
  const del = await rowAction(row, 'Delete');
  await expect(del).toHaveAttribute('aria-disabled', 'true');
  await expect(del).toHaveAccessibleDescription(
    'The image is still being created; it can be deleted once it is normal.',
  );
  await page.keyboard.press('Escape');

  // The row refreshes by itself until the image is normal.
  await expect(row).toContainText('Normal', LONG);
  await expect(row).not.toContainText('Creating');
  await expect(row.getByRole('progressbar')).toHaveCount(0);
  await expect(row).toContainText('Created from instance');
  await expect(await rowAction(row, 'Delete')).not.toHaveAttribute('aria-disabled');
  await page.keyboard.press('Escape');

  // Search and filter for it, then reload: the view and the data are still there.
  await page.getByLabel('Search images').fill('e2e-web');
  await expect(page).toHaveURL(/[?&]q=e2e-web(&|$)/);
  await page.getByLabel('Operating system').selectOption('CentOS');
  await expect(page).toHaveURL(/[?&]os=CentOS(&|$)/);
  await expect(imageRows(page)).toHaveCount(1);
  await page.reload();
  await expect(page).toHaveURL(/[?&]tab=custom/);
  await expect(tab(page, 'Custom images')).toHaveAttribute('aria-selected', 'true');
  await expect(page.getByLabel('Search images')).toHaveValue('e2e-web');
  await expect(page.getByLabel('Operating system')).toHaveValue('CentOS');
  await expect(imageRows(page)).toHaveCount(1);
  await expect(imageRow(page, 'e2e-web-01-golden')).toContainText('Normal');
  await expect(page.getByText('9 of 10 used in Guangzhou')).toBeVisible();
});

test('import with a bucket in another region: the message shows in the dialog and the typed values stay', async ({
  page,
}) => {
  await openImages(page, { tab: 'custom' });
  await page.getByRole('button', { name: 'Import image' }).click();
  const dialog = page.getByRole('dialog', { name: 'Import image' });
  await expect(dialog).toBeVisible();
  await expectNoAxeViolations(page, 'the Import image dialog');

  const url = 'https://mybucket-1250000000.cos.ap-shanghai.myqcloud.com/server.qcow2';
  await dialog.getByLabel('Image file URL').fill(url);
  await dialog.getByLabel('Operating system').selectOption('CentOS');
  await dialog.getByLabel('OS version').selectOption('7');
  await dialog.getByLabel('Image name').fill('e2e-import');
  await dialog.getByLabel('Description (optional)').fill('from the wrong bucket');
  await dialog.getByRole('button', { name: 'Import', exact: true }).click();

  const message = 'The bucket is in Shanghai, but images can only be imported from a bucket in Guangzhou.';
  await expect(dialog.getByText(message)).toBeVisible();
  await expect(dialog.getByLabel('Image file URL')).toHaveAttribute('aria-invalid', 'true');
  await expect(dialog.getByLabel('Image file URL')).toHaveAccessibleDescription(
    new RegExp(message.replace(/\./g, '\\.')),
  );
  await expect(dialog).toBeVisible();
  await expect(dialog.getByLabel('Image file URL')).toHaveValue(url);
  await expect(dialog.getByLabel('Operating system')).toHaveValue('CentOS');
  await expect(dialog.getByLabel('OS version')).toHaveValue('7');
  await expect(dialog.getByLabel('Image name')).toHaveValue('e2e-import');
  await expect(dialog.getByLabel('Description (optional)')).toHaveValue('from the wrong bucket');
  await expectNoAxeViolations(page, 'the Import image dialog with an error');

  // Nothing was imported.
  await dialog.getByRole('button', { name: 'Cancel' }).click();
  await expect(dialog).toBeHidden();
  await expect(imageRows(page)).toHaveCount(8);
  await expect(imageRow(page, 'e2e-import')).toHaveCount(0);
  await expect(page.getByText('8 of 10 used in Guangzhou')).toBeVisible();
});

test('Delete is refused while shared, with the reason; after cancelling sharing it is allowed and the row disappears', async ({
  page,
}) => {
  await openImages(page, { tab: 'custom' });
  const row = imageRow(page, 'app-base-ubuntu2204');
  await expect(row).toContainText('2 accounts');
  const del = await rowAction(row, 'Delete');
  await expect(del).toHaveAttribute('aria-disabled', 'true');
  await expect(del).toHaveAccessibleDescription('Cancel sharing with 2 accounts before deleting.');
  await del.click({ force: true });
  await expect(page.getByRole('dialog')).toHaveCount(0);

  // Cancel sharing from the row.
  await (await rowAction(row, 'Cancel sharing')).click();
  const cancel = page.getByRole('dialog', { name: 'Cancel sharing' });
  await expect(cancel).toBeVisible();
  await expect(cancel.getByRole('checkbox')).toHaveCount(2);
  await expect(cancel.getByRole('checkbox', { name: /100000000002/ })).toBeVisible();
  await expect(cancel.getByRole('checkbox', { name: /100000000003/ })).toBeVisible();
  await expectNoAxeViolations(page, 'the Cancel sharing dialog');
  await cancel.getByRole('button', { name: 'Select all' }).click();
  await expect(cancel.getByRole('checkbox', { name: /100000000002/ })).toBeChecked();
  await expect(cancel.getByRole('checkbox', { name: /100000000003/ })).toBeChecked();
  await cancel.getByRole('button', { name: 'Cancel sharing with selected (2)' }).click();
  await expect(cancel).toBeHidden();
  await expect(page.getByText('Stopped sharing app-base-ubuntu2204 with 2 accounts.')).toBeVisible();
  await expect(row).toContainText('Not shared');
  await expect(await rowAction(row, 'Cancel sharing')).toHaveCount(0);

  // Now Delete is allowed.
  await expect(del).not.toHaveAttribute('aria-disabled');
  await del.click();
  const confirm = page.getByRole('dialog', { name: 'Delete image' });
  await expect(confirm).toBeVisible();
  await expect(confirm).toContainText('app-base-ubuntu2204');
  await expect(confirm).toContainText('This cannot be undone.');
  await expectNoAxeViolations(page, 'the Delete image dialog');
  await confirm.getByRole('button', { name: 'Delete image' }).click();
  await expect(confirm).toBeHidden();
  await expect(row).toHaveCount(0);
  await expect(imageRows(page)).toHaveCount(7);
  await expect(page.getByText('7 of 10 used in Guangzhou')).toBeVisible();

  await page.reload();
  await expect(imageRows(page)).toHaveCount(7);
  await expect(imageRow(page, 'app-base-ubuntu2204')).toHaveCount(0);
});

test('quota full: two more images make 10 of 10, then Create custom image is refused with the reason', async ({
  page,
}) => {
  await openImages(page, { tab: 'custom' });
  await expect(page.getByText('8 of 10 used in Guangzhou')).toBeVisible();
  const create = page.getByRole('button', { name: 'Create custom image' });
  const dialog = page.getByRole('dialog', { name: 'Create custom image' });

  for (const [instance, name, used] of [
    ['web-01', 'e2e-quota-1', 9],
    ['app-01', 'e2e-quota-2', 10],
  ] as const) {
    await expect(create).not.toHaveAttribute('aria-disabled');
    await create.click();
    await expect(dialog).toBeVisible();
    await dialog.getByLabel('Instance').selectOption({ label: (await optionLabel(page, instance))! });
    await dialog.getByLabel('Image name').fill(name);
    await dialog.getByRole('button', { name: 'Create image' }).click();
    await expect(dialog).toBeHidden();
    await expect(imageRow(page, name)).toBeVisible();
    await expect(page.getByText(`${used} of 10 used in Guangzhou`)).toBeVisible();
  }

  const reason = '10 of 10 custom images used in Guangzhou; delete one to make room.';
  await expect(create).toHaveAttribute('aria-disabled', 'true');
  await expect(create).toHaveAccessibleDescription(reason);
  const importButton = page.getByRole('button', { name: 'Import image' });
  await expect(importButton).toHaveAttribute('aria-disabled', 'true');
  await expect(importButton).toHaveAccessibleDescription(reason);
  await create.click({ force: true });
  await expect(page.getByRole('dialog')).toHaveCount(0);
  await expect(quotaText(page)).toHaveAttribute('aria-valuenow', '10');
  await expectNoAxeViolations(page, 'the custom tab with the quota full');

  // Still full after a reload, and still full once the new images are normal.
  await page.reload();
  await expect(page.getByText('10 of 10 used in Guangzhou')).toBeVisible();
  await expect(create).toHaveAttribute('aria-disabled', 'true');
  await expect(create).toHaveAccessibleDescription(reason);
});

test('the details page shows every field, recipients and copies; its URL works after a reload', async ({ page }) => {
  await openImages(page, { tab: 'custom' });
  await page.getByRole('link', { name: 'web-server-centos79', exact: true }).click();
  await expect(page).toHaveURL(/\/images\/img-[a-z0-9]{8}\?region=ap-guangzhou$/);
  const detailsUrl = page.url();
  const heading = page.getByRole('heading', { level: 1, name: 'web-server-centos79' });

  const checkDetails = async () => {
    await expect(heading).toBeVisible();
    await expect(page.getByText(/^Custom image in Guangzhou · img-[a-z0-9]{8}$/)).toBeVisible();
    const details = page.locator('dl.details');
    await expect(details).toContainText('Normal');
    await expect(details).toContainText('CentOS 7.9 64-bit (CentOS)');
    await expect(details).toContainText('50 GB');
    await expect(details).toContainText('Nginx 1.24 + PHP-FPM web tier; SSH password login disabled.');
    await expect(details).toContainText('env=prod');
    await expect(page.getByRole('heading', { name: 'Shared with' })).toBeVisible();
    await expect(page.getByText('100000000002', { exact: true })).toBeVisible();
    await expect(page.getByRole('heading', { name: 'Copies in other regions' })).toBeVisible();
    await expect(page.getByRole('link', { name: 'Shanghai: web-server-centos79' })).toBeVisible();
    // The actions it allows; Delete refused with the reason.
    await expect(page.getByRole('button', { name: 'Share', exact: true })).toBeVisible();
    const del = page.getByRole('button', { name: 'Delete', exact: true });
    await expect(del).toHaveAttribute('aria-disabled', 'true');
    await expect(del).toHaveAccessibleDescription('Cancel sharing with 1 account before deleting.');
  };
  await checkDetails();
  await expectNoAxeViolations(page, 'the details page');

  await page.reload();
  await expect(page).toHaveURL(detailsUrl);
  await checkDetails();

  // A fresh visit by URL alone, and the breadcrumb leads back to the custom tab.
  await page.goto(detailsUrl);
  await expect(heading).toBeVisible();
  await page.getByRole('link', { name: 'Images', exact: true }).last().click();
  await expect(page).toHaveURL(/\/images\?region=ap-guangzhou&tab=custom/);
  await expect(imageRow(page, 'web-server-centos79')).toBeVisible();
});

test('the details page of an image with a data-disk snapshot, and of a public image', async ({ page }) => {
  await openImages(page, { tab: 'custom', q: 'sql-server' });
  await page.getByRole('link', { name: 'sql-server-2019-win', exact: true }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'sql-server-2019-win' })).toBeVisible();
  const snapshots = page.getByRole('table', { name: 'Snapshots of sql-server-2019-win' });
  await expect(snapshots).toBeVisible();
  await expect(snapshots.getByRole('row').filter({ hasText: 'Data disk' })).toContainText('200 GB');
  await expectNoAxeViolations(page, 'the details page with snapshots');

  await openImages(page, { q: 'CentOS 7.9 64' });
  await page.getByRole('link', { name: 'CentOS 7.9 64-bit', exact: true }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'CentOS 7.9 64-bit' })).toBeVisible();
  await expect(page.getByText(/^Public image in Guangzhou · img-/)).toBeVisible();
  await expect(page.getByRole('link', { name: 'Launch instance' })).toBeVisible();
  await expect(page.getByRole('button', { name: 'Delete', exact: true })).toHaveCount(0);
  await page.reload();
  await expect(page.getByRole('heading', { level: 1, name: 'CentOS 7.9 64-bit' })).toBeVisible();
});

test('Edit image and Delete image dialogs are axe clean; edit renames the image', async ({ page }) => {
  await openImages(page, { tab: 'custom' });
  const row = imageRow(page, 'redis-cache-debian12');
  await (await rowAction(row, 'Edit')).click();
  const edit = page.getByRole('dialog', { name: 'Edit image' });
  await expect(edit).toBeVisible();
  await expect(edit.getByLabel('Name')).toHaveValue('redis-cache-debian12');
  await expectNoAxeViolations(page, 'the Edit image dialog');

  // A name taken in the region is refused in the dialog, and the typed value stays.
  await edit.getByLabel('Name').fill('web-server-centos79');
  await edit.getByRole('button', { name: 'Save' }).click();
  await expect(
    edit.getByText('You already have an image named "web-server-centos79" in this region; choose another name.'),
  ).toBeVisible();
  await expect(edit.getByLabel('Name')).toHaveValue('web-server-centos79');
  await expectNoAxeViolations(page, 'the Edit image dialog with an error');

  await edit.getByLabel('Name').fill('redis-cache-debian12-v2');
  await edit.getByLabel('Description').fill('Redis 7.2, tuned');
  await edit.getByRole('button', { name: 'Save' }).click();
  await expect(edit).toBeHidden();
  const renamed = imageRow(page, 'redis-cache-debian12-v2');
  await expect(renamed).toBeVisible();
  await expect(imageRow(page, 'redis-cache-debian12')).toHaveCount(0);

  await (await rowAction(renamed, 'Delete')).click();
  const del = page.getByRole('dialog', { name: 'Delete image' });
  await expect(del).toBeVisible();
  await expect(del).toContainText('redis-cache-debian12-v2');
  await expectNoAxeViolations(page, 'the Delete image dialog');
  await del.getByRole('button', { name: 'Cancel' }).click();
  await expect(del).toBeHidden();
  await expect(renamed).toBeVisible();

  // Escape closes a dialog too, and focus goes back to the menu button that opened it.
  await (await rowAction(renamed, 'Edit')).click();
  await expect(edit).toBeVisible();
  await page.keyboard.press('Escape');
  await expect(edit).toBeHidden();
  await expect(renamed.getByRole('button', { name: 'More actions' })).toBeFocused();
});

test('keyboard: Tab reaches the tabs, arrow keys switch tab', async ({ page }) => {
  await openImages(page);
  const publicTab = tab(page, 'Public images');
  for (let i = 0; i < 25; i++) {
    await page.keyboard.press('Tab');
    if (await publicTab.evaluate((el) => el === document.activeElement)) break;
  }
  await expect(publicTab).toBeFocused();

  await page.keyboard.press('ArrowRight');
  await expect(tab(page, 'Custom images')).toBeFocused();
  await expect(tab(page, 'Custom images')).toHaveAttribute('aria-selected', 'true');
  await expect(page).toHaveURL(/[?&]tab=custom/);
  await expect(imageRow(page, 'web-server-centos79')).toBeVisible();

  await page.keyboard.press('ArrowRight');
  await expect(tab(page, 'Shared images')).toBeFocused();
  await expect(page).toHaveURL(/[?&]tab=shared/);
  await expect(imageRow(page, 'partner-api-centos79')).toBeVisible();

  await page.keyboard.press('End');
  await expect(tab(page, 'Marketplace images')).toBeFocused();
  await expect(page).toHaveURL(/[?&]tab=marketplace/);
  await page.keyboard.press('ArrowRight');
  await expect(publicTab).toBeFocused();
  await expect(page).not.toHaveURL(/[?&]tab=/);
  await page.keyboard.press('ArrowLeft');
  await expect(tab(page, 'Marketplace images')).toBeFocused();
  await page.keyboard.press('Home');
  await expect(publicTab).toBeFocused();
  await expect(publicTab).toHaveAttribute('aria-selected', 'true');

  // Only the selected tab is in the tab order: Tab moves on into the panel.
  await page.keyboard.press('Tab');
  await expect(page.getByLabel('Search images')).toBeFocused();
});

/** The full label of the Create custom image dialog's option for an instance, e.g. "web-01 (ins-…) · CentOS 7.9 64-bit". */
async function optionLabel(page: Page, instanceName: string): Promise<string | undefined> {
  const dialog = page.getByRole('dialog', { name: 'Create custom image' });
  const option = dialog.getByLabel('Instance').locator('option', { hasText: `${instanceName} (` });
  await expect(option).toHaveCount(1);
  return (await option.textContent()) ?? undefined;
}
