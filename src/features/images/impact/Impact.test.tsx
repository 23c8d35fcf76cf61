// What a change to an image touches (issue 16), in the dialogs and on the details page, against the real resolvers.
import { screen, waitFor, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { testBackend, testClock } from '../../../mocks/node.ts';
import { imageById, imageNamed, ok, runParams } from '../../../test/api-calls.ts';
import { renderAt } from '../../../test/render.tsx';
import { names, openForSelected, openFromRow, POLLS, renderCustomImages, toasts } from '../../../test/images-page.tsx';
import { ImageDetailsPage } from '../ImageDetailsPage.tsx';
import { imagePath, routes } from '../../paths.ts';

const section = (within_: HTMLElement, name: string) => within(within_).findByRole('region', { name }, POLLS);

async function launchFrom(imageId: string, InstanceName: string): Promise<string> {
  const { InstanceIdSet } = await ok<{ InstanceIdSet: string[] }>('RunInstances', runParams(imageId, { InstanceName }));
  return InstanceIdSet[0]!;
}

describe('Delete image: what it touches', () => {
  it('names the instances launched from it, the accounts it is shared with, its copies and its snapshots', async () => {
    const image = await imageNamed('web-server-centos79');
    const copy = await imageNamed('web-server-centos79', { region: 'ap-shanghai' });
    const first = await launchFrom(image.ImageId, 'shop-web-a');
    const second = await launchFrom(image.ImageId, 'shop-web-b');
    const { user } = renderCustomImages();
    const dialog = await openForSelected(user, ['web-server-centos79'], 'Delete selected (1)', 'Delete image');

    const instances = await section(dialog, 'Instances launched from this image');
    const a = await within(instances).findByRole('link', { name: 'Guangzhou: shop-web-a' });
    expect(a).toHaveAttribute('href', `/instances?region=ap-guangzhou&instance=${first}`);
    expect(within(instances).getByRole('link', { name: 'Guangzhou: shop-web-b' })).toHaveAttribute(
      'href',
      `/instances?region=ap-guangzhou&instance=${second}`,
    );
    expect(instances).toHaveTextContent('Deleting the image does not touch them: they keep running.');

    const shared = await section(dialog, 'Shared with');
    expect(await within(shared).findByText('100000000002')).toBeInTheDocument();

    const copies = await section(dialog, 'Copies in other regions');
    expect(await within(copies).findByRole('link', { name: 'Shanghai: web-server-centos79' })).toHaveAttribute(
      'href',
      `/images/${copy.ImageId}?region=ap-shanghai`,
    );

    const snapshots = await section(dialog, 'Snapshots');
    const rows = within(
      within(snapshots).getByRole('table', { name: 'Snapshots of web-server-centos79' }),
    ).getAllByRole('row');
    expect(rows.slice(1).map((r) => r.textContent)).toEqual([
      `${image.SnapshotSet[0]!.SnapshotId}System disk50 GB¥6.00`,
    ]);
    expect(snapshots).not.toHaveTextContent('The snapshots cost');

    // Shared, so refused: the reason is said, and there is nothing to delete the snapshots with.
    expect(dialog).toHaveTextContent('Cancel sharing with 1 account before deleting.');
    expect(within(dialog).queryByRole('checkbox', { name: 'Also delete the snapshots' })).not.toBeInTheDocument();
  });

  it('says when nothing depends on it', async () => {
    const { user } = renderCustomImages();
    const dialog = await openFromRow(user, 'k8s-node-opencloudos9', 'Delete', 'Delete image');

    expect(
      await within(await section(dialog, 'Instances launched from this image')).findByText(
        'None of your instances was launched from it.',
      ),
    ).toBeInTheDocument();
    expect(
      await within(await section(dialog, 'Shared with')).findByText('Not shared with any account.'),
    ).toBeInTheDocument();
    expect(
      await within(await section(dialog, 'Copies in other regions')).findByText('No copies in other regions.'),
    ).toBeInTheDocument();
  });

  it('"Also delete the snapshots" deletes the image’s snapshots and only them', async () => {
    const image = await imageNamed('sql-server-2019-win');
    const mine = new Set(image.SnapshotSet.map((s) => s.SnapshotId));
    expect(mine.size).toBe(2);
    const before = testBackend.data().snapshots;
    const { user } = renderCustomImages();
    const dialog = await openFromRow(user, 'sql-server-2019-win', 'Delete', 'Delete image');
    await section(dialog, 'Snapshots');
    const box = await within(dialog).findByRole('checkbox', { name: 'Also delete the snapshots' });
    expect(box).not.toBeChecked();
    // 80 GB + 200 GB at ¥0.12 per GB-month.
    expect(box).toHaveAccessibleDescription(
      'Unless you delete them too, the snapshots stay and are billed: ¥33.60 a month.',
    );
    await user.click(box);
    expect(box).toHaveAccessibleDescription(
      'The snapshots are deleted with the image; instances launched from it keep their disks.',
    );
    await user.click(within(dialog).getByRole('button', { name: 'Delete image' }));
    await waitFor(() => expect(screen.queryByRole('dialog')).not.toBeInTheDocument());
    expect(toasts()).toHaveTextContent('Deleted sql-server-2019-win.');
    await waitFor(() => expect(names()).not.toContain('sql-server-2019-win'));
    expect(testBackend.data().snapshots.map((s) => s.SnapshotId)).toEqual(
      before.filter((s) => !mine.has(s.SnapshotId)).map((s) => s.SnapshotId),
    );
  });

  it('without the box, the snapshots stay after the image is gone', async () => {
    const image = await imageNamed('sql-server-2019-win');
    const { user } = renderCustomImages();
    const dialog = await openFromRow(user, 'sql-server-2019-win', 'Delete', 'Delete image');
    await section(dialog, 'Snapshots');
    expect(within(dialog).getByRole('checkbox', { name: 'Also delete the snapshots' })).not.toBeChecked();
    await user.click(within(dialog).getByRole('button', { name: 'Delete image' }));
    await waitFor(() => expect(screen.queryByRole('dialog')).not.toBeInTheDocument());
    expect(await imageById(image.ImageId)).toBeUndefined();
    expect(testBackend.data().snapshots.filter((s) => s.ImageId === image.ImageId)).toHaveLength(2);
  });
});

describe('Edit and Cancel sharing: what they touch', () => {
  it('Edit says the change stays in this region and names the copies that keep their names', async () => {
    const copy = await imageNamed('web-server-centos79', { region: 'ap-shanghai' });
    const { user } = renderCustomImages();
    const dialog = await openFromRow(user, 'web-server-centos79', 'Edit', 'Edit image');
    expect(dialog).toHaveTextContent('A new name or description changes this image in Guangzhou only.');
    expect(await within(dialog).findByRole('listitem')).toHaveTextContent(
      `Shanghai: web-server-centos79 ${copy.ImageId}`,
    );
    expect(dialog).toHaveTextContent('Its copies in other regions keep their names:');
  });

  it('Cancel sharing says which accounts lose the image and that their instances are out of reach', async () => {
    const { user } = renderCustomImages();
    const dialog = await openFromRow(user, 'app-base-ubuntu2204', 'Cancel sharing', 'Cancel sharing');
    expect(dialog).toHaveTextContent(
      'The instances they launched belong to their accounts: this console cannot see or stop them.',
    );
    await user.click(await within(dialog).findByRole('checkbox', { name: /100000000003/ }));
    expect(dialog).toHaveTextContent('Loses it: 100000000003');
  });
});

describe('Details page: Lineage', () => {
  const renderDetails = (imageId: string, region: string) =>
    renderAt(<ImageDetailsPage />, { url: imagePath(imageId, region), path: routes.image });

  async function copyOfACopy() {
    const original = await imageNamed('redis-cache-debian12');
    const sync = (ImageIds: string[], region: string, to: string) =>
      ok<{ ImageSet: { ImageId: string }[] }>(
        'SyncImages',
        { ImageIds, DestinationRegions: [to], ImageSetRequired: true },
        { region },
      );
    const middle = (await sync([original.ImageId], 'ap-guangzhou', 'ap-shanghai')).ImageSet[0]!.ImageId;
    testClock.advance(testBackend.durations.sync);
    const leaf = (await sync([middle], 'ap-shanghai', 'ap-beijing')).ImageSet[0]!.ImageId;
    testClock.advance(testBackend.durations.sync);
    return { original: original.ImageId, middle, leaf };
  }

  /**
   * The lineage in document order, each member as its label and how many members hang below it: a
   * chain original → copy → copy of a copy reads 2, 1, 0.
   */
  async function lineage(): Promise<string[]> {
    const region = await screen.findByRole('region', { name: 'Lineage' }, POLLS);
    await within(region).findByText('The original and every copy made from it or from its copies, in every region.');
    return within(region)
      .getAllByRole('listitem')
      .map((li) => {
        const label = /^(Original img-[a-z0-9]+ in [A-Z][a-z]+: deleted|.+? · [A-Z][a-z]+)/.exec(li.textContent)![1];
        return `${label} (${within(li).queryAllByRole('listitem').length})`;
      });
  }

  it('from the original: the copy and the copy of the copy, nested, each linked', async () => {
    const { middle, leaf } = await copyOfACopy();
    renderDetails((await imageNamed('redis-cache-debian12')).ImageId, 'ap-guangzhou');
    expect(await lineage()).toEqual([
      'redis-cache-debian12 · Guangzhou (2)',
      'redis-cache-debian12 · Shanghai (1)',
      'redis-cache-debian12 · Beijing (0)',
    ]);
    const region = screen.getByRole('region', { name: 'Lineage' });
    expect(within(region).getByRole('link', { name: 'redis-cache-debian12 · Shanghai' })).toHaveAttribute(
      'href',
      `/images/${middle}?region=ap-shanghai`,
    );
    expect(within(region).getByRole('link', { name: 'redis-cache-debian12 · Beijing' })).toHaveAttribute(
      'href',
      `/images/${leaf}?region=ap-beijing`,
    );
  });

  it('from the leaf: the same family, the original linked; and once the original is deleted, still there', async () => {
    const { original, leaf } = await copyOfACopy();
    const view = renderDetails(leaf, 'ap-beijing');
    expect(await lineage()).toEqual([
      'redis-cache-debian12 · Guangzhou (2)',
      'redis-cache-debian12 · Shanghai (1)',
      'redis-cache-debian12 · Beijing (0)',
    ]);
    const region = screen.getByRole('region', { name: 'Lineage' });
    expect(within(region).getByRole('link', { name: 'redis-cache-debian12 · Guangzhou' })).toHaveAttribute(
      'href',
      `/images/${original}?region=ap-guangzhou`,
    );
    expect(within(region).getByText('redis-cache-debian12 · Beijing')).toHaveAttribute('aria-current', 'page');
    view.unmount();

    await ok('DeleteImages', { ImageIds: [original] });
    renderDetails(leaf, 'ap-beijing');
    expect(await lineage()).toEqual([
      `Original ${original} in Guangzhou: deleted (2)`,
      'redis-cache-debian12 · Shanghai (1)',
      'redis-cache-debian12 · Beijing (0)',
    ]);
  });

  it('shows the instances launched from the image and its snapshots with what they cost', async () => {
    const image = await imageNamed('sql-server-2019-win');
    await launchFrom(image.ImageId, 'sql-a');
    renderDetails(image.ImageId, 'ap-guangzhou');
    const instances = await screen.findByRole('region', { name: 'Instances launched from this image' }, POLLS);
    expect(await within(instances).findByRole('link', { name: 'Guangzhou: sql-a' })).toBeInTheDocument();
    const snapshots = screen.getByRole('region', { name: 'Snapshots' });
    expect(snapshots).toHaveTextContent('The snapshots cost about ¥33.60 a month while they exist');
  });
});
