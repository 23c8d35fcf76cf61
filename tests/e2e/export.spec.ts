// Issue 16, "Export to object storage" and "Retry", in real Chromium against the production build:
// export a custom image from its row's More actions and follow it file by file in the Operations
// panel, at 1440 and 390 px; the refusals said before any request; a failed export sent again with
// Retry; and a pass in Chinese. Axe with the dialog and the panel open; nothing scrolls sideways.
import type { Locator, Page } from '@playwright/test';
import { expect, expectFitsViewport, expectNoAxeViolations, imageRow, openImages, rowAction, test } from './helpers.ts';

/** An export takes 10 s on the embedded backend's clock. */
const LONG = { timeout: 30_000 };
const BUCKET = 'images-1250000001';

/** The Operations panel, opened (on a phone, from the header's Menu first). */
async function openOperations(page: Page, names = { menu: 'Menu', operations: /^Operations/, panel: 'Operations' }) {
  const menu = page.getByRole('button', { name: names.menu, exact: true });
  if (await menu.isVisible()) await menu.click();
  await page.getByRole('button', { name: names.operations }).click();
  const panel = page.getByRole('region', { name: names.panel });
  await expect(panel).toBeVisible();
  return panel;
}

async function exportFrom(page: Page, row: Locator): Promise<Locator> {
  await (await rowAction(row, 'Export')).click();
  const dialog = page.getByRole('dialog', { name: 'Export image' });
  await expect(dialog).toBeVisible();
  return dialog;
}

for (const { width, height } of [
  { width: 1440, height: 900 },
  { width: 390, height: 844 },
]) {
  test.describe(`at ${width} px`, () => {
    test.use({ viewport: { width, height }, hasTouch: width < 1024 });

    test('export an image to a bucket and follow it to Exported in the Operations panel', async ({ page }) => {
      await openImages(page, { tab: 'custom' });
      const dialog = await exportFrom(page, imageRow(page, 'redis-cache-debian12'));
      const bucket = dialog.getByRole('combobox', { name: 'Bucket' });
      await expect(bucket.locator('option')).toHaveText(['Choose a bucket', BUCKET]);
      await expectNoAxeViolations(page, 'the Export image dialog');
      await expectFitsViewport(page, 'the Export image dialog');

      // Nothing goes until a bucket is chosen and CVM may write to it.
      await dialog.getByRole('button', { name: 'Export', exact: true }).click();
      await expect(dialog.getByText('Give the bucket to export to.')).toBeVisible();
      await expect(
        dialog.getByText('Authorize CVM to write to the bucket, or the files cannot be written.'),
      ).toBeVisible();
      await expectNoAxeViolations(page, 'the Export image dialog with its errors');

      await bucket.selectOption(BUCKET);
      await dialog.getByRole('textbox', { name: 'File name prefix (optional)' }).fill('e2e/redis');
      await dialog.getByRole('combobox', { name: 'Format' }).selectOption('VMDK');
      const file = dialog.getByRole('region', { name: 'Files written' }).locator('code');
      await expect(file).toHaveText(/^e2e\/redis_img-[a-z0-9]{8}_system_snap-[a-z0-9]{8}\.vmdk$/);
      const fileName = await file.textContent();
      await dialog.getByRole('checkbox', { name: 'Authorize CVM to access my COS bucket' }).check();
      await dialog.getByRole('button', { name: 'Export', exact: true }).click();
      await expect(dialog).toBeHidden();
      await expect(page.getByText(`Export of redis-cache-debian12 started: 1 file to ${BUCKET}.`)).toBeVisible();

      const panel = await openOperations(page);
      await expect(panel).toContainText(`Export redis-cache-debian12 to bucket ${BUCKET} in Guangzhou`);
      await expect(panel.getByRole('progressbar', { name: `Export redis-cache-debian12: ${fileName}` })).toBeVisible();
      await expectNoAxeViolations(page, 'the Operations panel with an export');
      await expect(panel).toContainText('Exported', LONG);
      await expect(panel.getByRole('list', { name: 'Files written' })).toHaveText(fileName!);
      await expectFitsViewport(page, 'the Operations panel');
    });

    test('the refusals are said before any request: Windows, encrypted, Red Hat, a disk or data disks past the limits', async ({
      page,
    }) => {
      await openImages(page, { tab: 'custom' });
      const windows = await rowAction(imageRow(page, 'sql-server-2019-win'), 'Export');
      await expect(windows).toHaveAttribute('aria-disabled', 'true');
      await expect(windows).toHaveAccessibleDescription('Windows images cannot be exported.');
      await expectNoAxeViolations(page, 'a refused Export in More actions');
      await page.keyboard.press('Escape');
      await openImages(page, { tab: 'custom', region: 'ap-shanghai' });
      const encrypted = await rowAction(imageRow(page, 'payment-gateway-ubuntu2004'), 'Export');
      await expect(encrypted).toHaveAccessibleDescription('Encrypted images cannot be exported.');
      await page.keyboard.press('Escape');

      // Seoul's images: each hits a limit of the disks or the OS.
      await openImages(page, { tab: 'custom', region: 'ap-seoul' });
      const redHat = await rowAction(imageRow(page, 'erp-rhel7-import'), 'Export');
      await expect(redHat).toHaveAttribute('aria-disabled', 'true');
      await expect(redHat).toHaveAccessibleDescription('Red Hat images cannot be exported.');
      await page.keyboard.press('Escape');
      const large = await rowAction(imageRow(page, 'warehouse-db-centos79'), 'Export');
      await expect(large).toHaveAccessibleDescription(
        /^Snapshot snap-[a-z0-9]{8} is 600 GB; each disk exported must be at most 500 GB\.$/,
      );
      await page.keyboard.press('Escape');
      // Six data disks: the system disk alone can go, so the dialog opens and says what the whole machine cannot.
      const dialog = await exportFrom(page, imageRow(page, 'analytics-six-disks-ubuntu2204'));
      const refusal =
        'The image has 6 data disks; a whole-machine export takes at most 5. Export the system disk only.';
      await expect(dialog.getByRole('alert')).toContainText(refusal);
      const submit = dialog.getByRole('button', { name: 'Export', exact: true });
      await expect(submit).toHaveAttribute('aria-disabled', 'true');
      await expectNoAxeViolations(page, 'the Export image dialog refusing a whole-machine export');
      await expectFitsViewport(page, 'the Export image dialog refusing a whole-machine export');
      await dialog.getByRole('checkbox', { name: 'Export the system disk only' }).check();
      await expect(dialog.getByRole('alert')).toHaveCount(0);
      await expect(submit).not.toHaveAttribute('aria-disabled');
      await expect(dialog.getByRole('region', { name: 'Files written' }).getByRole('listitem')).toHaveCount(1);
    });
  });
}

