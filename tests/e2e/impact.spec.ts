// What a change to an image touches (issue 16), in the built console: the Delete dialog's sections and
// its "Also delete the snapshots", and the details page's Lineage, at a desktop's and a phone's size,
// with axe on each, then once in Chinese.
import { imagePath } from '../../src/features/paths.ts';
import { STORE_KEY } from '../../src/mocks/browser-persistence.ts';
import { seedStore } from '../../src/mocks/seed/seed-store.ts';
import type { StoreData } from '../../src/mocks/store.ts';
import { expect, expectFitsViewport, expectNoAxeViolations, openImages, test } from './helpers.ts';
import type { Page } from '@playwright/test';

const seed = seedStore();
const web = seed.images.find((i) => i.ImageName === 'web-server-centos79' && i.Region === 'ap-guangzhou')!;
const webCopy = seed.images.find((i) => i.CopiedFrom?.ImageId === web.ImageId)!;
const sql = seed.images.find((i) => i.ImageName === 'sql-server-2019-win')!;
const model = seed.instances.find((i) => i.InstanceName === 'web-01')!;
/** The demo data with an instance launched from web-server-centos79. */
const stored: StoreData = {
  ...seed,
  instances: [
    ...seed.instances,
    { ...model, InstanceId: 'ins-shopweb1', InstanceName: 'shop-web-1', ImageId: web.ImageId, OsName: web.OsName },
  ],
};

async function withStored(page: Page): Promise<void> {
  await page.addInitScript(
    ([key, value]) => {
      if (sessionStorage.getItem('e2e-stored')) return;
      sessionStorage.setItem('e2e-stored', '1');
      localStorage.clear();
      localStorage.setItem(key!, value!);
    },
    [STORE_KEY, JSON.stringify(stored)],
  );
}

async function openDelete(page: Page, name: string) {
  await openImages(page, { tab: 'custom' });
  await page.getByRole('checkbox', { name: `Select ${name}` }).check();
  await page.getByRole('button', { name: 'Delete selected (1)' }).click();
  return page.getByRole('dialog', { name: 'Delete image' });
}

for (const viewport of [
  { width: 1440, height: 900 },
  { width: 390, height: 844 },
]) {
  test.describe(`at ${viewport.width}`, () => {
    test.use({ viewport, hasTouch: viewport.width < 1024 });

    test('the Delete dialog names what the image touches; the details page shows its lineage', async ({ page }) => {
      await withStored(page);
      const dialog = await openDelete(page, 'web-server-centos79');
      const instances = dialog.getByRole('region', { name: 'Instances launched from this image' });
      await expect(instances.getByRole('link', { name: 'Guangzhou: shop-web-1' })).toHaveAttribute(
        'href',
        '/instances?region=ap-guangzhou&instance=ins-shopweb1',
      );
      await expect(dialog.getByRole('region', { name: 'Shared with' })).toContainText('100000000002');
      await expect(
        dialog.getByRole('region', { name: 'Copies in other regions' }).getByRole('link', {
          name: 'Shanghai: web-server-centos79',
        }),
      ).toBeVisible();
      await expect(dialog.getByRole('region', { name: 'Snapshots' })).toContainText('¥6.00');
      await expect(dialog).toContainText('Cancel sharing with 1 account before deleting.');
      await expectNoAxeViolations(page, 'the Delete dialog with what the image touches');
      await expectFitsViewport(page, 'the Delete dialog');
      await dialog.getByRole('button', { name: 'Cancel' }).click();

      await page.goto(imagePath(webCopy.ImageId, 'ap-shanghai'));
      const lineage = page.getByRole('region', { name: 'Lineage' });
      await expect(lineage.getByRole('link', { name: 'web-server-centos79 · Guangzhou' })).toHaveAttribute(
        'href',
        imagePath(web.ImageId, 'ap-guangzhou'),
      );
      await expect(lineage.getByText('web-server-centos79 · Shanghai')).toHaveAttribute('aria-current', 'page');
      await expectNoAxeViolations(page, 'the details page with its lineage');
      await expectFitsViewport(page, 'the details page');
    });

    test('"Also delete the snapshots" deletes the image with its snapshots', async ({ page }) => {
      await withStored(page);
      const dialog = await openDelete(page, 'sql-server-2019-win');
      const box = dialog.getByRole('checkbox', { name: 'Also delete the snapshots' });
      await expect(box).toHaveAccessibleDescription(
        'Unless you delete them too, the snapshots stay and are billed: ¥33.60 a month.',
      );
      await box.check();
      await expectNoAxeViolations(page, 'the Delete dialog with the snapshots chosen');
      await dialog.getByRole('button', { name: 'Delete image' }).click();
      await expect(dialog).toBeHidden();
      const left = await page.evaluate((key) => JSON.parse(localStorage.getItem(key)!) as StoreData, STORE_KEY);
      expect(left.snapshots.filter((s) => s.ImageId === sql.ImageId)).toEqual([]);
      expect(left.snapshots).toHaveLength(stored.snapshots.length - sql.SnapshotSet.length);
    });
  });
}

test.describe('in Chinese', () => {
  test.use({ locale: 'zh-CN' });

  test('the Delete dialog and the lineage in Chinese', async ({ page }) => {
    await withStored(page);
    await page.goto(`/images?region=ap-guangzhou&tab=custom`);
    await page.getByRole('checkbox', { name: '选择 web-server-centos79' }).check();
    await page.getByRole('button', { name: '删除所选（1）' }).click();
    const dialog = page.getByRole('dialog', { name: '删除镜像' });
    await expect(dialog.getByRole('region', { name: '使用此镜像创建的实例' })).toContainText('shop-web-1');
    await expect(dialog.getByRole('region', { name: '其他地域的副本' })).toContainText('上海');
    await expect(dialog.getByRole('region', { name: '快照' })).toBeVisible();
    await expectNoAxeViolations(page, 'the Delete dialog in Chinese');
    await page.goto(imagePath(web.ImageId, 'ap-guangzhou'));
    await expect(
      page.getByRole('region', { name: '镜像谱系' }).getByRole('link', { name: 'web-server-centos79 · 上海' }),
    ).toBeVisible();
    await expectNoAxeViolations(page, 'the details page in Chinese');
  });
});
