// Issue 4 in real Chromium against the production build: share an image with two accounts and see it
// arrive (in its region only) for the recipients, cancel one share, the 50-recipient limit, and a
// copy to two regions followed from the source page in the Operations panel; axe with each dialog open.
import type { Page, Request } from '@playwright/test';
import { expect, expectNoAxeViolations, imageRow, imageRows, openImages, rowAction, test } from './helpers.ts';

const LONG = { timeout: 30_000 };
const OWNER = '100000000001';
const B = '100000000002';
const C = '100000000003';

async function switchAccount(page: Page, account: string) {
  await page.getByLabel('Account').selectOption(account);
  await expect(page.getByLabel('Account')).toHaveValue(account);
  await expect(page.locator('tbody tr.skeleton-row')).toHaveCount(0);
}

async function switchRegion(page: Page, region: string) {
  await page.getByLabel('Region').selectOption(region);
  await expect(page).toHaveURL(new RegExp(`[?&]region=${region}(&|$)`));
  await expect(page.locator('tbody tr.skeleton-row')).toHaveCount(0);
}

async function showTab(page: Page, name: string) {
  await page.getByRole('tab', { name, exact: true }).click();
  await expect(page.getByRole('tab', { name, exact: true })).toHaveAttribute('aria-selected', 'true');
  await expect(page.locator('tbody tr.skeleton-row')).toHaveCount(0);
}

/** The API actions the page sent (requests answered by the embedded backend's service worker). */
function recordActions(page: Page): string[] {
  const actions: string[] = [];
  page.on('request', (request: Request) => {
    const action = request.headers()['x-tc-action'];
    if (action) actions.push(action);
  });
  return actions;
}

