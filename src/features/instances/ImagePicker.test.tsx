// The picker that remembers: deprecated images left out unless asked, the family's latest image
// offered (DescribeImageFromFamily), Favourites kept per account across a reload, Recent filled by
// launches from this console.
import { act, screen, waitFor, within } from '@testing-library/react';
import type { UserEvent } from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import { setAccount } from '../../api/session.ts';
import { testBackend } from '../../mocks/node.ts';
import { A1, A2, imageNamed } from '../../test/api-calls.ts';
import { renderWizard } from '../../test/wizard.tsx';
import { recordLaunch } from '../picks/picks-store.ts';

const BEIJING = { region: 'ap-beijing', zone: 'ap-beijing-7', type: 'S5.MEDIUM4', step: 'image' };
const GUANGZHOU = { zone: 'ap-guangzhou-3', type: 'S5.MEDIUM4', step: 'image' };

/** The picker's row (list item) holding the radio of that name. */
function rowOf(container: HTMLElement, name: RegExp): HTMLElement {
  const row = within(container)
    .getAllByRole('listitem')
    .find((li) => within(li).queryByRole('radio', { name }));
  if (!row) throw new Error(`no row for ${String(name)}`);
  return row;
}

const TENCENTOS = /^TencentOS Server 4 64-bit img-/;
const favouriteOf = (container: HTMLElement) =>
  within(container).getByRole('button', { name: 'Favourite', description: TENCENTOS });

async function openTab(user: UserEvent, name: string) {
  await user.click(await screen.findByRole('tab', { name }));
  return screen.getByRole('tabpanel', { name });
}

