// Issue 5 in real Chromium against the production build: the instance-creation wizard and its image
// picker (keyboard through the five steps, ARM/x86 compatibility, the price review with the Windows
// licence and a vendor price), "Launch instance" from an image row, the launched instance on
// /instances and a custom image made from it, a reload in the middle, axe on every step.
import type { Locator, Page } from '@playwright/test';
import { expect, expectNoAxeViolations, imageRow, openImages, test } from './helpers.ts';

const LONG = { timeout: 30_000 };
const WIZARD = '/instances/create';

async function openWizard(page: Page, query: Record<string, string> = {}): Promise<void> {
  const params = new URLSearchParams({ region: 'ap-guangzhou', ...query });
  await page.goto(`${WIZARD}?${params.toString()}`);
  await expect(page.getByRole('heading', { level: 1, name: 'Create instance' })).toBeVisible();
}

function stepHeading(page: Page, name: string): Locator {
  return page.getByRole('heading', { level: 2, name, exact: true });
}

function nextButton(page: Page): Locator {
  return page.getByRole('button', { name: /^Next: / });
}

function imageRadio(page: Page, name: string): Locator {
  const escaped = name.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
  return page.getByRole('radio', { name: new RegExp(`^${escaped} img-[a-z0-9]{8}$`) });
}

function chosenImage(page: Page): Locator {
  return page.getByRole('group', { name: 'Chosen image' });
}

function priceRow(page: Page, label: RegExp): Locator {
  return page.getByRole('table', { name: 'Price breakdown' }).getByRole('row', { name: label });
}

async function searchImages(page: Page, text: string): Promise<void> {
  await page.getByRole('searchbox', { name: 'Search images' }).fill(text);
}

/** The instances table row showing this instance name. */
function instanceRow(page: Page, name: string): Locator {
  return page.locator('tbody tr').filter({ has: page.locator('.name', { hasText: new RegExp(`^${name}$`) }) });
}

/**
 * Choose a radio. Not `check()`: the wizard keeps its choices in the URL, so the controlled radio
 * shows checked once the URL has changed, a moment after the click; the assertion waits for that.
 */
async function choose(radio: Locator): Promise<void> {
  await radio.click();
  await expect(radio).toBeChecked();
}

/** Operate a button from the keyboard: focus it and press Enter. */
async function pressButton(button: Locator): Promise<void> {
  await button.focus();
  await button.press('Enter');
}