test('share with two accounts; each recipient sees it under Shared images in that region only; cancel one share', async ({
  page,
}) => {
  const image = 'redis-cache-debian12';
  await openImages(page, { tab: 'custom' });
  const row = imageRow(page, image);
  await expect(row).toContainText('Not shared');
  await (await rowAction(row, 'Share')).click();

  const dialog = page.getByRole('dialog', { name: 'Share image' });
  await expect(dialog).toBeVisible();
  await expect(dialog).toContainText('Not shared with any account yet.');
  await expect(dialog).toContainText('Recipients can launch instances from this image in Guangzhou only.');
  const ids = dialog.getByLabel('Account IDs to share with');
  // One ID typed, the next pasted after a comma.
  await ids.pressSequentially(B);
  await ids.press('End');
  await page.keyboard.insertText(`, ${C}`);
  await expect(ids).toHaveValue(`${B}, ${C}`);
  const chips = dialog.getByRole('list', { name: 'Account IDs entered' }).getByRole('listitem');
  await expect(chips).toHaveCount(2);
  await expect(chips).toHaveText([`${B} Ready to share`, `${C} Ready to share`]);
  await expect(dialog.getByText('2 of 50 recipients')).toBeVisible();
  await expectNoAxeViolations(page, 'the Share image dialog');

  await dialog.getByRole('button', { name: 'Share', exact: true }).click();
  await expect(page.getByText(`Shared ${image} with 2 accounts.`)).toBeVisible();
  await expect(ids).toHaveValue('');
  await expect(dialog.getByRole('checkbox', { name: new RegExp(B) })).toBeVisible();
  await expect(dialog.getByRole('checkbox', { name: new RegExp(C) })).toBeVisible();
  await expect(dialog.getByText('2 of 50 recipients')).toBeVisible();
  await expectNoAxeViolations(page, 'the Share image dialog with recipients');
  await dialog.getByRole('button', { name: 'Done', exact: true }).click();
  await expect(dialog).toBeHidden();
  await expect(row).toContainText('2 accounts');

  // Account B finds it under Shared images in Guangzhou, owned by the sharer, launch only.
  await switchAccount(page, B);
  await showTab(page, 'Shared images');
  const shared = imageRow(page, image);
  await expect(shared).toBeVisible();
  await expect(shared).toContainText(OWNER);
  await expect(shared.getByRole('link', { name: 'Launch instance' })).toBeVisible();
  // Rename, copy, share and delete stay visible, refused, each saying why.
  for (const [action, reason] of [
    ['Share', 'only its owner can share it'],
    ['Copy', 'Images shared with you cannot be copied'],
    ['Edit', 'cannot be renamed or edited'],
    ['Delete', 'only its owner can'],
  ] as const) {
    const item = await rowAction(shared, action);
    await expect(item).toHaveAttribute('aria-disabled', 'true');
    await expect(item).toHaveAccessibleDescription(new RegExp(reason));
  }
  await expect(await rowAction(shared, 'Cancel sharing')).toHaveCount(0);
  await expectNoAxeViolations(page, `Shared images of ${B}`);

  // Its details page, as B: the owner, the warning, and launch only.
  await shared.getByRole('link', { name: image, exact: true }).click();
  await expect(page.getByRole('heading', { level: 1, name: image })).toBeVisible();
  await expect(page.getByText(/^Shared image in Guangzhou · img-/)).toBeVisible();
  await expect(page.getByRole('note')).toContainText(`Shared by account ${OWNER}, not reviewed by the platform.`);
  await expect(page.getByRole('main').getByRole('link', { name: 'Launch instance' })).toBeVisible();
  await expect(page.getByRole('main').getByRole('button', { name: 'Edit', exact: true })).toHaveAttribute(
    'aria-disabled',
    'true',
  );
  await expectNoAxeViolations(page, `the details of a shared image, as ${B}`);
  await page.goBack();
  await expect(shared).toBeVisible();

  // ...and not in Shanghai: shares stay in the image's region.
  await switchRegion(page, 'ap-shanghai');
  await expect(page.getByRole('tab', { name: 'Shared images', exact: true })).toHaveAttribute('aria-selected', 'true');
  await expect(imageRow(page, image)).toHaveCount(0);
  await expect(page.getByText(/No images are shared with this account in Shanghai\./)).toBeVisible();
  await switchRegion(page, 'ap-guangzhou');
  await expect(imageRow(page, image)).toBeVisible();

  // The owner cancels the share with B only.
  await switchAccount(page, OWNER);
  await showTab(page, 'Custom images');
  await (await rowAction(row, 'Cancel sharing')).click();
  const cancel = page.getByRole('dialog', { name: 'Cancel sharing' });
  await expect(cancel).toBeVisible();
  await expectNoAxeViolations(page, 'the Cancel sharing dialog');
  await cancel.getByRole('checkbox', { name: new RegExp(B) }).check();
  await expect(cancel.getByRole('checkbox', { name: new RegExp(C) })).not.toBeChecked();
  await cancel.getByRole('button', { name: 'Cancel sharing with selected (1)' }).click();
  await expect(cancel).toBeHidden();
  await expect(page.getByText(`Stopped sharing ${image} with 1 account.`)).toBeVisible();
  await expect(row).toContainText('1 account');

  // B no longer sees it, without a reload; C still does.
  await switchAccount(page, B);
  await showTab(page, 'Shared images');
  await expect(page.getByLabel('Account')).toHaveValue(B);
  await expect(page.locator('tbody tr.skeleton-row')).toHaveCount(0);
  await expect(imageRow(page, 'partner-api-centos79')).toHaveCount(0);
  await expect(imageRow(page, 'web-server-centos79')).toBeVisible();
  await expect(imageRow(page, image)).toHaveCount(0);
  await switchAccount(page, C);
  await expect(imageRow(page, image)).toBeVisible();
  await expect(imageRow(page, 'app-base-ubuntu2204')).toBeVisible();

  // A reload as C keeps the account and the data.
  await page.reload();
  await expect(page.getByLabel('Account')).toHaveValue(C);
  await expect(imageRow(page, image)).toBeVisible();
});

test('51 recipients are refused before sending: the count and the message name the limit of 50', async ({ page }) => {
  const actions = recordActions(page);
  await openImages(page, { tab: 'custom' });
  await (await rowAction(imageRow(page, 'k8s-node-opencloudos9'), 'Share')).click();
  const dialog = page.getByRole('dialog', { name: 'Share image' });
  await expect(dialog).toBeVisible();
  await expect(dialog).toContainText('Not shared with any account yet.');

  const many = Array.from({ length: 51 }, (_, i) => String(200000000000 + i));
  const ids = dialog.getByLabel('Account IDs to share with');
  await ids.focus();
  await page.keyboard.insertText(many.join('\n'));
  await expect(dialog.getByText('51 of 50 recipients')).toBeVisible();
  const limit = 'An image can be shared with at most 50 accounts: 0 already + 51 new = 51. Remove 1.';
  await expect(dialog.getByText(limit)).toBeVisible();
  await expect(ids).toHaveAttribute('aria-invalid', 'true');
  await expectNoAxeViolations(page, 'the Share image dialog over the limit');

  // Share looks refused, says why, and does nothing: no request, nothing shared, and the pasted IDs stay.
  const before = actions.length;
  const share = dialog.getByRole('button', { name: 'Share', exact: true });
  await expect(share).toHaveAttribute('aria-disabled', 'true');
  await expect(share).toHaveAccessibleDescription(limit);
  await share.click({ force: true });
  await expect(dialog.getByText(limit)).toBeVisible();
  await expect(ids).toHaveValue(many.join('\n'));
  await expect(dialog).toContainText('Not shared with any account yet.');
  expect(actions.slice(before)).not.toContain('ModifyImageSharePermission');
  expect(actions).not.toContain('ModifyImageSharePermission');

  // One fewer is within the limit.
  await ids.fill(many.slice(0, 50).join('\n'));
  await expect(dialog.getByText('50 of 50 recipients')).toBeVisible();
  await expect(dialog.getByText(/at most 50 accounts/)).toHaveCount(0);

  await dialog.getByRole('button', { name: 'Done', exact: true }).click();
  await expect(dialog).toBeHidden();
  await expect(imageRow(page, 'k8s-node-opencloudos9')).toContainText('Not shared');
  expect(actions).not.toContain('ModifyImageSharePermission');
});