describe('the image picker', () => {
  it('offers compatible images only and no deprecated ones by default; either can be asked for', async () => {
    const { user } = renderWizard(BEIJING);
    expect(await screen.findByRole('checkbox', { name: 'Compatible only' })).toBeChecked();
    const deprecated = screen.getByRole('checkbox', { name: 'Show deprecated images' });
    expect(deprecated).not.toBeChecked();
    const panel = await openTab(user, 'Custom images');
    await within(panel).findByRole('radio', { name: /^app-base-2025\.02 img-/ });
    expect(within(panel).queryByRole('radio', { name: /^app-base-2025\.03 img-/ })).not.toBeInTheDocument();

    await user.click(deprecated);
    const shown = await within(panel).findByRole('radio', { name: /^app-base-2025\.03 img-/ });
    expect(rowOf(panel, /^app-base-2025\.03 img-/)).toHaveTextContent('Deprecated');
    expect(shown).toBeEnabled();
  });

  it("offers each family's latest image that is not deprecated, and chooses it", async () => {
    const { user } = renderWizard(BEIJING);
    const panel = await openTab(user, 'Custom images');
    const families = await within(panel).findByRole('group', { name: 'Latest in family' });
    const v2 = await imageNamed('app-base-2025.02', { region: 'ap-beijing' });
    const latest = await within(families).findByRole('radio', {
      name: `Latest in app-base: app-base-2025.02 ${v2.ImageId}`,
    });
    expect(within(families).getAllByRole('radio')).toHaveLength(1);
    await user.click(latest);
    expect(await screen.findByRole('group', { name: 'Chosen image' })).toHaveTextContent('app-base-2025.02');
    expect(latest).toBeChecked();
  });

  it('keeps Favourites per account, across a reload, and only in this browser', async () => {
    const view = renderWizard(GUANGZHOU);
    const picker = await screen.findByRole('tabpanel', { name: 'Public images' });
    await within(picker).findByRole('radio', { name: TENCENTOS });
    const toggle = favouriteOf(picker);
    expect(toggle).toHaveAttribute('aria-pressed', 'false');
    await view.user.click(toggle);
    expect(toggle).toHaveAttribute('aria-pressed', 'true');
    view.unmount();

    // A reload: a new page reads what this browser kept.
    const { user } = renderWizard(GUANGZHOU);
    let panel = await openTab(user, 'Favourites');
    expect(
      within(panel).getByText('Kept in this browser, for this account only; never sent to a server.'),
    ).toBeInTheDocument();
    await within(panel).findByRole('radio', { name: TENCENTOS });
    expect(within(panel).getAllByRole('radio')).toHaveLength(1);
    expect(favouriteOf(panel)).toHaveAttribute('aria-pressed', 'true');

    // Another account has its own (empty) list; the first account's comes back with it.
    act(() => setAccount(A2));
    panel = screen.getByRole('tabpanel', { name: 'Favourites' });
    expect(
      await within(panel).findByText(
        'No favourite images in Guangzhou yet. Mark an image Favourite on the other tabs to find it here.',
      ),
    ).toBeInTheDocument();
    act(() => setAccount(A1));
    await within(panel).findByRole('radio', { name: TENCENTOS });

    // Unmarked, it leaves the list.
    await user.click(favouriteOf(panel));
    await waitFor(() => expect(within(panel).queryByRole('radio')).not.toBeInTheDocument());
  });

  it('lists under Recent the images instances were launched from with this console, newest first', async () => {
    const redis = await imageNamed('redis-cache-debian12');
    const web = await imageNamed('web-server-centos79');
    recordLaunch(A1, redis.ImageId, 'ap-guangzhou');
    recordLaunch(A1, web.ImageId, 'ap-guangzhou');
    recordLaunch(A1, redis.ImageId, 'ap-guangzhou');
    recordLaunch(A2, web.ImageId, 'ap-shanghai');
    const { user } = renderWizard(GUANGZHOU);
    const panel = await openTab(user, 'Recent');
    await within(panel).findByRole('radio', { name: /^redis-cache-debian12 img-/ });
    expect(
      within(panel)
        .getAllByRole('radio')
        .map((r) => r.getAttribute('value')),
    ).toEqual([redis.ImageId, web.ImageId]);
    await user.type(within(panel).getByRole('searchbox', { name: 'Search images' }), 'redis');
    await waitFor(() => expect(within(panel).getAllByRole('radio')).toHaveLength(1));
  });

  it('says Recent is empty until an instance is launched here', async () => {
    const { user } = renderWizard(GUANGZHOU);
    const panel = await openTab(user, 'Recent');
    expect(
      within(panel).getByText(
        'No instance launched from this console in Guangzhou yet: the images you launch from show here.',
      ),
    ).toBeInTheDocument();
  });
});

describe('the image picker in a region of more than 100 custom images', () => {
  it('offers the family of an image listed after the first 100 (the families are read page by page)', async () => {
    const data = testBackend.data();
    const web = data.images.find((i) => i.OwnerId === A1 && i.ImageName === 'web-server-centos79')!;
    const filler = (n: number) => ({
      ...web,
      ImageId: `img-fill${String(n).padStart(4, '0')}`,
      ImageName: `filler-${n}`,
      ImageFamily: '',
      SnapshotSet: [],
      Tags: [],
    });
    const fillers = Array.from({ length: 110 }, (_, n) => filler(n));
    // Listed after the seed's images and the 110 fillers: on the second page of 100.
    const late = { ...filler(999), ImageName: 'nightly-build-0999', ImageFamily: 'nightly-build' };
    testBackend.replace({ ...data, images: [...data.images, ...fillers, late] });

    const { user } = renderWizard(GUANGZHOU);
    const panel = await openTab(user, 'Custom images');
    const families = await within(panel).findByRole('group', { name: 'Latest in family' });
    await within(families).findByRole('radio', { name: `Latest in nightly-build: nightly-build-0999 ${late.ImageId}` });
    expect(within(families).getByRole('radio', { name: /^Latest in web-tier: / })).toBeInTheDocument();
    // The seed's one family among the images shared with this account.
    expect(
      within(families).getByRole('radio', { name: /^Latest in partner-api: partner-api-centos79 / }),
    ).toBeInTheDocument();
    expect(within(families).getAllByRole('radio')).toHaveLength(3);
  });
});