test('a failed export is sent again with Retry, and then succeeds', async ({ page }) => {
  await openImages(page, { tab: 'custom' });
  // The mock's sentinel (src/mocks/sentinels.ts): an image named with [flaky] fails its first export.
  await (await rowAction(imageRow(page, 'redis-cache-debian12'), 'Edit')).click();
  const edit = page.getByRole('dialog', { name: 'Edit image' });
  await edit.getByRole('textbox', { name: 'Name', exact: true }).fill('redis [flaky]');
  await edit.getByRole('button', { name: 'Save' }).click();
  await expect(edit).toBeHidden();

  const dialog = await exportFrom(page, imageRow(page, 'redis [flaky]'));
  await dialog.getByRole('combobox', { name: 'Bucket' }).selectOption(BUCKET);
  await dialog.getByRole('checkbox', { name: 'Authorize CVM to access my COS bucket' }).check();
  await dialog.getByRole('button', { name: 'Export', exact: true }).click();
  await expect(dialog).toBeHidden();

  const panel = await openOperations(page);
  await expect(panel).toContainText('Export failed', LONG);
  await expect(panel).toContainText('InternalError: the bucket refused a write halfway. Try again.');
  const retry = panel.getByRole('button', { name: `Retry export of redis [flaky] to ${BUCKET}` });
  await expectNoAxeViolations(page, 'the Operations panel with a failed export');
  await retry.click();
  await expect(panel).toContainText('Exporting');
  await expect(panel).toContainText('Exported', LONG);
  await expect(retry).toBeHidden();
});

test.describe('in Chinese', () => {
  test.use({ locale: 'zh-CN' });

  test('导出镜像: the dialog, a refusal and the Operations panel in Chinese, axe clean', async ({ page }) => {
    await page.goto('/images?region=ap-guangzhou&tab=custom');
    await expect(page.getByRole('heading', { level: 1, name: '镜像' })).toBeVisible();
    await expect(page.locator('tbody tr.skeleton-row')).toHaveCount(0);
    const windows = await rowAction(imageRow(page, 'sql-server-2019-win'), '导出', '更多操作');
    await expect(windows).toHaveAccessibleDescription('Windows 镜像不支持导出。');
    await page.keyboard.press('Escape');

    await (await rowAction(imageRow(page, 'redis-cache-debian12'), '导出', '更多操作')).click();
    const dialog = page.getByRole('dialog', { name: '导出镜像' });
    await expect(dialog).toContainText('的磁盘导出到您在广州的对象存储（COS）存储桶，每块磁盘一个文件。');
    await dialog.getByRole('combobox', { name: '存储桶' }).selectOption(BUCKET);
    await dialog.getByRole('checkbox', { name: '授权 CVM 访问我的 COS 存储桶' }).check();
    await expectNoAxeViolations(page, '导出镜像');
    await dialog.getByRole('button', { name: '导出', exact: true }).click();
    await expect(dialog).toBeHidden();
    await expect(page.getByText(`已开始导出 redis-cache-debian12：1 个文件写入 ${BUCKET}。`)).toBeVisible();

    const panel = await openOperations(page, { menu: '菜单', operations: /^操作记录/, panel: '操作记录' });
    await expect(panel).toContainText(`导出 redis-cache-debian12 到存储桶 ${BUCKET}（广州）`);
    await expect(panel).toContainText('已导出', LONG);
    await expectNoAxeViolations(page, '操作记录');
  });
});