test('launch from a public Linux image in Guangzhou through the five steps with the keyboard, axe clean on every step', async ({
  page,
}) => {
  await openWizard(page);
  const heading = page.getByRole('heading', { level: 1, name: 'Create instance' });

  // 1. Location: nothing chosen, so Next refuses and says why.
  await expect(stepHeading(page, 'Location')).toBeVisible();
  await expect(page.getByText('Choose an availability zone.', { exact: true })).toBeVisible();
  await expect(nextButton(page)).toHaveAttribute('aria-disabled', 'true');
  await expect(nextButton(page)).toHaveAccessibleDescription('Choose an availability zone.');
  await pressButton(nextButton(page));
  await expect(stepHeading(page, 'Location')).toBeVisible();
  const soldOut = page.getByRole('radio', { name: /\(ap-guangzhou-1\)/ });
  await expect(soldOut).toBeDisabled();
  await expect(soldOut).toHaveAccessibleDescription('Sold out');
  await expectNoAxeViolations(page, 'step 1, Location');
  const zone = page.getByRole('radio', { name: 'Guangzhou Zone 3 (ap-guangzhou-3)' });
  await zone.focus();
  await page.keyboard.press('Space');
  await expect(zone).toBeChecked();
  await expect(page.getByText('Choose an availability zone.', { exact: true })).toHaveCount(0);
  await pressButton(nextButton(page));

  // 2. Instance type.
  await expect(stepHeading(page, 'Instance type')).toBeVisible();
  await expect(heading).toBeFocused();
  await expect(page).toHaveURL(/[?&]step=type(&|$)/);
  await expect(page.getByText('Choose an instance type.', { exact: true })).toBeVisible();
  await expectNoAxeViolations(page, 'step 2, Instance type');
  const type = page.getByRole('radio', { name: 'S5.MEDIUM4', exact: true });
  await type.focus();
  await page.keyboard.press('Space');
  await expect(type).toBeChecked();
  await pressButton(nextButton(page));

  // 3. Image.
  await expect(stepHeading(page, 'Image')).toBeVisible();
  await expect(page.getByRole('tab', { name: 'Public images' })).toHaveAttribute('aria-selected', 'true');
  await expect(page.getByText('Choose an image.', { exact: true })).toBeVisible();
  await searchImages(page, 'CentOS 7.9');
  const centos = imageRadio(page, 'CentOS 7.9 64-bit');
  await expect(centos).toBeEnabled();
  await expectNoAxeViolations(page, 'step 3, Image');
  await centos.focus();
  await page.keyboard.press('Space');
  await expect(centos).toBeChecked();
  await expect(chosenImage(page)).toContainText('Chosen: CentOS 7.9 64-bit');
  await expect(chosenImage(page)).toContainText('64-bit x86 · 20 GB · Free');
  await pressButton(nextButton(page));

  // 4. Storage and settings; Back keeps the choice, Next returns.
  await expect(stepHeading(page, 'Storage and settings')).toBeVisible();
  await pressButton(page.getByRole('button', { name: 'Back' }));
  await expect(stepHeading(page, 'Image')).toBeVisible();
  await expect(chosenImage(page)).toContainText('Chosen: CentOS 7.9 64-bit');
  await pressButton(nextButton(page));
  await expect(stepHeading(page, 'Storage and settings')).toBeVisible();
  await expect(page.getByLabel('System disk (GB)')).toHaveValue('50');
  await expectNoAxeViolations(page, 'step 4, Storage and settings');
  await page.getByLabel('Instance name (optional)').fill('e2e-web-01');
  await pressButton(nextButton(page));

  // 5. Review: everything chosen and the price broken down; Launch.
  await expect(stepHeading(page, 'Review')).toBeVisible();
  await expect(page.getByRole('table', { name: 'Price breakdown' })).toBeVisible();
  await expect(page.getByText('S5.MEDIUM4 · 2 vCPU, 4 GB · 64-bit x86')).toBeVisible();
  await expect(page.getByText('e2e-web-01', { exact: true })).toBeVisible();
  await expect(priceRow(page, /^Instance \(S5\.MEDIUM4\)/)).toContainText('¥0.36');
  await expect(priceRow(page, /^Image fee/)).toContainText('¥0.00 Free');
  await expect(priceRow(page, /^System disk \(50 GB\)/)).toContainText('¥0.02');
  await expect(priceRow(page, /^Total/)).toContainText('¥0.38 per hour');
  await expectNoAxeViolations(page, 'step 5, Review');
  await pressButton(page.getByRole('button', { name: 'Launch', exact: true }));

  await expect(page).toHaveURL(/\/instances\?region=ap-guangzhou$/);
  await expect(page.getByRole('heading', { level: 1, name: 'Instances' })).toBeVisible();
  await expect(page.getByText(/^Launching 1 instance: ins-[a-z0-9]{8}\.$/)).toBeVisible();
  const row = instanceRow(page, 'e2e-web-01');
  await expect(row.getByRole('cell', { name: 'Launching' })).toBeVisible();
  await expect(row).toContainText('ap-guangzhou-3');
  await expect(row).toContainText('S5.MEDIUM4');
  await expectNoAxeViolations(page, '/instances with a launching instance');
  await expect(row.getByRole('cell', { name: 'Running' })).toBeVisible(LONG);
});

