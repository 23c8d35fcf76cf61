// Tags on custom images end to end (issue 16): Edit tags from a row's More actions (the tag
// service's ModifyResourceTags behind it), a rule refused under its field and what was typed kept,
// the custom list filtered by tag in the address and restored from it, the tags on the details page
// with Edit tags there too; at 1440 and 390 px with axe, and once in Chinese.
import {
  expect,
  expectFitsViewport,
  expectNoAxeViolations,
  imageRow,
  imageRows,
  openImages,
  rowAction,
  test,
} from './helpers.ts';

for (const size of [
  { width: 1440, height: 900 },
  { width: 390, height: 844 },
]) {
  test.describe(`at ${size.width} px`, () => {
    test.use({ viewport: size, hasTouch: size.width < 1024 });

    test('Edit tags, then find the image by its tag from the address', async ({ page }) => {
      await openImages(page, { tab: 'custom' });
      await (await rowAction(imageRow(page, 'web-server-centos79'), 'Edit tags')).click();
      const dialog = page.getByRole('dialog', { name: 'Edit tags' });
      await expect(dialog.getByRole('textbox', { name: 'Tag key 1' })).toHaveValue('env');
      await expect(dialog.getByRole('textbox', { name: 'Tag value 1' })).toHaveValue('prod');
      await dialog.getByRole('button', { name: 'Add tag' }).click();
      const key = dialog.getByRole('textbox', { name: 'Tag key 2' });
      await expect(key).toBeFocused();
      await page.keyboard.type('qcs:owner');
      await dialog.getByRole('textbox', { name: 'Tag value 2' }).fill('web team');
      await dialog.getByRole('button', { name: 'Save' }).click();
      await expect(key).toHaveAccessibleDescription(
        'Tag keys starting with "qcs:" are reserved for Tencent Cloud; choose another key.',
      );
      await expect(key).toHaveValue('qcs:owner');
      await expectNoAxeViolations(page, 'Edit tags with a refused key');
      await expectFitsViewport(page, 'Edit tags');
      await key.fill('owner');
      await dialog.getByRole('button', { name: 'Save' }).click();
      await expect(dialog).toBeHidden();
      await expect(page.getByRole('status').getByText('Saved the tags of web-server-centos79.')).toBeVisible();

      const filter = page.getByRole('searchbox', { name: 'Tag' });
      await filter.fill('owner:web team');
      await expect(page).toHaveURL(/[?&]tag=owner%3Aweb(\+|%20)team(&|$)/);
      await expect(imageRows(page)).toHaveCount(1);
      await expect(imageRow(page, 'web-server-centos79')).toBeVisible();
      await expectNoAxeViolations(page, 'the custom list filtered by tag');

      await page.reload();
      await expect(page.getByRole('searchbox', { name: 'Tag' })).toHaveValue('owner:web team');
      await expect(imageRows(page)).toHaveCount(1);
      await page.getByRole('searchbox', { name: 'Tag' }).fill('owner');
      await expect(page).toHaveURL(/[?&]tag=owner(&|$)/);
      await expect(imageRows(page)).toHaveCount(1);

      await imageRow(page, 'web-server-centos79')
        .getByRole('link', { name: 'web-server-centos79', exact: true })
        .click();
      await expect(page.getByRole('heading', { level: 1, name: 'web-server-centos79' })).toBeVisible();
      await expect(page.getByText('env=prod, owner=web team')).toBeVisible();
      await page.getByRole('main').getByRole('button', { name: 'Edit tags', exact: true }).click();
      await expect(
        page.getByRole('dialog', { name: 'Edit tags' }).getByRole('textbox', { name: 'Tag key 2' }),
      ).toHaveValue('owner');
      await expectNoAxeViolations(page, 'Edit tags from the details page');
      await expectFitsViewport(page, 'Edit tags from the details page');
    });
  });
}

test.describe('in Chinese', () => {
  test.use({ locale: 'zh-CN' });

  test('编辑标签: the rules in Chinese, the filter by 标签', async ({ page }) => {
    await page.goto('/images?region=ap-guangzhou&tab=custom&tag=env:prod');
    await expect(page.getByRole('heading', { level: 1, name: '镜像' })).toBeVisible();
    await expect(page.getByRole('searchbox', { name: '标签' })).toHaveValue('env:prod');
    const row = imageRow(page, 'web-server-centos79');
    await expect(row).toBeVisible();
    await (await rowAction(row, '编辑标签', '更多操作')).click();
    const dialog = page.getByRole('dialog', { name: '编辑标签' });
    await dialog.getByRole('button', { name: '添加标签' }).click();
    await page.keyboard.type('项目a');
    await dialog.getByRole('textbox', { name: '标签值 2' }).fill('x');
    await dialog.getByRole('button', { name: '保存' }).click();
    await expect(dialog.getByRole('textbox', { name: '标签键 2' })).toHaveAccessibleDescription(
      '以“项目”开头的标签键为系统预留标签键，请使用其他标签键。',
    );
    await expectNoAxeViolations(page, '编辑标签 with a refused key');
  });
});
