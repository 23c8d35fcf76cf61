// Copy image, opened from the images page, with the operations panel beside it, against the real resolvers.
import { screen, waitFor, within } from '@testing-library/react';
import type { UserEvent } from '@testing-library/user-event';
import { afterEach, describe, expect, it } from 'vitest';
import { getAccount } from '../../api/session.ts';
import { testBackend, testClock } from '../../mocks/node.ts';
import { instanceNamed, listImages, ok } from '../../test/api-calls.ts';
import { openForSelected, POLLS, renderCustomImages, row, rowAction, toasts } from '../../test/images-page.tsx';
import { clearOperations } from '../operations/operations-store.ts';
import { OperationsPanel } from '../operations/OperationsPanel.tsx';
import { imagesPath } from '../paths.ts';

// The operations list is kept in memory as well as in localStorage: start each test with none.
afterEach(() => clearOperations(getAccount(), () => false));

/** The custom images with the operations panel beside them, as the console shows them. */
const renderConsole = (region = 'ap-guangzhou') => renderCustomImages(region, <OperationsPanel />);

async function openCopy(user: UserEvent, image = 'web-server-centos79') {
  await user.click(await rowAction(user, await row(image), 'Copy'));
  return screen.findByRole('dialog', { name: 'Copy image' });
}

const region = (dialog: HTMLElement, city: string, id: string) =>
  within(dialog).getByRole('checkbox', { name: `${city} (${id})` });