test('an ARM type (SR1) refuses x86 images with the reason and offers ARM ones', async ({ page }) => {
  await openWizard(page, { zone: 'ap-guangzhou-3', step: 'type' });
  await choose(page.getByRole('radio', { name: 'SR1.MEDIUM4', exact: true }));
  await expect(page.getByRole('row', { name: /SR1\.MEDIUM4/ })).toContainText('ARM');
  await nextButton(page).click();
  await expect(stepHeading(page, 'Image')).toBeVisible();
  // Compatible images only at first: untick to see the others, refused.
  const compatibleOnly = page.getByRole('checkbox', { name: 'Compatible only' });
  await expect(compatibleOnly).toBeChecked();
  await expect(compatibleOnly).toHaveAccessibleDescription('Images that run on SR1.MEDIUM4');
  await compatibleOnly.uncheck();

  const x86 = imageRadio(page, 'TencentOS Server 4 64-bit');
  await expect(x86).toBeDisabled();
  await expect(x86).toHaveAccessibleDescription(
    /This 64-bit x86 image does not run on SR1\.MEDIUM4, which is an ARM instance type\./,
  );
  const arm = imageRadio(page, 'TencentOS Server 4 64-bit (ARM)');
  await expect(arm).toBeEnabled();
  await expectNoAxeViolations(page, 'the picker with refused x86 images');

  // Only compatible images, when asked.
  await compatibleOnly.check();
  await expect(x86).toHaveCount(0);
  await expect(page.getByRole('radio')).toHaveCount(7);
  await expect(page.getByRole('radio', { disabled: true })).toHaveCount(0);

  await choose(arm);
  await expect(chosenImage(page)).toContainText('Chosen: TencentOS Server 4 64-bit (ARM)');
  await expect(nextButton(page)).not.toHaveAttribute('aria-disabled', 'true');

  // Back to an x86 type: the ARM image no longer fits, and the image step says so.
  await page.getByRole('button', { name: 'Back' }).click();
  await expect(stepHeading(page, 'Instance type')).toBeVisible();
  await choose(page.getByRole('radio', { name: 'S5.MEDIUM4', exact: true }));
  await expect(page.getByRole('radio', { name: 'S5.MEDIUM4', exact: true })).toHaveAccessibleDescription(
    'Does not run the chosen image',
  );
  await nextButton(page).click();
  await expect(stepHeading(page, 'Image')).toBeVisible();
  await expect(
    page.getByText('This ARM image does not run on S5.MEDIUM4, which is a 64-bit x86 instance type.').first(),
  ).toBeVisible();
  await expect(nextButton(page)).toHaveAttribute('aria-disabled', 'true');
  await expect(page.getByRole('list', { name: 'Steps' }).getByRole('button', { name: /Review/ })).toHaveAttribute(
    'aria-disabled',
    'true',
  );
});

test('a Windows image in Singapore shows the licence fee in the review', async ({ page }) => {
  await openWizard(page, { region: 'ap-singapore' });
  await expect(page.getByLabel('Region')).toHaveValue('ap-singapore');
  await choose(page.getByRole('radio', { name: 'Singapore Zone 2 (ap-singapore-2)' }));
  await nextButton(page).click();
  const s5 = page.getByRole('radio', { name: 'S5.MEDIUM4', exact: true });
  // The type's price as Singapore bills it: ¥0.36 × 1.25, in US dollars.
  await expect(s5.locator('xpath=ancestor::tr')).toContainText('$0.0625/hour');
  await choose(s5);
  await nextButton(page).click();
  await searchImages(page, 'Windows Server 2022');
  const windows = imageRadio(page, 'Windows Server 2022 Datacenter 64-bit English');
  // Billed in US dollars outside the mainland: ¥0.06 at CNY_PER_USD.
  await expect(windows).toHaveAccessibleDescription(/\$0\.0083\/vCPU\/hour/);
  await choose(windows);
  await expect(chosenImage(page)).toContainText('50 GB · $0.0083/vCPU/hour');
  await nextButton(page).click();
  await expect(stepHeading(page, 'Storage and settings')).toBeVisible();
  await nextButton(page).click();

  await expect(stepHeading(page, 'Review')).toBeVisible();
  await expect(priceRow(page, /^Image fee/)).toContainText(
    '$0.0167 Windows licence outside the Chinese mainland: $0.0083 per vCPU per hour',
  );
  await expect(priceRow(page, /^Instance \(S5\.MEDIUM4\)/)).toContainText('$0.0625');
  // ¥0.45 + ¥0.12 + ¥0.02 (50 GB), each in US dollars: 0.0625 + 0.0167 + 0.0028.
  await expect(priceRow(page, /^Total/)).toContainText('$0.082 per hour');
  await expectNoAxeViolations(page, 'the review with a Windows licence fee');
});

