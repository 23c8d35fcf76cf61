// The details page of one image, against the real resolvers.
import { screen, waitFor, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { testBackend, testClock } from '../../mocks/node.ts';
import { imageNamed, ok } from '../../test/api-calls.ts';
import { failNextCall } from '../../test/api-error.ts';
import { renderAt } from '../../test/render.tsx';
import { ImageDetailsPage } from './ImageDetailsPage.tsx';
import { imagePath, imagesPath, routes } from '../paths.ts';
import { regions } from '../../rules/regions.ts';
import { countRequests } from '../../test/requests.ts';

function renderDetails(imageId: string, region = 'ap-guangzhou') {
  return renderAt(<ImageDetailsPage />, { url: imagePath(imageId, region), path: routes.image });
}

/** The value shown for a term of the details list (each term is followed by its one definition). */
function field(term: string) {
  const terms = screen.getAllByRole('term');
  const index = terms.findIndex((t) => t.textContent === term);
  if (index < 0) throw new Error(`no field ${term}`);
  return screen.getAllByRole('definition')[index]!;
}

/** The list item that holds this text. */
function itemWith(text: string) {
  const item = screen.getAllByRole('listitem').find((li) => within(li).queryByText(text));
  if (!item) throw new Error(`no list item with ${text}`);
  return item;
}

describe('Image details', () => {
  it('says an image is being copied to other regions, with progress, and refuses to change it meanwhile', async () => {
    const image = await imageNamed('redis-cache-debian12');
    await ok('SyncImages', { ImageIds: [image.ImageId], DestinationRegions: ['ap-nanjing'] });
    testClock.advance(testBackend.durations.sync / 4);
    renderDetails(image.ImageId);
    expect(await screen.findByRole('heading', { level: 1, name: 'redis-cache-debian12' })).toBeInTheDocument();
    expect(field('State')).toHaveTextContent('NormalBeing copied to 1 region25%');
    expect(screen.getByRole('progressbar', { name: 'Copying redis-cache-debian12 to Nanjing' })).toHaveValue(25);
    expect(screen.getByRole('button', { name: 'Delete' })).toHaveAccessibleDescription(
      'The image is being copied to 1 other region; it can be deleted once the copies are done.',
    );
  });

  it.each([
    [
      'en',
      ['State', 'Import failedVirtioNotInstall: the virtio driver is not installed in the image.'],
      ['Operating system', 'CentOS 7.6 64-bit (CentOS)'],
    ],
    [
      'zh-CN',
      ['状态', '导入失败VirtioNotInstall：镜像中未安装 virtio 驱动。'],
      ['操作系统', 'CentOS 7.6 64位（CentOS）'],
    ],
  ] as const)(
    'says why an import failed in the page’s language, its code kept, and the OS with its platform (%s)',
    async (locale, [stateTerm, state], [osTerm, os]) => {
      const image = await imageNamed('legacy-erp-import');
      renderAt(<ImageDetailsPage />, { url: imagePath(image.ImageId, 'ap-guangzhou'), path: routes.image, locale });
      expect(await screen.findByRole('heading', { level: 1, name: 'legacy-erp-import' })).toBeInTheDocument();
      expect(field(stateTerm)).toHaveTextContent(state);
      expect(field(osTerm)).toHaveTextContent(new RegExp(`^${os.replace(/[()]/g, '\\$&')}$`));
    },
  );

  it('shows every field of an own custom image, with its snapshots', async () => {
    const image = await imageNamed('sql-server-2019-win');
    renderDetails(image.ImageId);
    expect(await screen.findByRole('heading', { level: 1, name: 'sql-server-2019-win' })).toBeInTheDocument();
    expect(screen.getByText(`Custom image in Guangzhou ·`, { exact: false })).toHaveTextContent(image.ImageId);
    expect(field('State')).toHaveTextContent('Normal');
    expect(field('Operating system')).toHaveTextContent('Windows Server 2019 Datacenter 64-bit English (Windows)');
    expect(field('Architecture')).toHaveTextContent('64-bit x86');
    expect(field('Size')).toHaveTextContent('80 GB (the smallest system disk it fits on)');
    expect(field('Fee')).toHaveTextContent('Free');
    expect(field('Source')).toHaveTextContent('Created from instance');
    expect(field('Owner')).toHaveTextContent('100000000001');
    expect(field('Created')).toHaveTextContent('03 Feb 2025');
    expect(field('Description')).toHaveTextContent(
      'SQL Server 2019 Standard on Windows Server 2019, with its data disk.',
    );
    expect(field('Boot mode')).toHaveTextContent('Legacy BIOS');
    expect(field('Licence')).toHaveTextContent('Tencent Cloud');
    expect(field('cloud-init')).toHaveTextContent('Not supported');
    expect(field('Tags')).toHaveTextContent('env=prod');

    const snapshots = screen.getByRole('table', { name: 'Snapshots of sql-server-2019-win' });
    const rows = within(snapshots).getAllByRole('row').slice(1);
    expect(rows).toHaveLength(2);
    expect(rows[0]).toHaveTextContent(/snap-[a-z0-9]+System disk80 GB/);
    expect(rows[1]).toHaveTextContent(/snap-[a-z0-9]+Data disk200 GB/);

    expect(screen.getByRole('heading', { name: 'Shared with' })).toBeInTheDocument();
    expect(await screen.findByText('Not shared with any account.')).toBeInTheDocument();
    expect(screen.getByRole('heading', { name: 'Copies in other regions' })).toBeInTheDocument();
    expect(
      await screen.findByText('No copies. Use Copy to make this image available in other regions.'),
    ).toBeInTheDocument();
    expect(screen.getByRole('link', { name: 'Images' })).toHaveAttribute(
      'href',
      '/images?region=ap-guangzhou&tab=custom',
    );
  });

  it('lists the recipients with dates and the copies in other regions', async () => {
    const image = await imageNamed('web-server-centos79');
    const copy = await imageNamed('web-server-centos79', { region: 'ap-shanghai' });
    renderDetails(image.ImageId);
    expect(await screen.findByRole('heading', { level: 1, name: 'web-server-centos79' })).toBeInTheDocument();
    await screen.findByText('100000000002');
    expect(itemWith('100000000002')).toHaveTextContent('100000000002 since 10 Jan 2025');
    const copyLink = await screen.findByRole('link', { name: 'Shanghai: web-server-centos79' });
    expect(copyLink).toHaveAttribute('href', `/images/${copy.ImageId}?region=ap-shanghai`);
    expect(itemWith('Shanghai: web-server-centos79')).toHaveTextContent('Normal');
  });

  it('offers the actions the rules allow, with reasons for the refused ones', async () => {
    const image = await imageNamed('app-base-ubuntu2204');
    renderDetails(image.ImageId);
    await screen.findByRole('heading', { level: 1, name: 'app-base-ubuntu2204' });
    expect(screen.getByRole('link', { name: 'Launch instance' })).toHaveAttribute(
      'href',
      `/instances/create?region=ap-guangzhou&imageId=${image.ImageId}&step=image`,
    );
    for (const name of ['Share', 'Copy', 'Edit', 'Cancel sharing'])
      expect(screen.getByRole('button', { name })).not.toHaveAttribute('aria-disabled');
    expect(screen.getByRole('button', { name: 'Delete' })).toHaveAccessibleDescription(
      'Cancel sharing with 2 accounts before deleting.',
    );
  });

  it('cancel sharing from the details page updates the recipients', async () => {
    const image = await imageNamed('app-base-ubuntu2204');
    const { user } = renderDetails(image.ImageId);
    await screen.findByText('100000000003');
    await user.click(screen.getByRole('button', { name: 'Cancel sharing' }));
    const dialog = await screen.findByRole('dialog', { name: 'Cancel sharing' });
    await user.click(await within(dialog).findByRole('checkbox', { name: /^100000000003 / }));
    await user.click(within(dialog).getByRole('button', { name: 'Cancel sharing with selected (1)' }));
    await waitFor(() => expect(screen.queryByRole('dialog')).not.toBeInTheDocument());
    await waitFor(() => expect(screen.queryByText('100000000003')).not.toBeInTheDocument());
    expect(screen.getByText('100000000002')).toBeInTheDocument();
    expect(screen.getByRole('button', { name: 'Delete' })).toHaveAccessibleDescription(
      'Cancel sharing with 1 account before deleting.',
    );
  });

  it('shows a copy in progress with its percentage', async () => {
    const image = await imageNamed('redis-cache-debian12');
    await ok('SyncImages', { ImageIds: [image.ImageId], DestinationRegions: ['ap-beijing'] });
    testClock.advance(testBackend.durations.sync / 4);
    renderDetails(image.ImageId);
    await screen.findByRole('link', { name: 'Beijing: redis-cache-debian12' });
    const item = itemWith('Beijing: redis-cache-debian12');
    expect(item).toHaveTextContent('Copying');
    expect(item).toHaveTextContent('25%');
  });

  it('a shared image warns that it is not reviewed, and offers only Launch instance', async () => {
    const image = await imageNamed('partner-api-centos79');
    renderDetails(image.ImageId);
    expect(await screen.findByRole('heading', { level: 1, name: 'partner-api-centos79' })).toBeInTheDocument();
    expect(screen.getByRole('note')).toHaveTextContent('Shared by account 100000000002, not reviewed by the platform.');
    expect(field('Owner')).toHaveTextContent('100000000002');
    expect(screen.getByRole('link', { name: 'Launch instance' })).toBeInTheDocument();
    // Rename, copy, share and delete are not offered, or refused with the reason.
    for (const button of screen.queryAllByRole('button')) {
      expect(button).toHaveAttribute('aria-disabled', 'true');
      expect(button).toHaveAccessibleDescription(/shared with you/);
    }
    expect(screen.queryByRole('heading', { name: 'Shared with' })).not.toBeInTheDocument();
    expect(screen.queryByRole('heading', { name: 'Copies in other regions' })).not.toBeInTheDocument();
  });

  it('a public Windows image outside the mainland shows its licence fee', async () => {
    const image = await imageNamed('Windows Server 2022 Datacenter 64-bit English', { region: 'ap-singapore' });
    renderDetails(image.ImageId, 'ap-singapore');
    expect(await screen.findByRole('heading', { level: 1, name: image.ImageName })).toBeInTheDocument();
    expect(screen.getByText(/^Public image in Singapore/)).toBeInTheDocument();
    expect(field('Fee')).toHaveTextContent('$0.0083/vCPU/hour'); // ¥0.06, billed in US dollars
    expect(field('Owner')).toHaveTextContent('Tencent Cloud');
  });

  it('a marketplace image shows its vendor and software', async () => {
    const image = await imageNamed('Java 17 + Tomcat 10 on CentOS 7.9');
    renderDetails(image.ImageId);
    expect(await screen.findByRole('heading', { level: 1, name: image.ImageName })).toBeInTheDocument();
    expect(field('Fee')).toHaveTextContent('¥39.00/month');
    expect(field('Vendor')).toHaveTextContent(/\(audited\)/);
    expect(field('Pre-installed software').textContent).not.toBe('');
  });

  it('an image this account cannot see in the region says so', async () => {
    const image = await imageNamed('web-server-centos79');
    renderDetails(image.ImageId, 'ap-singapore');
    expect(await screen.findByRole('heading', { level: 1, name: 'Image not found' })).toBeInTheDocument();
    expect(
      screen.getByText(new RegExp(`There is no image ${image.ImageId} that this account can see in Singapore`)),
    ).toBeInTheDocument();
  });

  it('an API error shows the message and Try again', async () => {
    const image = await imageNamed('redis-cache-debian12');
    failNextCall({ Code: 'RequestLimitExceeded', Message: 'Too many requests; slow down.' }, 'r-1');
    const { user } = renderDetails(image.ImageId);
    const alert = await screen.findByRole('alert');
    expect(alert).toHaveTextContent('Too many requests; slow down.');
    await user.click(within(alert).getByRole('button', { name: 'Try again' }));
    expect(await screen.findByRole('heading', { level: 1, name: 'redis-cache-debian12' })).toBeInTheDocument();
  });
});

describe('an address without its region, or without an image ID', () => {
  const renderAtPath = (path: string) => renderAt(<ImageDetailsPage />, { url: path, path: routes.image });

  it('finds the image’s region: one call where the person last looked, then one per other region at once', async () => {
    const image = await imageNamed('payment-gateway-ubuntu2004', { region: 'ap-shanghai' });
    const asked = countRequests();
    const { router } = renderAtPath(`${routes.images}/${image.ImageId}`);
    expect(await screen.findByRole('heading', { level: 1, name: 'payment-gateway-ubuntu2004' })).toBeInTheDocument();
    expect(router.state.location.search).toBe('?region=ap-shanghai');
    expect(screen.getByText('Custom image in Shanghai ·', { exact: false })).toHaveTextContent(image.ImageId);
    // Guangzhou (the default region) alone, then every other region once; then the image itself.
    expect(asked.of('DescribeImages')).toBeGreaterThanOrEqual(regions.length + 1);
    asked.stop();
  });

  it('in the region the person last looked at, one call finds it', async () => {
    const image = await imageNamed('redis-cache-debian12');
    const asked = countRequests();
    const { router } = renderAtPath(`${routes.images}/${image.ImageId}`);
    expect(await screen.findByRole('heading', { level: 1, name: 'redis-cache-debian12' })).toBeInTheDocument();
    expect(router.state.location.search).toBe('?region=ap-guangzhou');
    // One to find it, then the page's own reads (the image, its recipients, its copies elsewhere).
    expect(asked.of('DescribeImages')).toBeLessThan(regions.length);
    asked.stop();
  });

  it('an image no region has is not found in any region, with a heading and the way back', async () => {
    renderAtPath(`${routes.images}/img-zzzzzzzz`);
    expect(await screen.findByRole('heading', { level: 1, name: 'Image not found' })).toBeInTheDocument();
    expect(screen.getByText(/This account sees no image img-zzzzzzzz in any region\./)).toBeInTheDocument();
    expect(screen.getByRole('link', { name: 'go back to the list' })).toHaveAttribute(
      'href',
      imagesPath({ region: 'ap-guangzhou' }),
    );
  });

  it('a malformed ID is said at once, with a heading and the way back, and asks nothing', async () => {
    const asked = countRequests();
    renderAtPath(`${routes.images}/not-an-id?region=ap-guangzhou`);
    expect(screen.getByRole('heading', { level: 1, name: 'Image not found' })).toBeInTheDocument();
    expect(screen.getByText(/“not-an-id” is not an image ID/)).toBeInTheDocument();
    expect(screen.getByRole('link', { name: 'go back to the list' })).toBeInTheDocument();
    expect(screen.queryByRole('button', { name: 'Try again' })).not.toBeInTheDocument();
    expect(asked.of('DescribeImages')).toBe(0);
    asked.stop();
  });
});
