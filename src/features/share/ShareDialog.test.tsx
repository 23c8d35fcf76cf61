// Share image and Cancel sharing, opened from the images page, against the real resolvers.
import { screen, waitFor, within } from '@testing-library/react';
import type { UserEvent } from '@testing-library/user-event';
import { afterEach, describe, expect, it } from 'vitest';
import { setAccount } from '../../api/session.ts';
import { imageNamed, ok } from '../../test/api-calls.ts';
import { renderCustomImages, renderImagesPage, row, rowAction, rowMenu, toasts } from '../../test/images-page.tsx';
import { countRequests } from '../../test/requests.ts';
import { imagesPath } from '../paths.ts';
import { failNextCall } from '../../test/api-error.ts';

afterEach(() => setAccount('100000000001'));

async function openShare(user: UserEvent, image = 'web-server-centos79') {
  await user.click(await rowAction(user, await row(image), 'Share'));
  const dialog = await screen.findByRole('dialog', { name: 'Share image' });
  // The current recipients have loaded once the list or its empty note is there.
  await waitFor(() => expect(within(dialog).queryByText('Loading recipients…')).not.toBeInTheDocument());
  return dialog;
}

const idsBox = (dialog: HTMLElement) => within(dialog).getByRole('textbox', { name: 'Account IDs to share with' });

/** What each entered ID says: "<id> <message>". */
function chips(dialog: HTMLElement) {
  const list = within(dialog).queryByRole('list', { name: 'Account IDs entered' });
  return list
    ? within(list)
        .getAllByRole('listitem')
        .map((li) => {
          const id = within(li).getByRole('code').textContent ?? '';
          return `${id} ${li.textContent?.slice(id.length).trim()}`;
        })
    : [];
}

async function recipientsOf(name: string) {
  const image = await imageNamed(name);
  const res = await ok<{ SharePermissionSet: { AccountId: string }[] }>('DescribeImageSharePermission', {
    ImageId: image.ImageId,
  });
  return res.SharePermissionSet.map((s) => s.AccountId);
}