test('a paid marketplace image shows its vendor price in the review', async ({ page }) => {
  await openWizard(page, { zone: 'ap-guangzhou-4', type: 'SA5.MEDIUM4', step: 'image' });
  await page.getByRole('tab', { name: 'Marketplace images' }).click();
  await searchImages(page, 'LAMP');
  const lamp = imageRadio(page, 'LAMP stack (Apache, MySQL, PHP) on CentOS 7.9');
  await expect(lamp).toHaveAccessibleDescription(/¥0\.20\/hour · Jiangsu Dingyun/);
  await choose(lamp);
  await expect(chosenImage(page)).toContainText('¥0.20/hour');
  await expectNoAxeViolations(page, 'the marketplace tab of the picker');
  await nextButton(page).click();
  await nextButton(page).click();

  await expect(stepHeading(page, 'Review')).toBeVisible();
  await expect(priceRow(page, /^Image fee/)).toContainText('¥0.20 Jiangsu Dingyun: ¥0.20 per hour');
  await expect(priceRow(page, /^Instance \(SA5\.MEDIUM4\)/)).toContainText('¥0.31');
  await expect(priceRow(page, /^Total/)).toContainText('¥0.53 per hour');
});

test('"Launch instance" on an image row opens the wizard with region, zone, type and image chosen', async ({
  page,
}) => {
  await openImages(page, { region: 'ap-guangzhou', tab: 'custom' });
  await imageRow(page, 'build-agent-tencentos-arm').getByRole('link', { name: 'Launch instance' }).click();

  await expect(page.getByRole('heading', { level: 1, name: 'Create instance' })).toBeVisible();
  // Past the picker, on the step after it, the image summarised there.
  await expect(stepHeading(page, 'Storage and settings')).toBeVisible();
  await expect(chosenImage(page)).toContainText('Chosen: build-agent-tencentos-arm');
  await expect(chosenImage(page)).toContainText('ARM · 40 GB · Free');
  await expect(page).toHaveURL(/[?&]zone=ap-guangzhou-3(&|$)/);
  await expect(page).toHaveURL(/[?&]type=SR1\.MEDIUM4(&|$)/);
  await expect(page.getByLabel('Region')).toHaveValue('ap-guangzhou');
  await expect(nextButton(page)).not.toHaveAttribute('aria-disabled', 'true');
  await expectNoAxeViolations(page, 'the wizard opened from an image row');

  // The earlier steps hold the choices that fit the image.
  const steps = page.getByRole('list', { name: 'Steps' });
  await steps.getByRole('button', { name: /Instance type/ }).click();
  await expect(page.getByRole('radio', { name: 'SR1.MEDIUM4', exact: true })).toBeChecked();
  await steps.getByRole('button', { name: /Location/ }).click();
  await expect(page.getByRole('radio', { name: 'Guangzhou Zone 3 (ap-guangzhou-3)' })).toBeChecked();

  // A public x86 image from the public tab gets an x86 type.
  await openImages(page, { region: 'ap-guangzhou', q: 'Ubuntu Server 22.04' });
  await imageRow(page, 'Ubuntu Server 22.04 LTS 64-bit').getByRole('link', { name: 'Launch instance' }).click();
  await expect(chosenImage(page)).toContainText('Chosen: Ubuntu Server 22.04 LTS 64-bit');
  await expect(page).toHaveURL(/[?&]type=S5\.MEDIUM4(&|$)/);
});

test('the launched instance shows on /instances and a custom image is made from it', async ({ page }) => {
  await openWizard(page, { zone: 'ap-guangzhou-6', type: 'S5.MEDIUM4', step: 'image' });
  await searchImages(page, 'Debian 12');
  await choose(imageRadio(page, 'Debian 12.0 64-bit'));
  await nextButton(page).click();
  await page.getByLabel('Instance name (optional)').fill('e2e-image-source');
  await nextButton(page).click();
  await expect(page.getByRole('table', { name: 'Price breakdown' })).toBeVisible();
  await page.getByRole('button', { name: 'Launch', exact: true }).click();

  await expect(page.getByRole('heading', { level: 1, name: 'Instances' })).toBeVisible();
  const row = instanceRow(page, 'e2e-image-source');
  await expect(row.getByRole('cell', { name: 'Launching' })).toBeVisible();
  await expect(row.getByRole('cell', { name: 'Running' })).toBeVisible(LONG);
  const instanceId = (await row.locator('code').first().textContent())!;
  expect(instanceId).toMatch(/^ins-[a-z0-9]{8}$/);

  await row.getByRole('button', { name: 'Create custom image' }).click();
  const dialog = page.getByRole('dialog', { name: 'Create custom image' });
  await expect(dialog).toBeVisible();
  await expect(dialog.getByLabel('Instance')).toHaveValue(instanceId);
  await expectNoAxeViolations(page, 'the Create custom image dialog');
  await dialog.getByLabel('Image name').fill('e2e-from-wizard');
  await dialog.getByRole('button', { name: 'Create image' }).click();
  await expect(dialog).toBeHidden();

  await page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'Images' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Images' })).toBeVisible();
  await page.getByRole('tab', { name: 'Custom images', exact: true }).click();
  await expect(imageRow(page, 'e2e-from-wizard')).toBeVisible();
  await expect(imageRow(page, 'e2e-from-wizard')).toContainText('Normal', LONG);
});

