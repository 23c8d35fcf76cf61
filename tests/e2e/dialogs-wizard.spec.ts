// Issue 15 in real Chromium against the production build: the dialogs say it once (the copy
// dialog's grouped reasons, a bulk copy that takes the other images where one image's name is
// taken, the share counter and its limit at the top, Edit's stale error), and the wizard leads
// nowhere it cannot go (from an image: past the picker, the image's own tab, no error before
// input; ARM in Chengdu said on the picker; each step's price the review's; a monthly listing by the
// month). Then every step and both dialogs at 390, 768 and 1440 px, light and dark: no sideways
// scroll, nothing cut off, axe clean.
import type { Locator, Page } from '@playwright/test';
import { expect, expectFitsViewport, expectNoAxeViolations, imageRow, openImages, test } from './helpers.ts';
import { launchPath } from '../../src/features/paths.ts';

const WIZARD = '/instances/create';

function stepHeading(page: Page, name: string): Locator {
  return page.getByRole('heading', { level: 2, name, exact: true });
}

const nextButton = (page: Page) => page.getByRole('button', { name: /^Next: / });
const chosenImage = (page: Page) => page.getByRole('group', { name: 'Chosen image' });

/** Text styled as an error and visible (an instruction, or a screen-reader-only note, is not one). */
const errorsShown = (page: Page) => page.locator('.field-error:visible');

/** A row's action, as a button in the row or an item of its "More actions" menu. */
async function rowAction(page: Page, image: string, action: string): Promise<void> {
  const row = imageRow(page, image);
  const direct = row.getByRole('button', { name: action, exact: true });
  if ((await direct.count()) > 0) return direct.click();
  await row.getByRole('button', { name: 'More actions' }).click();
  await page.getByRole('menuitem', { name: action, exact: true }).click();
}

test('the copy dialog says each group’s reason once, and a bulk copy takes the others where one image’s name is taken', async ({
  page,
}) => {
  await openImages(page, { tab: 'custom' });
  for (const name of ['web-server-centos79', 'redis-cache-debian12'])
    await page.getByRole('checkbox', { name: `Select ${name}` }).check();
  await page.getByRole('button', { name: 'Copy selected (2)' }).click();
  const dialog = page.getByRole('dialog', { name: 'Copy image' });
  await expect(dialog).toBeVisible();

  const outside = dialog.getByRole('group', { name: 'Outside the Chinese mainland' });
  const notOutside = 'Images cannot be copied from the Chinese mainland to regions outside it.';
  await expect(outside.getByText(notOutside)).toHaveCount(1);
  await expect(outside.getByRole('checkbox', { disabled: true })).toHaveCount(10);
  await expect(outside.getByRole('checkbox', { name: 'Tokyo (ap-tokyo)' })).toHaveAccessibleDescription(notOutside);
  await expect(dialog.getByRole('group', { name: 'Finance regions' })).toContainText(
    'Only images in finance regions can be copied to finance regions.',
  );

  // web-server-centos79 is in Shanghai already: Shanghai stays open for the other image.
  const shanghai = dialog.getByRole('checkbox', { name: 'Shanghai (ap-shanghai)' });
  await expect(shanghai).toHaveAccessibleDescription(
    'You already have an image named "web-server-centos79" in Shanghai; give the copy another name. The other image is copied there.',
  );
  await expect(shanghai).toBeEnabled();
  await shanghai.check();
  await dialog.getByRole('checkbox', { name: 'Chongqing (ap-chongqing)' }).check();
  await expect(dialog.getByRole('list', { name: 'Left out of the copy' })).toHaveText(
    'web-server-centos79 is not copied to Shanghai; the other images are.',
  );
  await expectNoAxeViolations(page, 'the bulk Copy image dialog');

  await dialog.getByRole('button', { name: 'Copy to 2 regions' }).click();
  await expect(dialog).toBeHidden();
  await expect(page.getByText('Copying 2 images to Shanghai, Chongqing.', { exact: false })).toBeVisible();
  await expect(page.getByText('web-server-centos79 is not copied to Shanghai; the other images are.')).toBeVisible();

  await openImages(page, { region: 'ap-shanghai', tab: 'custom' });
  await expect(imageRow(page, 'redis-cache-debian12')).toBeVisible();
  await expect(imageRow(page, 'web-server-centos79')).toHaveCount(1);
});