describe('Share image', () => {
  it('shows the current recipients with the date each was added, the count and the one-region note', async () => {
    const { user } = renderCustomImages();
    const dialog = await openShare(user, 'app-base-ubuntu2204');
    expect(within(dialog).getByText('app-base-ubuntu2204')).toBeInTheDocument();
    const two = within(dialog).getByRole('checkbox', { name: /^100000000002 / });
    const three = within(dialog).getByRole('checkbox', { name: /^100000000003 / });
    expect(two).toHaveAccessibleName(/added 16 Jan 2025/);
    expect(three).toHaveAccessibleName(/added 16 Jan 2025/);
    expect(within(dialog).getByText('2 of 50 recipients')).toBeInTheDocument();
    expect(dialog).toHaveTextContent(
      'Recipients can launch instances from this image in Guangzhou only. To share it in another region, copy it there first, then share the copy.',
    );
  });

  it('takes many IDs pasted at once, separated by spaces, commas and new lines, and counts them live', async () => {
    const { user } = renderCustomImages();
    const dialog = await openShare(user);
    expect(within(dialog).getByText('1 of 50 recipients')).toBeInTheDocument();
    await user.click(idsBox(dialog));
    await user.paste('100000000003, 200000000001\n200000000002 200000000003,\n\n200000000004');
    expect(chips(dialog)).toEqual([
      '100000000003 Ready to share',
      '200000000001 Ready to share',
      '200000000002 Ready to share',
      '200000000003 Ready to share',
      '200000000004 Ready to share',
    ]);
    expect(within(dialog).getByText('6 of 50 recipients')).toBeInTheDocument();
    expect(idsBox(dialog)).not.toHaveAttribute('aria-invalid');
  });

  it('checks each ID as it is typed: format, yourself, a duplicate in the list, already a recipient', async () => {
    const { user } = renderCustomImages();
    const dialog = await openShare(user);
    await user.click(idsBox(dialog));
    await user.paste('12345 abc 100000000001 100000000002 100000000003 200000000009 200000000009');
    const shown = chips(dialog);
    expect(shown[0]).toBe(
      '12345 Account ID "12345" must be a root account ID of 10 to 12 digits, not starting with 0.',
    );
    expect(shown[1]).toBe('abc Account ID "abc" must contain digits only.');
    expect(shown[2]).toBe('100000000001 You cannot share an image with your own account.');
    expect(shown[3]).toBe('100000000002 The image is already shared with account 100000000002.');
    expect(shown[4]).toBe('100000000003 Ready to share');
    // An ID listed twice is marked at its second place only; the first stays ready and counts.
    expect(shown[5]).toBe('200000000009 Ready to share');
    expect(shown[6]).toBe('200000000009 Account 200000000009 is listed twice.');
    expect(shown).toHaveLength(7);
    expect(idsBox(dialog)).toHaveAttribute('aria-invalid', 'true');
    // Only IDs that can be shared with count: 1 current + 100000000003 + 200000000009 once.
    expect(within(dialog).getByText('3 of 50 recipients')).toBeInTheDocument();

    await user.click(within(dialog).getByRole('button', { name: 'Share' }));
    expect(await recipientsOf('web-server-centos79')).toEqual(['100000000002']);
    expect(idsBox(dialog)).toHaveValue('12345 abc 100000000001 100000000002 100000000003 200000000009 200000000009');
  });

  it('an ID listed twice marks only its second chip, and removing the repeat clears the mark', async () => {
    const { user } = renderCustomImages();
    const dialog = await openShare(user);
    await user.type(idsBox(dialog), '100000000003 200000000009 100000000003');
    expect(chips(dialog)).toEqual([
      '100000000003 Ready to share',
      '200000000009 Ready to share',
      '100000000003 Account 100000000003 is listed twice.',
    ]);
    expect(within(dialog).getByText('3 of 50 recipients')).toBeInTheDocument();
    expect(idsBox(dialog)).toHaveAttribute('aria-invalid', 'true');

    await user.clear(idsBox(dialog));
    await user.type(idsBox(dialog), '100000000003 200000000009');
    expect(chips(dialog)).toEqual(['100000000003 Ready to share', '200000000009 Ready to share']);
    expect(within(dialog).getByText('3 of 50 recipients')).toBeInTheDocument();
    expect(idsBox(dialog)).not.toHaveAttribute('aria-invalid');
  });

  it('more than 50 recipients is refused before sending, naming the limit', async () => {
    const { user } = renderCustomImages();
    const dialog = await openShare(user);
    const fifty = Array.from({ length: 50 }, (_, i) => String(200000000001 + i));
    await user.click(idsBox(dialog));
    await user.paste(fifty.join('\n'));
    expect(within(dialog).getByText('51 of 50 recipients')).toBeInTheDocument();
    expect(
      within(dialog).getByText('An image can be shared with at most 50 accounts: 1 already + 50 new = 51. Remove 1.'),
    ).toBeInTheDocument();
    expect(idsBox(dialog)).toHaveAttribute('aria-invalid', 'true');

    await user.click(within(dialog).getByRole('button', { name: 'Share' }));
    expect(await recipientsOf('web-server-centos79')).toEqual(['100000000002']);
    expect(screen.getByRole('dialog', { name: 'Share image' })).toBeInTheDocument();

    // Removing one brings it within the limit.
    await user.clear(idsBox(dialog));
    await user.click(idsBox(dialog));
    await user.paste(fifty.slice(1).join('\n'));
    expect(within(dialog).getByText('50 of 50 recipients')).toBeInTheDocument();
    expect(within(dialog).queryByText(/at most 50 accounts/)).not.toBeInTheDocument();
  });

  it('over 50, says so beside the counter above the IDs, marks the ones past the limit, and the Share button is refused saying why', async () => {
    const { user } = renderCustomImages();
    const dialog = await openShare(user);
    const fifty = Array.from({ length: 50 }, (_, i) => String(200000000001 + i));
    await user.click(idsBox(dialog));
    await user.paste(fifty.join('\n'));
    const counter = within(dialog).getByText('51 of 50 recipients');
    const over = within(dialog).getByText(
      'An image can be shared with at most 50 accounts: 1 already + 50 new = 51. Remove 1.',
    );
    const list = within(dialog).getByRole('list', { name: 'Account IDs entered' });
    // Both come before the list of IDs in the document, so neither is below 50 rows.
    expect(counter.compareDocumentPosition(list) & Node.DOCUMENT_POSITION_FOLLOWING).toBeTruthy();
    expect(over.compareDocumentPosition(list) & Node.DOCUMENT_POSITION_FOLLOWING).toBeTruthy();
    expect(chips(dialog).at(-2)).toBe('200000000049 Ready to share');
    expect(chips(dialog).at(-1)).toBe('200000000050 Over the limit of 50 recipients');
    const share = within(dialog).getByRole('button', { name: 'Share' });
    expect(share).toHaveAttribute('aria-disabled', 'true');
    expect(share).toHaveAccessibleDescription(
      'An image can be shared with at most 50 accounts: 1 already + 50 new = 51. Remove 1.',
    );
    // The field marked invalid says why too.
    expect(idsBox(dialog)).toHaveAttribute('aria-invalid', 'true');
    expect(idsBox(dialog)).toHaveAccessibleDescription(expect.stringContaining('51 of 50 recipients'));
    expect(idsBox(dialog)).toHaveAccessibleDescription(expect.stringContaining('= 51. Remove 1.'));
  });

  it('the counter counts only the IDs the server accepts, and Share is refused until the refused one is removed', async () => {
    const { user } = renderCustomImages();
    const dialog = await openShare(user);
    await user.type(idsBox(dialog), '100000000003 999999999999');
    expect(within(dialog).getByText('3 of 50 recipients')).toBeInTheDocument();
    await user.click(within(dialog).getByRole('button', { name: 'Share' }));
    await waitFor(() =>
      expect(chips(dialog)[1]).toBe('999999999999 No account 999999999999 exists; check the root account ID.'),
    );
    expect(within(dialog).getByText('2 of 50 recipients')).toBeInTheDocument();
    const share = within(dialog).getByRole('button', { name: 'Share' });
    expect(share).toHaveAttribute('aria-disabled', 'true');
    expect(share).toHaveAccessibleDescription('Correct or remove the account IDs marked below to share.');
    // The field marked invalid says why: what blocks Share, and the refused ID's reason.
    expect(idsBox(dialog)).toHaveAttribute('aria-invalid', 'true');
    expect(idsBox(dialog)).toHaveAccessibleDescription(
      expect.stringContaining(
        'Correct or remove the account IDs marked below to share. 100000000003 Ready to share 999999999999 No account 999999999999 exists',
      ),
    );

    await user.clear(idsBox(dialog));
    await user.type(idsBox(dialog), '100000000003');
    expect(share).not.toHaveAttribute('aria-disabled');
    await user.click(share);
    await waitFor(async () =>
      expect(await recipientsOf('web-server-centos79')).toEqual(['100000000002', '100000000003']),
    );
  });

  it('an account the server does not know is marked, and what was typed stays', async () => {
    const { user } = renderCustomImages();
    const dialog = await openShare(user);
    await user.type(idsBox(dialog), '100000000003 999999999999');
    expect(chips(dialog)).toEqual(['100000000003 Ready to share', '999999999999 Ready to share']);
    await user.click(within(dialog).getByRole('button', { name: 'Share' }));

    await waitFor(() =>
      expect(chips(dialog)[1]).toBe('999999999999 No account 999999999999 exists; check the root account ID.'),
    );
    expect(chips(dialog)[0]).toBe('100000000003 Ready to share');
    expect(idsBox(dialog)).toHaveValue('100000000003 999999999999');
    expect(idsBox(dialog)).toHaveAttribute('aria-invalid', 'true');
    expect(await recipientsOf('web-server-centos79')).toEqual(['100000000002']);
  });

  it('accounts the server refuses are each marked with their own reason, from the API’s list of refused IDs', async () => {
    const { user } = renderCustomImages();
    const dialog = await openShare(user);
    await user.type(idsBox(dialog), '999999999998 100000000003 999999999999');
    await user.click(within(dialog).getByRole('button', { name: 'Share' }));

    await waitFor(() =>
      expect(chips(dialog)).toEqual([
        '999999999998 No account 999999999998 exists; check the root account ID.',
        '100000000003 Ready to share',
        '999999999999 No account 999999999999 exists; check the root account ID.',
      ]),
    );
    // The API's one Message (how many were refused) is not repeated at the top of the form.
    expect(within(dialog).queryByText(/account IDs have problems/)).not.toBeInTheDocument();
    expect(await recipientsOf('web-server-centos79')).toEqual(['100000000002']);
  });

  it('without the list of refused IDs (a real endpoint), the API’s message shows at the top of the form', async () => {
    const { user } = renderCustomImages();
    const dialog = await openShare(user);
    await user.type(idsBox(dialog), '999999999999');
    failNextCall(
      { Code: 'InvalidAccountId.NotFound', Message: 'No account 999999999999 exists; check the root account ID.' },
      'req-share-1',
    );
    await user.click(within(dialog).getByRole('button', { name: 'Share' }));

    const alert = await within(dialog).findByRole('alert');
    expect(alert).toHaveTextContent('No account 999999999999 exists; check the root account ID.');
    expect(alert).toHaveTextContent('Code InvalidAccountId.NotFound · Request req-share-1');
    expect(chips(dialog)).toEqual(['999999999999 Ready to share']);
  });

  it('shares, says so, and the recipients, count and row update', async () => {
    const { user } = renderCustomImages();
    const dialog = await openShare(user);
    await user.type(idsBox(dialog), '100000000003');
    await user.click(within(dialog).getByRole('button', { name: 'Share' }));

    expect(
      await within(dialog).findByRole('checkbox', { name: /^100000000003 added 26 Nov 2026/ }),
    ).toBeInTheDocument();
    expect(toasts()).toHaveTextContent('Shared web-server-centos79 with 1 account.');
    expect(idsBox(dialog)).toHaveValue('');
    expect(within(dialog).getByText('2 of 50 recipients')).toBeInTheDocument();
    expect(await recipientsOf('web-server-centos79')).toEqual(['100000000002', '100000000003']);

    // The footer's Done; the header's × is the only Close.
    expect(within(dialog).getAllByRole('button', { name: 'Close' })).toHaveLength(1);
    expect(within(dialog).getByRole('button', { name: 'Close' })).toHaveTextContent('×');
    await user.click(within(dialog).getByRole('button', { name: 'Done' }));
    expect(screen.queryByRole('dialog')).not.toBeInTheDocument();
    const tr = await row('web-server-centos79');
    await waitFor(() => expect(tr).toHaveTextContent('2 accounts'));
    expect(await rowAction(user, tr, 'Delete')).toHaveAccessibleDescription(
      'Cancel sharing with 2 accounts before deleting.',
    );
  });

  it('removes chosen recipients from the dialog', async () => {
    const { user } = renderCustomImages();
    const dialog = await openShare(user);
    const remove = within(dialog).getByRole('button', { name: 'Cancel sharing with selected (0)' });
    expect(remove).toHaveAttribute('aria-disabled', 'true');
    await user.click(within(dialog).getByRole('checkbox', { name: /^100000000002 / }));
    await user.click(within(dialog).getByRole('button', { name: 'Cancel sharing with selected (1)' }));
    expect(await within(dialog).findByText('Not shared with any account yet.')).toBeInTheDocument();
    expect(toasts()).toHaveTextContent('Stopped sharing with 1 account.');
    expect(within(dialog).getByText('0 of 50 recipients')).toBeInTheDocument();
    expect(await recipientsOf('web-server-centos79')).toEqual([]);
  });

  it('a share and a removal each ask for the recipients once more, not twice', async () => {
    const { user } = renderCustomImages();
    const dialog = await openShare(user);
    await user.type(idsBox(dialog), '100000000003');
    const afterShare = countRequests();
    await user.click(within(dialog).getByRole('button', { name: 'Share' }));
    await within(dialog).findByRole('checkbox', { name: /^100000000003 / });
    afterShare.stop();
    expect(afterShare.of('DescribeImageSharePermission')).toBe(1);

    await user.click(within(dialog).getByRole('checkbox', { name: /^100000000003 / }));
    const afterRemoval = countRequests();
    await user.click(within(dialog).getByRole('button', { name: 'Cancel sharing with selected (1)' }));
    await waitFor(() =>
      expect(within(dialog).queryByRole('checkbox', { name: /^100000000003 / })).not.toBeInTheDocument(),
    );
    afterRemoval.stop();
    expect(afterRemoval.of('DescribeImageSharePermission')).toBe(1);
  });

  it('the recipient sees the image under Shared images in that region only, with Launch instance only', async () => {
    const { user, unmount } = renderCustomImages();
    const dialog = await openShare(user, 'redis-cache-debian12');
    await user.type(idsBox(dialog), '100000000003');
    await user.click(within(dialog).getByRole('button', { name: 'Share' }));
    await within(dialog).findByRole('checkbox', { name: /^100000000003 / });
    unmount();

    setAccount('100000000003');
    const { router } = renderImagesPage('region=ap-guangzhou&tab=shared');
    const tr = await row('redis-cache-debian12');
    expect(tr).toHaveTextContent('100000000001');
    expect(within(tr).getByRole('link', { name: 'Launch instance' })).toBeInTheDocument();
    // Rename, copy, share and delete are not offered, or refused with the reason.
    for (const item of within(await rowMenu(user, tr)).getAllByRole('menuitem')) {
      expect(item).toHaveAttribute('aria-disabled', 'true');
      expect(item).toHaveAccessibleDescription(/shared with you/);
    }

    await router.navigate(imagesPath({ region: 'ap-shanghai', tab: 'shared' }));
    expect(await screen.findByText(/^No images are shared with this account in Shanghai\./)).toBeInTheDocument();
    expect(screen.queryByText('redis-cache-debian12')).not.toBeInTheDocument();
  });
});