test('share with 50 outside accounts, then one more is refused before sending, naming the limit', async ({ page }) => {
  const image = 'k8s-node-opencloudos9';
  const actions = recordActions(page);
  await openImages(page, { tab: 'custom' });
  await (await rowAction(imageRow(page, image), 'Share')).click();
  const dialog = page.getByRole('dialog', { name: 'Share image' });
  await expect(dialog).toBeVisible();
  const ids = dialog.getByLabel('Account IDs to share with');

  // Every well-formed root account ID beyond the demo three is an outside account: 50 can be pasted and shared.
  const fifty = Array.from({ length: 50 }, (_, i) => String(200000000001 + i));
  await ids.focus();
  await page.keyboard.insertText(fifty.join('\n'));
  await expect(dialog.getByText('50 of 50 recipients')).toBeVisible();
  await dialog.getByRole('button', { name: 'Share', exact: true }).click();
  await expect(page.getByText(`Shared ${image} with 50 accounts.`)).toBeVisible();
  await expect(ids).toHaveValue('');
  await expect(dialog.getByRole('checkbox', { name: /^2000000000\d\d / })).toHaveCount(50);
  await expect(dialog.getByText('50 of 50 recipients')).toBeVisible();
  expect(actions.filter((a) => a === 'ModifyImageSharePermission')).toHaveLength(1);

  // The 51st: refused before any request, with the limit's own words (OverQuota).
  await ids.focus();
  await page.keyboard.insertText('200000000051');
  await expect(dialog.getByText('51 of 50 recipients')).toBeVisible();
  const limit = 'An image can be shared with at most 50 accounts: 50 already + 1 new = 51. Remove 1.';
  await expect(dialog.getByText(limit)).toBeVisible();
  await expect(ids).toHaveAttribute('aria-invalid', 'true');
  await expect(dialog.getByRole('button', { name: 'Share', exact: true })).toHaveAttribute('aria-disabled', 'true');
  await dialog.getByRole('button', { name: 'Share', exact: true }).click({ force: true });
  await expect(dialog.getByText(limit)).toBeVisible();
  expect(actions.filter((a) => a === 'ModifyImageSharePermission')).toHaveLength(1);
  await expectNoAxeViolations(page, 'the Share image dialog at the limit');
  await dialog.getByRole('button', { name: 'Done', exact: true }).click();
  await expect(imageRow(page, image)).toContainText('50 accounts');
});