describe('Copy image', () => {
  it('groups the regions and says that copying is free', async () => {
    const { user } = renderConsole();
    const dialog = await openCopy(user);
    expect(dialog).toHaveTextContent('Copy web-server-centos79');
    expect(dialog).toHaveTextContent('from Guangzhou to other regions. Copying is free of charge;');
    const groups = within(dialog).getAllByRole('group');
    expect(groups).toHaveLength(3);
    expect(groups[0]).toHaveAccessibleName('Chinese mainland');
    expect(groups[1]).toHaveAccessibleName('Finance regions');
    expect(groups[2]).toHaveAccessibleName('Outside the Chinese mainland');
    const labels = (group: HTMLElement) =>
      within(group)
        .getAllByRole('checkbox')
        .map((c) => c.id.replace(/^copy-/, ''));
    expect(labels(within(dialog).getByRole('group', { name: 'Chinese mainland' }))).toEqual([
      'ap-guangzhou',
      'ap-shanghai',
      'ap-nanjing',
      'ap-beijing',
      'ap-chengdu',
      'ap-chongqing',
    ]);
    expect(labels(within(dialog).getByRole('group', { name: 'Finance regions' }))).toEqual([
      'ap-shenzhen-fsi',
      'ap-shanghai-fsi',
    ]);
    expect(labels(within(dialog).getByRole('group', { name: 'Outside the Chinese mainland' }))).toHaveLength(10);
  });

  it('shows the source region disabled with the reason', async () => {
    const { user } = renderConsole();
    const dialog = await openCopy(user);
    const own = region(dialog, 'Guangzhou', 'ap-guangzhou');
    expect(own).toBeDisabled();
    expect(own).toHaveAccessibleDescription('This is the image’s own region; choose other regions to copy to.');
  });

  it('says once why the regions outside the mainland are closed: images cannot be copied from the Chinese mainland', async () => {
    const { user } = renderConsole();
    const dialog = await openCopy(user);
    const outside = within(dialog).getByRole('group', { name: 'Outside the Chinese mainland' });
    const reason = 'Images cannot be copied from the Chinese mainland to regions outside it.';
    for (const box of within(outside).getAllByRole('checkbox')) {
      expect(box).toBeDisabled();
      expect(box).toHaveAccessibleDescription(reason);
    }
    expect(within(outside).getAllByText(reason)).toHaveLength(1);
    expect(outside).not.toHaveTextContent('Hong Kong, outside the mainland');
  });

  it('says once why the finance regions are closed', async () => {
    const { user } = renderConsole();
    const dialog = await openCopy(user);
    const finance = within(dialog).getByRole('group', { name: 'Finance regions' });
    const reason = 'Only images in finance regions can be copied to finance regions.';
    const fsi = region(dialog, 'Shenzhen Finance', 'ap-shenzhen-fsi');
    expect(fsi).toBeDisabled();
    expect(fsi).toHaveAccessibleDescription(reason);
    expect(region(dialog, 'Shanghai Finance', 'ap-shanghai-fsi')).toBeDisabled();
    expect(within(finance).getAllByText(reason)).toHaveLength(1);
  });

  it('from outside the mainland, the mainland regions are the disabled ones', async () => {
    const { user } = renderConsole('ap-singapore');
    const dialog = await openCopy(user, 'overseas-web-ubuntu2204');
    expect(region(dialog, 'Guangzhou', 'ap-guangzhou')).toHaveAccessibleDescription(
      'Images cannot be copied from outside the Chinese mainland to regions in it.',
    );
    await waitFor(() => expect(region(dialog, 'Tokyo', 'ap-tokyo')).toBeEnabled());
  });

  it('shows a region whose quota is full disabled with the quota reason', async () => {
    const web02 = (await instanceNamed('web-02', { region: 'ap-shanghai' })).InstanceId;
    for (let i = 1; i <= 7; i++)
      await ok('CreateImage', { InstanceId: web02, ImageName: `sh-fill-${i}` }, { region: 'ap-shanghai' });
    const { user } = renderConsole();
    const dialog = await openCopy(user, 'redis-cache-debian12');
    const shanghai = region(dialog, 'Shanghai', 'ap-shanghai');
    await waitFor(() => expect(shanghai).toBeDisabled());
    expect(shanghai).toHaveAccessibleDescription('10 of 10 custom images used in Shanghai; delete one to make room.');
    expect(region(dialog, 'Nanjing', 'ap-nanjing')).toBeEnabled();
  });

  it('asks for a destination when none is chosen', async () => {
    const { user } = renderConsole();
    const dialog = await openCopy(user);
    await user.click(within(dialog).getByRole('button', { name: 'Copy' }));
    expect(within(dialog).getByText('Choose at least one destination region.')).toBeInTheDocument();
    expect(screen.getByRole('dialog', { name: 'Copy image' })).toBeInTheDocument();
  });

  it('a destination that already has an image of that name is disabled with the reason, and a new name frees it', async () => {
    const { user } = renderConsole();
    const dialog = await openCopy(user);
    const shanghai = region(dialog, 'Shanghai', 'ap-shanghai');
    await waitFor(() => expect(shanghai).toBeDisabled());
    expect(shanghai).toHaveAccessibleDescription(
      'You already have an image named "web-server-centos79" in Shanghai; give the copy another name.',
    );
    expect(region(dialog, 'Nanjing', 'ap-nanjing')).toBeEnabled();

    await user.type(
      within(dialog).getByRole('textbox', { name: 'Name of the copies (optional)' }),
      'web-server-centos79-v2',
    );
    await waitFor(() => expect(shanghai).toBeEnabled());
    expect(shanghai).not.toHaveAccessibleDescription();
    await user.click(shanghai);
    await user.click(within(dialog).getByRole('button', { name: 'Copy to 1 region' }));
    await waitFor(() => expect(screen.queryByRole('dialog')).not.toBeInTheDocument());
    const names = (await listImages({ region: 'ap-shanghai' }, 'PRIVATE_IMAGE')).map((i) => i.ImageName);
    expect(names).toContain('web-server-centos79-v2');
  });

  it('a destination chosen before a new name made it clash is unticked and left out of the request', async () => {
    const { user } = renderConsole();
    const dialog = await openCopy(user, 'redis-cache-debian12');
    const shanghai = region(dialog, 'Shanghai', 'ap-shanghai');
    await waitFor(() => expect(shanghai).toBeEnabled());
    await user.click(shanghai);
    await user.click(region(dialog, 'Beijing', 'ap-beijing'));
    expect(within(dialog).getByRole('button', { name: 'Copy to 2 regions' })).toBeInTheDocument();

    await user.type(
      within(dialog).getByRole('textbox', { name: 'Name of the copies (optional)' }),
      'payment-gateway-ubuntu2004',
    );
    await waitFor(() => expect(shanghai).toBeDisabled());
    expect(shanghai).not.toBeChecked();
    expect(shanghai).toHaveAccessibleDescription(
      'You already have an image named "payment-gateway-ubuntu2004" in Shanghai; give the copy another name.',
    );
    await user.click(within(dialog).getByRole('button', { name: 'Copy to 1 region' }));
    await waitFor(() => expect(screen.queryByRole('dialog')).not.toBeInTheDocument());
    expect(toasts()).toHaveTextContent('Copying redis-cache-debian12 to Beijing.');
    // Beijing holds the seeded app-base family, and now the one copy.
    expect((await listImages({ region: 'ap-beijing' }, 'PRIVATE_IMAGE')).map((i) => i.ImageName).sort()).toEqual([
      'app-base-2025.01',
      'app-base-2025.02',
      'app-base-2025.03',
      'payment-gateway-ubuntu2004',
    ]);
    expect((await listImages({ region: 'ap-shanghai' }, 'PRIVATE_IMAGE')).map((i) => i.ImageName).sort()).toEqual([
      'payment-gateway-ubuntu2004',
      'vmware-migrated-win2016',
      'web-server-centos79',
    ]);
  });

  it('a clash the dialog could not foresee is refused by the server, then that destination shows the reason', async () => {
    const { user } = renderConsole();
    const dialog = await openCopy(user, 'redis-cache-debian12');
    const nanjing = region(dialog, 'Nanjing', 'ap-nanjing');
    await waitFor(() => expect(nanjing).toBeEnabled());
    await user.click(nanjing);
    // Meanwhile (say, in another tab) an image of that name appears in Nanjing: a copy, finished
    // (while it is being made, its source is busy and refuses a second copy before any name clash).
    await ok('SyncImages', {
      ImageIds: [(await listImages({}, 'PRIVATE_IMAGE')).find((i) => i.ImageName === 'redis-cache-debian12')!.ImageId],
      DestinationRegions: ['ap-nanjing'],
    });
    testClock.advance(testBackend.durations.sync);
    await user.click(within(dialog).getByRole('button', { name: 'Copy to 1 region' }));
    const alert = await within(dialog).findByRole('alert');
    expect(alert).toHaveTextContent(
      'You already have an image named "redis-cache-debian12" in Nanjing; give the copy another name.',
    );
    expect(screen.getByRole('dialog', { name: 'Copy image' })).toBeInTheDocument();
    await waitFor(() => expect(nanjing).toBeDisabled());
    expect(nanjing).toHaveAccessibleDescription(
      'You already have an image named "redis-cache-debian12" in Nanjing; give the copy another name.',
    );
    expect((await listImages({ region: 'ap-nanjing' }, 'PRIVATE_IMAGE')).map((i) => i.ImageName)).toEqual([
      'redis-cache-debian12',
    ]);
  });

  it('copies to two regions, and the operations panel follows both to Normal', async () => {
    const { user } = renderConsole();
    const dialog = await openCopy(user);
    await user.click(region(dialog, 'Nanjing', 'ap-nanjing'));
    await user.click(region(dialog, 'Beijing', 'ap-beijing'));
    await user.click(within(dialog).getByRole('button', { name: 'Copy to 2 regions' }));

    await waitFor(() => expect(screen.queryByRole('dialog')).not.toBeInTheDocument());
    expect(toasts()).toHaveTextContent(
      'Copying web-server-centos79 to Nanjing, Beijing. Follow the progress under Operations.',
    );

    const opener = await screen.findByRole('button', { name: 'Operations (2 running)' });
    await user.click(opener);
    const panel = screen.getByRole('region', { name: 'Operations' });
    const items = within(panel).getAllByRole('listitem');
    expect(items).toHaveLength(2);
    expect(items[0]).toHaveTextContent(/^Copy web-server-centos79 Guangzhou → Nanjing/);
    expect(items[1]).toHaveTextContent(/^Copy web-server-centos79 Guangzhou → Beijing/);
    const toNanjing = await within(panel).findByRole('progressbar', { name: 'Copy web-server-centos79 to Nanjing' });
    expect(toNanjing).toHaveAttribute('value', '0');
    expect(within(panel).getByRole('progressbar', { name: 'Copy web-server-centos79 to Beijing' })).toBeInTheDocument();
    expect(items[0]).toHaveTextContent('Copying');

    testClock.advance(testBackend.durations.sync / 2);
    await waitFor(() => expect(items[0]).toHaveTextContent('50%'), POLLS);
    expect(within(panel).getByRole('progressbar', { name: 'Copy web-server-centos79 to Nanjing' })).toHaveAttribute(
      'value',
      '50',
    );

    testClock.advance(testBackend.durations.sync / 2);
    await waitFor(() => expect(within(panel).queryAllByRole('progressbar')).toHaveLength(0), POLLS);
    expect(items[0]).toHaveTextContent('Normal');
    expect(items[1]).toHaveTextContent('Normal');
    const copies = await listImages({ region: 'ap-nanjing' }, 'PRIVATE_IMAGE');
    expect(within(items[0]!).getByRole('link', { name: copies[0]!.ImageId })).toHaveAttribute(
      'href',
      `/images/${copies[0]!.ImageId}?region=ap-nanjing`,
    );
    expect(screen.getByRole('button', { name: 'Operations' })).toHaveAttribute('aria-expanded', 'true');
  });

  it('the destination region’s custom tab shows the copy as Copying with its percentage until it is Normal', async () => {
    const { user, router } = renderConsole();
    const dialog = await openCopy(user, 'sql-server-2019-win');
    await user.click(region(dialog, 'Chengdu', 'ap-chengdu'));
    await user.click(within(dialog).getByRole('button', { name: 'Copy to 1 region' }));
    await waitFor(() => expect(screen.queryByRole('dialog')).not.toBeInTheDocument());

    testClock.advance(testBackend.durations.sync / 5);
    await router.navigate(imagesPath({ region: 'ap-chengdu', tab: 'custom' }));
    // Until Chengdu's list has loaded, the table shows skeleton rows (never Guangzhou's).
    await screen.findByRole('table', { name: 'Custom images in Chengdu' });
    await waitFor(() => expect(screen.getByRole('tabpanel')).toHaveAttribute('aria-busy', 'false'));
    const tr = await row('sql-server-2019-win');
    expect(tr).toHaveTextContent('Copying');
    expect(tr).toHaveTextContent('20%');
    expect(tr).toHaveTextContent('Copied from Guangzhou');
    expect(within(tr).getByRole('progressbar', { name: 'Copying sql-server-2019-win' })).toHaveAttribute('value', '20');

    testClock.advance(testBackend.durations.sync);
    await waitFor(() => expect(within(tr).queryByRole('progressbar')).not.toBeInTheDocument(), POLLS);
    expect(tr).toHaveTextContent('Normal');
  });

  it('copies several selected images, one call per image', async () => {
    const { user } = renderConsole();
    const dialog = await openForSelected(
      user,
      ['redis-cache-debian12', 'gitlab-runner-rocky9'],
      'Copy selected (2)',
      'Copy image',
    );
    expect(dialog).toHaveTextContent('Copy 2 images from Guangzhou');
    expect(within(dialog).queryByRole('textbox', { name: 'Name of the copies (optional)' })).not.toBeInTheDocument();
    await user.click(region(dialog, 'Chongqing', 'ap-chongqing'));
    await user.click(within(dialog).getByRole('button', { name: 'Copy to 1 region' }));
    await waitFor(() => expect(screen.queryByRole('dialog')).not.toBeInTheDocument());
    expect(toasts()).toHaveTextContent('Copying 2 images to Chongqing.');
    const names = (await listImages({ region: 'ap-chongqing' }, 'PRIVATE_IMAGE')).map((i) => i.ImageName).sort();
    expect(names).toEqual(['gitlab-runner-rocky9', 'redis-cache-debian12']);
    expect(await screen.findByRole('button', { name: 'Operations (2 running)' })).toBeInTheDocument();
  });

  it('in a bulk copy, a region where one image’s name is taken still takes the others, and the dialog names the one left out', async () => {
    const { user } = renderConsole();
    const dialog = await openForSelected(
      user,
      ['web-server-centos79', 'redis-cache-debian12'],
      'Copy selected (2)',
      'Copy image',
    );
    const shanghai = region(dialog, 'Shanghai', 'ap-shanghai');
    await waitFor(() =>
      expect(shanghai).toHaveAccessibleDescription(
        'You already have an image named "web-server-centos79" in Shanghai; give the copy another name. The other image is copied there.',
      ),
    );
    expect(shanghai).toBeEnabled();
    await user.click(shanghai);
    await user.click(region(dialog, 'Chongqing', 'ap-chongqing'));
    expect(within(dialog).getByRole('list', { name: 'Left out of the copy' })).toHaveTextContent(
      'web-server-centos79 is not copied to Shanghai; the other images are.',
    );
    await user.click(within(dialog).getByRole('button', { name: 'Copy to 2 regions' }));
    await waitFor(() => expect(screen.queryByRole('dialog')).not.toBeInTheDocument());
    expect(toasts()).toHaveTextContent('Copying 2 images to Shanghai, Chongqing.');
    expect(toasts()).toHaveTextContent('web-server-centos79 is not copied to Shanghai; the other images are.');
    expect((await listImages({ region: 'ap-shanghai' }, 'PRIVATE_IMAGE')).map((i) => i.ImageName).sort()).toEqual([
      'payment-gateway-ubuntu2004',
      'redis-cache-debian12',
      'vmware-migrated-win2016',
      'web-server-centos79',
    ]);
    expect((await listImages({ region: 'ap-chongqing' }, 'PRIVATE_IMAGE')).map((i) => i.ImageName).sort()).toEqual([
      'redis-cache-debian12',
      'web-server-centos79',
    ]);
  });
});