describe('Cancel sharing', () => {
  it('removes a recipient from the row’s dialog and the Shared with count drops', async () => {
    const { user } = renderCustomImages();
    const tr = await row('app-base-ubuntu2204');
    expect(tr).toHaveTextContent('2 accounts');
    await user.click(await rowAction(user, tr, 'Cancel sharing'));
    const dialog = await screen.findByRole('dialog', { name: 'Cancel sharing' });
    expect(dialog).toHaveTextContent('Choose the accounts that should no longer see app-base-ubuntu2204.');
    const three = await within(dialog).findByRole('checkbox', { name: /^100000000003 added 16 Jan 2025/ });
    expect(within(dialog).getByRole('checkbox', { name: /^100000000002 / })).not.toBeChecked();
    expect(within(dialog).getByRole('button', { name: 'Cancel sharing with selected (0)' })).toHaveAttribute(
      'aria-disabled',
      'true',
    );
    await user.click(three);
    await user.click(within(dialog).getByRole('button', { name: 'Cancel sharing with selected (1)' }));

    await waitFor(() => expect(screen.queryByRole('dialog')).not.toBeInTheDocument());
    expect(toasts()).toHaveTextContent('Stopped sharing app-base-ubuntu2204 with 1 account.');
    await waitFor(() => expect(tr).toHaveTextContent('1 account'));
    expect(await rowAction(user, tr, 'Delete')).toHaveAccessibleDescription(
      'Cancel sharing with 1 account before deleting.',
    );
    expect(await recipientsOf('app-base-ubuntu2204')).toEqual(['100000000002']);
  });

  it('Select all cancels every share, and the image can then be deleted', async () => {
    const { user } = renderCustomImages();
    const tr = await row('app-base-ubuntu2204');
    await user.click(await rowAction(user, tr, 'Cancel sharing'));
    const dialog = await screen.findByRole('dialog', { name: 'Cancel sharing' });
    await user.click(await within(dialog).findByRole('button', { name: 'Select all' }));
    await user.click(within(dialog).getByRole('button', { name: 'Cancel sharing with selected (2)' }));
    await waitFor(() => expect(screen.queryByRole('dialog')).not.toBeInTheDocument());
    await waitFor(() => expect(tr).toHaveTextContent('Not shared'));
    expect(within(await rowMenu(user, tr)).queryByRole('menuitem', { name: 'Cancel sharing' })).not.toBeInTheDocument();
    expect(await rowAction(user, tr, 'Delete')).not.toHaveAttribute('aria-disabled');
  });
});