test('copy one image to two regions and watch both reach Normal from the source page; a forbidden region says why', async ({
  page,
  context,
}) => {
  const image = 'k8s-node-opencloudos9';
  const actions = recordActions(page);
  await openImages(page, { tab: 'custom' });
  await (await rowAction(imageRow(page, image), 'Copy')).click();
  const dialog = page.getByRole('dialog', { name: 'Copy image' });
  await expect(dialog).toBeVisible();
  await expect(dialog).toContainText('free of charge');
  await expectNoAxeViolations(page, 'the Copy image dialog');

  // The source and the regions outside the mainland cannot be chosen, and say why.
  const singapore = dialog.getByRole('checkbox', { name: 'Singapore (ap-singapore)', exact: true });
  await expect(singapore).toBeDisabled();
  const notOutside = 'Images cannot be copied from the Chinese mainland to regions outside it.';
  await expect(singapore).toHaveAccessibleDescription(notOutside);
  await expect(dialog.getByText(notOutside)).toBeVisible();
  await singapore.click({ force: true });
  await expect(singapore).not.toBeChecked();
  const source = dialog.getByRole('checkbox', { name: 'Guangzhou (ap-guangzhou)', exact: true });
  await expect(source).toBeDisabled();
  await expect(source).toHaveAccessibleDescription('This is the image’s own region; choose other regions to copy to.');

  await dialog.getByRole('checkbox', { name: 'Shanghai (ap-shanghai)', exact: true }).check();
  await dialog.getByRole('checkbox', { name: 'Beijing (ap-beijing)', exact: true }).check();
  await dialog.getByRole('button', { name: 'Copy to 2 regions' }).click();
  await expect(dialog).toBeHidden();
  await expect(
    page.getByText(`Copying ${image} to Shanghai, Beijing. Follow the progress under Operations.`),
  ).toBeVisible();
  expect(actions.filter((a) => a === 'SyncImages')).toHaveLength(1);

  // The source is busy meanwhile: its row says where it is being copied, with progress, and refuses
  // any change and a second copy, saying why.
  const sourceRow = imageRow(page, image);
  await expect(sourceRow).toContainText('Being copied to 2 regions');
  await expect(sourceRow.getByRole('progressbar', { name: `Copying ${image} to Shanghai, Beijing` })).toBeVisible();
  for (const [action, done] of [
    ['Share', 'shared'],
    ['Copy', 'copied'],
    ['Edit', 'edited'],
    ['Delete', 'deleted'],
  ] as const) {
    const item = await rowAction(sourceRow, action);
    await expect(item).toHaveAttribute('aria-disabled', 'true');
    await expect(item).toHaveAccessibleDescription(
      `The image is being copied to 2 other regions; it can be ${done} once the copies are done.`,
    );
  }
  await (await rowAction(sourceRow, 'Delete')).click({ force: true });
  await expect(page.getByRole('dialog', { name: 'Delete image' })).toHaveCount(0);
  await expectNoAxeViolations(page, 'the custom images with a source being copied');

  // The Operations panel follows both copies without leaving Guangzhou.
  const opsButton = page.getByRole('button', { name: /^Operations/ });
  await opsButton.click();
  await expect(opsButton).toHaveAttribute('aria-expanded', 'true');
  const panel = page.getByRole('region', { name: 'Operations' });
  await expect(panel).toBeVisible();
  const toShanghai = panel.getByRole('listitem').filter({ hasText: 'Guangzhou → Shanghai' });
  const toBeijing = panel.getByRole('listitem').filter({ hasText: 'Guangzhou → Beijing' });
  await expect(toShanghai).toContainText(`Copy ${image}`);
  await expect(toBeijing).toContainText(`Copy ${image}`);
  await expect(toShanghai.getByRole('progressbar', { name: `Copy ${image} to Shanghai` })).toBeVisible();
  await expect(toBeijing.getByRole('progressbar', { name: `Copy ${image} to Beijing` })).toBeVisible();
  await expect(opsButton).toHaveText('Operations (2 running)');
  await expectNoAxeViolations(page, 'the page with the Operations panel open');

  // Meanwhile, in another tab of the same browser, Shanghai's custom tab shows the copy as copying.
  const other = await context.newPage();
  const otherProblems: string[] = [];
  other.on('console', (m) => {
    if (m.type() === 'error') otherProblems.push(`console.error: ${m.text()}`);
  });
  other.on('pageerror', (e) => otherProblems.push(`page error: ${e.message}`));
  await openImages(other, { region: 'ap-shanghai', tab: 'custom' });
  const arriving = imageRow(other, image);
  await expect(arriving).toContainText('Copying');
  await expect(arriving.getByRole('progressbar', { name: `Copying ${image}` })).toBeVisible();
  await expect(arriving).toContainText(/\d+%/);
  await expect(arriving).toContainText('Normal', LONG);
  await expect(arriving).toContainText('Copied from Guangzhou');
  await other.close();
  expect(otherProblems).toEqual([]);

  // Back on the source page, the panel shows both copies finished.
  await expect(toShanghai).toContainText('Normal', LONG);
  await expect(toBeijing).toContainText('Normal', LONG);
  await expect(toShanghai.getByRole('progressbar')).toHaveCount(0);
  await expect(toBeijing.getByRole('progressbar')).toHaveCount(0);
  await expect(opsButton).toHaveText('Operations');
  // Its copies done, the source is free again.
  await expect(sourceRow).not.toContainText('Being copied', LONG);
  await expect(await rowAction(sourceRow, 'Delete')).not.toHaveAttribute('aria-disabled');
  await expect(page).toHaveURL(/[?&]region=ap-guangzhou/);
  await expect(page.getByLabel('Region')).toHaveValue('ap-guangzhou');
  const copyLink = toShanghai.getByRole('link', { name: /^img-[a-z0-9]{8}$/ });
  await expect(copyLink).toBeVisible();
  await page.keyboard.press('Escape');
  await expect(panel).toBeHidden();

  // The source's details list both copies.
  await imageRow(page, image).getByRole('link', { name: image, exact: true }).click();
  await expect(page.getByRole('heading', { level: 1, name: image })).toBeVisible();
  await expect(page.getByRole('link', { name: `Shanghai: ${image}` })).toBeVisible();
  await expect(page.getByRole('link', { name: `Beijing: ${image}` })).toBeVisible();
  await page.goBack();

  // In Shanghai, the custom tab shows the copy.
  await switchRegion(page, 'ap-shanghai');
  await expect(page.getByRole('tab', { name: 'Custom images', exact: true })).toHaveAttribute('aria-selected', 'true');
  const copy = imageRow(page, image);
  await expect(copy).toBeVisible();
  await expect(copy).toContainText('Normal');
  await expect(copy).toContainText('Copied from Guangzhou');
  await expect(page.getByText('4 of 10 used in Shanghai')).toBeVisible();
  await expect(imageRows(page)).toHaveCount(4);

  // And in Beijing.
  await switchRegion(page, 'ap-beijing');
  await expect(imageRow(page, image)).toContainText('Normal');
  await expect(imageRow(page, image)).toContainText('Copied from Guangzhou');
});