test('sharing with 51 accounts says so beside the counter above the list, and Share is refused saying why', async ({
  page,
}) => {
  await openImages(page, { tab: 'custom' });
  await rowAction(page, 'web-server-centos79', 'Share');
  const dialog = page.getByRole('dialog', { name: 'Share image' });
  const ids = dialog.getByRole('textbox', { name: 'Account IDs to share with' });
  await ids.fill(Array.from({ length: 50 }, (_, i) => String(200000000001 + i)).join('\n'));

  const counter = dialog.getByText('51 of 50 recipients');
  const over = dialog.getByText('An image can be shared with at most 50 accounts: 1 already + 50 new = 51. Remove 1.');
  const list = dialog.getByRole('list', { name: 'Account IDs entered' });
  await expect(counter).toBeVisible();
  await expect(over).toBeVisible();
  const listTop = (await list.boundingBox())!.y;
  expect((await counter.boundingBox())!.y).toBeLessThan(listTop);
  expect((await over.boundingBox())!.y).toBeLessThan(listTop);
  await expect(list.getByRole('listitem').last()).toHaveText('200000000050 Over the limit of 50 recipients');
  const share = dialog.getByRole('button', { name: 'Share', exact: true });
  await expect(share).toHaveAttribute('aria-disabled', 'true');
  await expect(share).toHaveAccessibleDescription(
    'An image can be shared with at most 50 accounts: 1 already + 50 new = 51. Remove 1.',
  );
  await expectNoAxeViolations(page, 'the Share image dialog over the limit');

  // An account the server refuses is not counted.
  await ids.fill('100000000003 999999999999');
  await expect(dialog.getByText('3 of 50 recipients')).toBeVisible();
  await share.click();
  await expect(list.getByRole('listitem').last()).toContainText('No account 999999999999 exists');
  await expect(dialog.getByText('2 of 50 recipients')).toBeVisible();
  await expect(share).toHaveAttribute('aria-disabled', 'true');
});

test('Edit drops the stale "already named" error once the name changes', async ({ page }) => {
  await openImages(page, { tab: 'custom' });
  await rowAction(page, 'redis-cache-debian12', 'Edit');
  const dialog = page.getByRole('dialog', { name: 'Edit image' });
  const name = dialog.getByRole('textbox', { name: 'Name' });
  await name.fill('gitlab-runner-rocky9');
  await dialog.getByRole('button', { name: 'Save' }).click();
  const taken = dialog.getByText(
    'You already have an image named "gitlab-runner-rocky9" in this region; choose another name.',
  );
  await expect(taken).toBeVisible();
  await name.pressSequentially('-b');
  await expect(taken).toBeHidden();
  await expect(name).not.toHaveAttribute('aria-invalid', 'true');
});

test('"Launch instance" on a custom image lands past the picker, no error shown; Change image opens the Custom tab', async ({
  page,
}) => {
  await openImages(page, { tab: 'custom' });
  await imageRow(page, 'web-server-centos79').getByRole('link', { name: 'Launch instance' }).click();
  await expect(stepHeading(page, 'Storage and settings')).toBeVisible();
  await expect(chosenImage(page)).toContainText('Chosen: web-server-centos79');
  await expect(page).toHaveURL(/[?&]zone=ap-guangzhou-3(&|$)/);
  await expect(page).toHaveURL(/[?&]type=S5\.MEDIUM4(&|$)/);
  await expect(errorsShown(page)).toHaveCount(0);
  await expect(nextButton(page)).not.toHaveAttribute('aria-disabled', 'true');
  await expectNoAxeViolations(page, 'the wizard opened from a custom image');

  // The optional name: too long is said once, beside it, as "at most".
  await page.getByLabel('Instance name (optional)').fill('n'.repeat(61));
  await expect(errorsShown(page)).toHaveText(['Instance name must be at most 60 characters.']);
  await page.getByLabel('Instance name (optional)').fill('');
  await expect(errorsShown(page)).toHaveCount(0);

  await chosenImage(page).getByRole('button', { name: 'Change image' }).click();
  await expect(stepHeading(page, 'Image')).toBeVisible();
  await expect(page.getByRole('tab', { name: 'Custom images' })).toHaveAttribute('aria-selected', 'true');
  await expect(page.getByRole('checkbox', { name: 'Compatible only' })).toBeChecked();
  await expect(page.getByRole('radio', { name: /^web-server-centos79 img-/ })).toBeChecked();
  await expect(errorsShown(page)).toHaveCount(0);
});

test('an ARM image in Chengdu says before the type step that no ARM type is sold there', async ({ page }) => {
  await openImages(page, { region: 'ap-chengdu', q: 'TencentOS Server 4 64-bit (ARM)' });
  const row = imageRow(page, 'TencentOS Server 4 64-bit (ARM)');
  const reason =
    'No instance type sold in Chengdu runs ARM images, so this image has no instance type to run on here; choose another image, or copy it to a region that sells such types.';
  // The row refuses it already (tests/e2e/table-tools.spec.ts); the wizard opened by its address says why.
  await expect(row.getByRole('button', { name: 'Launch instance' })).toHaveAccessibleDescription(reason);
  const imageId = (await row.locator('code.id').textContent())!.trim();
  await page.goto(launchPath('ap-chengdu', imageId));
  await expect(stepHeading(page, 'Image')).toBeVisible();
  // Said once, above the picker's list; each ARM image listed is refused pointing to it.
  await expect(page.getByRole('note')).toHaveText(reason);
  await expect(page.locator('p:not(.visually-hidden), span').filter({ hasText: reason })).toHaveCount(1);
  await page.getByRole('searchbox', { name: 'Search images' }).fill('TencentOS Server 4 64-bit (ARM)');
  const listed = page.getByRole('radio', { name: /^TencentOS Server 4 64-bit \(ARM\) img-/ });
  await expect(listed).toBeDisabled();
  await expect(listed).toHaveAccessibleDescription(new RegExp(`${reason.replace(/[.()]/g, '\\$&')}$`));
  await expect(page).not.toHaveURL(/[?&](zone|type)=/);
  await expect(nextButton(page)).toHaveAttribute('aria-disabled', 'true');
  await expectNoAxeViolations(page, 'the picker with an image that cannot launch in Chengdu');
});