test('a reload in the middle of the wizard keeps the choices and the step', async ({ page }) => {
  await openWizard(page);
  await choose(page.getByRole('radio', { name: 'Guangzhou Zone 7 (ap-guangzhou-7)' }));
  await nextButton(page).click();
  await choose(page.getByRole('radio', { name: 'SA5.LARGE8', exact: true }));
  await nextButton(page).click();
  await page.getByRole('tab', { name: 'Custom images' }).click();
  await choose(imageRadio(page, 'sql-server-2019-win'));
  await nextButton(page).click();
  await expect(stepHeading(page, 'Storage and settings')).toBeVisible();
  await expect(
    page.getByText(
      'This image includes data-disk snapshots, so each instance also gets a 200 GB data disk restored from them.',
    ),
  ).toBeVisible();
  await page.getByLabel('System disk (GB)').fill('120');
  await page.getByLabel('Instance name (optional)').fill('kept-after-reload');
  await page.getByLabel('Number of instances').fill('2');

  await page.reload();
  await expect(stepHeading(page, 'Storage and settings')).toBeVisible();
  await expect(page.getByLabel('System disk (GB)')).toHaveValue('120');
  await expect(page.getByLabel('Instance name (optional)')).toHaveValue('kept-after-reload');
  await expect(page.getByLabel('Number of instances')).toHaveValue('2');

  await page.getByRole('button', { name: 'Back' }).click();
  await expect(chosenImage(page)).toContainText('Chosen: sql-server-2019-win');
  await page.getByRole('button', { name: 'Back' }).click();
  await expect(page.getByRole('radio', { name: 'SA5.LARGE8', exact: true })).toBeChecked();
  await page.getByRole('button', { name: 'Back' }).click();
  await expect(page.getByRole('radio', { name: 'Guangzhou Zone 7 (ap-guangzhou-7)' })).toBeChecked();

  // Forward to the review, which prices both instances with their data disks.
  const steps = page.getByRole('list', { name: 'Steps' });
  await steps.getByRole('button', { name: /Review/ }).click();
  await expect(stepHeading(page, 'Review')).toBeVisible();
  await expect(priceRow(page, /^Data disks/)).toContainText('¥0.08');
  await expect(priceRow(page, /^Total for 2 instances/)).toBeVisible();
});

test('more instances than the zone’s quota leaves are refused beside the count, before Launch', async ({ page }) => {
  await openWizard(page);
  await choose(page.getByRole('radio', { name: 'Guangzhou Zone 7 (ap-guangzhou-7)' }));
  await nextButton(page).click();
  await choose(page.getByRole('radio', { name: 'SA5.LARGE8', exact: true }));
  await nextButton(page).click();
  await page.getByRole('tab', { name: 'Custom images' }).click();
  await choose(imageRadio(page, 'redis-cache-debian12'));
  await nextButton(page).click();
  await expect(stepHeading(page, 'Storage and settings')).toBeVisible();
  const count = page.getByLabel('Number of instances');
  await count.fill('31');
  await expect(count).toHaveAccessibleDescription(
    /You have 1 of 30 instances in ap-guangzhou-7, so at most 29 more can be launched there, not 31\./,
  );
  await expect(count).toHaveAttribute('aria-invalid', 'true');
  await expect(nextButton(page)).toHaveAttribute('aria-disabled', 'true');
  await expectNoAxeViolations(page, 'the settings step over the zone quota');
  await count.fill('29');
  await expect(count).not.toHaveAttribute('aria-invalid');
  await expect(nextButton(page)).not.toHaveAttribute('aria-disabled');
});