test('a copy to two regions of which one fails: the Operations panel says so with Retry, and the retried copy reaches Normal there', async ({
  page,
}) => {
  // The mock's sentinel (src/mocks/sentinels.ts): an image named with [flaky:ap-beijing] fails its
  // first copy to Beijing, and that one only.
  const image = 'gitlab-runner [flaky:ap-beijing]';
  await openImages(page, { tab: 'custom' });
  await (await rowAction(imageRow(page, 'gitlab-runner-rocky9'), 'Edit')).click();
  const edit = page.getByRole('dialog', { name: 'Edit image' });
  await edit.getByRole('textbox', { name: 'Name', exact: true }).fill(image);
  await edit.getByRole('button', { name: 'Save' }).click();
  await expect(edit).toBeHidden();

  await (await rowAction(imageRow(page, image), 'Copy')).click();
  const dialog = page.getByRole('dialog', { name: 'Copy image' });
  await dialog.getByRole('checkbox', { name: 'Shanghai (ap-shanghai)', exact: true }).check();
  await dialog.getByRole('checkbox', { name: 'Beijing (ap-beijing)', exact: true }).check();
  await dialog.getByRole('button', { name: 'Copy to 2 regions' }).click();
  await expect(dialog).toBeHidden();

  const opsButton = page.getByRole('button', { name: /^Operations/ });
  await opsButton.click();
  const panel = page.getByRole('region', { name: 'Operations' });
  const toShanghai = panel.getByRole('listitem').filter({ hasText: 'Guangzhou → Shanghai' });
  const toBeijing = panel.getByRole('listitem').filter({ hasText: 'Guangzhou → Beijing' });
  await expect(toShanghai).toContainText('Normal', LONG);
  await expect(toBeijing).toContainText('Creation failed', LONG);
  await expect(toBeijing).toContainText(
    'InternalError: the snapshot could not be copied to the destination region. Try again.',
  );
  await expect(toShanghai.getByRole('button', { name: /^Retry/ })).toHaveCount(0);
  const retry = toBeijing.getByRole('button', { name: `Retry copy of ${image} to Beijing` });
  await expect(retry).toBeVisible();
  await expectNoAxeViolations(page, 'the Operations panel with a failed copy');

  // Retry by keyboard: the failed copy in Beijing is deleted and the copy sent there again, alone.
  await retry.focus();
  await page.keyboard.press('Enter');
  await expect(toBeijing).toContainText('Copying');
  await expect(toBeijing).toContainText('Normal', LONG);
  await expect(toBeijing.getByRole('button', { name: /^Retry/ })).toHaveCount(0);
  await expect(toShanghai).toContainText('Normal');
  await expect(opsButton).toHaveText('Operations');
  await page.keyboard.press('Escape');

  // In Beijing, the custom tab shows the retried copy, Normal, and no failed one beside it.
  await switchRegion(page, 'ap-beijing');
  await expect(page.getByRole('tab', { name: 'Custom images', exact: true })).toHaveAttribute('aria-selected', 'true');
  await expect(imageRows(page).filter({ hasText: image })).toHaveCount(1);
  await expect(imageRow(page, image)).toContainText('Normal');
  await expect(imageRow(page, image)).toContainText('Copied from Guangzhou');
});