test('outside the mainland each step shows the price the review charges; a monthly listing shows monthly', async ({
  page,
}) => {
  await page.goto(`${WIZARD}?region=ap-singapore&zone=ap-singapore-1&type=S5.MEDIUM4&step=image`);
  await page.getByRole('searchbox', { name: 'Search images' }).fill('Windows Server 2022 Datacenter 64-bit English');
  const windows = page.getByRole('radio', { name: /^Windows Server 2022 Datacenter 64-bit English img-/ });
  await windows.click();
  await expect(windows).toBeChecked();
  const stepPrice = page.getByText(/^Price: \$/);
  await expect(stepPrice).toHaveText(/^Price: \$\d+\.\d{2,4}\/hour$/);
  const price = (await stepPrice.textContent())!.replace(/^Price: /, '').replace('/hour', '');
  await nextButton(page).click();
  await expect(stepPrice).toHaveText(`Price: ${price}/hour`);
  await nextButton(page).click();
  const total = page.getByRole('table', { name: 'Price breakdown' }).getByRole('row', { name: /^Total/ });
  await expect(total).toHaveText(new RegExp(`${price.replace(/[$.]/g, '\\$&')} per hour$`));

  await page.goto(`${WIZARD}?region=ap-guangzhou&zone=ap-guangzhou-3&type=S5.MEDIUM4&step=image`);
  await page.getByRole('tab', { name: 'Marketplace images' }).click();
  await page.getByRole('searchbox', { name: 'Search images' }).fill('Magento');
  const magento = page.getByRole('radio', { name: /^Magento Open Source 2\.4 on Ubuntu 22\.04 img-/ });
  await expect(magento).toHaveAccessibleDescription(/¥99\.00\/month \(≈ ¥0\.1375\/hour in the hourly total\)/);
  await magento.click();
  await page
    .getByRole('list', { name: 'Steps' })
    .getByRole('button', { name: /Review/ })
    .click();
  await expect(
    page.getByRole('table', { name: 'Price breakdown' }).getByRole('row', { name: /^Image fee/ }),
  ).toContainText('¥99.00/month (≈ ¥0.1375/hour in the hourly total)');
});

for (const scheme of ['light', 'dark'] as const)
  for (const [width, height] of [
    [390, 844],
    [768, 1024],
    [1440, 900],
  ] as const)
    test(`at ${width}×${height}, ${scheme}: every wizard step and both dialogs fit, axe clean`, async ({ page }) => {
      await page.emulateMedia({ colorScheme: scheme });
      await page.setViewportSize({ width, height });
      const what = `${width}px ${scheme}`;
      await page.goto(
        `${WIZARD}?region=ap-singapore&zone=ap-singapore-1&type=S5.MEDIUM4&imageId=${await windowsIn(page)}&step=location`,
      );
      for (const step of ['Location', 'Instance type', 'Image', 'Storage and settings', 'Review']) {
        await expect(stepHeading(page, step)).toBeVisible();
        if (step === 'Review') await expect(page.getByRole('table', { name: 'Price breakdown' })).toBeVisible();
        else await expect(page.getByText(/^(Price|Instance type): \$/)).toBeVisible();
        await expectFitsViewport(page, `the wizard's ${step} step at ${what}`);
        await expectNoAxeViolations(page, `the wizard's ${step} step at ${what}`);
        if (step !== 'Review') await nextButton(page).click();
      }

      await openImages(page, { tab: 'custom' });
      await rowAction(page, 'web-server-centos79', 'Copy');
      await expect(page.getByRole('dialog', { name: 'Copy image' })).toBeVisible();
      await expectFitsViewport(page, `the Copy image dialog at ${what}`);
      await expectNoAxeViolations(page, `the Copy image dialog at ${what}`);
      await page.keyboard.press('Escape');

      await rowAction(page, 'web-server-centos79', 'Share');
      const share = page.getByRole('dialog', { name: 'Share image' });
      await share.getByRole('textbox', { name: 'Account IDs to share with' }).fill('100000000003 12');
      await expect(share.getByRole('list', { name: 'Account IDs entered' })).toBeVisible();
      await expectFitsViewport(page, `the Share image dialog at ${what}`);
      await expectNoAxeViolations(page, `the Share image dialog at ${what}`);
    });

/** The ID of the public Windows Server 2022 English image in Singapore, as the API lists it. */
async function windowsIn(page: Page): Promise<string> {
  await openImages(page, { region: 'ap-singapore', q: 'Windows Server 2022 Datacenter 64-bit English' });
  const row = imageRow(page, 'Windows Server 2022 Datacenter 64-bit English');
  return (await row
    .getByText(/^img-[a-z0-9]{8}$/)
    .first()
    .textContent())!;
}
