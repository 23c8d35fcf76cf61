// The operations panel alone: operations recorded by the console, followed through the real resolvers.
import { screen, waitFor, within } from '@testing-library/react';
import { http } from 'msw';
import { afterEach, describe, expect, it } from 'vitest';
import { getAccount } from '../../api/session.ts';
import { answer } from '../../mocks/handlers.ts';
import { server, testBackend, testClock } from '../../mocks/node.ts';
import { CVM_API_PATH } from '../../rules/protocol.ts';
import { imageNamed, instanceNamed, listImages, ok } from '../../test/api-calls.ts';
import { countRequests, deferred } from '../../test/requests.ts';
import { POLLS } from '../../test/images-page.tsx';
import { renderAt } from '../../test/render.tsx';
import { clearOperations, recordOperations } from './operations-store.ts';
import { OperationsPanel } from './OperationsPanel.tsx';
import { imagesPath, routes } from '../paths.ts';

// The operations list is kept in memory as well as in localStorage: start each test with none.
afterEach(() => clearOperations(getAccount(), () => false));

const GZ = 'https://images-1250000000.cos.ap-guangzhou.myqcloud.com';

function renderPanel() {
  return renderAt(<OperationsPanel />, { url: imagesPath({ region: 'ap-guangzhou' }), path: routes.images });
}

async function startCreate(name: string) {
  const InstanceId = (await instanceNamed('web-01')).InstanceId;
  const { ImageId } = await ok<{ ImageId: string }>('CreateImage', { InstanceId, ImageName: name });
  recordOperations(getAccount(), [{ imageId: ImageId, region: 'ap-guangzhou', kind: 'create', name }]);
  return ImageId;
}

async function startImport(name: string, file: string) {
  const { ImageId } = await ok<{ ImageId: string }>('ImportImage', {
    ImageUrl: `${GZ}/${file}`,
    OsType: 'CentOS',
    OsVersion: '7',
    Architecture: 'x86_64',
    ImageName: name,
  });
  recordOperations(getAccount(), [{ imageId: ImageId, region: 'ap-guangzhou', kind: 'import', name }]);
  return ImageId;
}

describe('Operations panel', () => {
  it('opens from its button, says what it will show, and closes on Escape with focus back on the button', async () => {
    const { user } = renderPanel();
    const button = screen.getByRole('button', { name: 'Operations' });
    expect(button).toHaveAttribute('aria-expanded', 'false');
    await user.click(button);
    expect(button).toHaveAttribute('aria-expanded', 'true');
    const panel = screen.getByRole('region', { name: 'Operations' });
    expect(button).toHaveAttribute('aria-controls', panel.id);
    expect(panel).toHaveTextContent('Images you create, import, copy or export show here with their progress.');
    await user.keyboard('{Escape}');
    expect(screen.queryByRole('region', { name: 'Operations' })).not.toBeInTheDocument();
    expect(button).toHaveFocus();
    expect(button).toHaveAttribute('aria-expanded', 'false');
  });

  it('counts running operations on its button and follows a create to Normal, with a link to the image', async () => {
    const id = await startCreate('golden-web');
    const { user } = renderPanel();
    await user.click(await screen.findByRole('button', { name: 'Operations (1 running)' }));
    const panel = screen.getByRole('region', { name: 'Operations' });
    const item = within(panel).getByRole('listitem');
    expect(item).toHaveTextContent('Create golden-web in Guangzhou');
    expect(item).toHaveTextContent('Creating');
    expect(within(item).getByRole('progressbar', { name: 'Create golden-web in Guangzhou' })).toBeInTheDocument();
    expect(within(item).getByRole('link', { name: id })).toHaveAttribute('href', `/images/${id}?region=ap-guangzhou`);

    testClock.advance(testBackend.durations.create);
    await waitFor(() => expect(item).toHaveTextContent('Normal'), POLLS);
    expect(within(item).queryByRole('progressbar')).not.toBeInTheDocument();
    expect(screen.getByRole('button', { name: 'Operations' })).toBeInTheDocument();
  });

  it('shows a failed import with its reason', async () => {
    await startImport('broken-disk', 'no-partition.raw');
    const { user } = renderPanel();
    await user.click(await screen.findByRole('button', { name: 'Operations (1 running)' }));
    const item = within(screen.getByRole('region', { name: 'Operations' })).getByRole('listitem');
    expect(item).toHaveTextContent('Import broken-disk in Guangzhou');
    testClock.advance(testBackend.durations.import);
    await waitFor(() => expect(item).toHaveTextContent('Import failed'), POLLS);
    expect(item).toHaveTextContent('RootPartitionNotFound: no root partition was found in the image.');
  });

  it('shows Deleted for an image that no longer exists, and Clear finished keeps only what is running', async () => {
    const done = await startCreate('finished-one');
    testClock.advance(testBackend.durations.create);
    await ok('DeleteImages', { ImageIds: [done] });
    await startCreate('still-running');
    const { user } = renderPanel();
    await user.click(await screen.findByRole('button', { name: 'Operations (1 running)' }));
    const panel = screen.getByRole('region', { name: 'Operations' });
    await waitFor(() => expect(within(panel).getAllByRole('listitem')[1]).toHaveTextContent('Deleted'));
    expect(within(panel).getAllByRole('listitem')[0]).toHaveTextContent('Create still-running');

    await user.click(within(panel).getByRole('button', { name: 'Clear finished' }));
    const items = within(panel).getAllByRole('listitem');
    expect(items).toHaveLength(1);
    expect(items[0]).toHaveTextContent('Create still-running');
  });
});

describe('Retry of a failed destination', () => {
  const MY_BUCKET = 'images-1250000001';
  /** The panel's operations (an export's files are list items of their own, inside its item). */
  const operations = (panel: HTMLElement) =>
    within(panel)
      .getAllByRole('listitem')
      .filter((li) => /^(Create|Import|Copy|Export) /.test(li.textContent ?? ''));

  /** redis-cache-debian12 renamed with the sentinel: its first copy to each region, and its first export, fail. */
  async function flakyRedis() {
    const redis = await imageNamed('redis-cache-debian12');
    await ok('ModifyImageAttribute', { ImageId: redis.ImageId, ImageName: 'redis [flaky]' });
    return redis.ImageId;
  }

  async function startExport(imageId: string, name: string) {
    const res = await ok<{ TaskId: number; CosPaths: string[] }>('ExportImages', {
      ImageIds: [imageId],
      BucketName: MY_BUCKET,
    });
    recordOperations(getAccount(), [
      {
        imageId,
        region: 'ap-guangzhou',
        kind: 'export',
        name,
        export: { taskId: res.TaskId, bucket: MY_BUCKET, format: 'RAW', onlyRootDisk: false, files: res.CosPaths },
      },
    ]);
    return res;
  }

  it('sends a failed copy again to that region alone, and follows the new copy to Normal', async () => {
    const source = await flakyRedis();
    const { ImageSet } = await ok<{ ImageSet: { ImageId: string; Region: string }[] }>('SyncImages', {
      ImageIds: [source],
      DestinationRegions: ['ap-shanghai', 'ap-beijing'],
      ImageSetRequired: true,
    });
    recordOperations(
      getAccount(),
      ImageSet.map((c) => ({
        imageId: c.ImageId,
        region: c.Region,
        kind: 'copy' as const,
        name: 'redis [flaky]',
        from: { imageId: source, region: 'ap-guangzhou' },
      })),
    );
    testClock.advance(testBackend.durations.sync);
    const { user } = renderPanel();
    await user.click(await screen.findByRole('button', { name: 'Operations' }));
    const panel = screen.getByRole('region', { name: 'Operations' });
    const retryShanghai = await within(panel).findByRole('button', { name: 'Retry copy of redis [flaky] to Shanghai' });
    expect(within(panel).getByRole('button', { name: 'Retry copy of redis [flaky] to Beijing' })).toBeInTheDocument();
    const shanghai = () => operations(panel)[0]!;
    expect(shanghai()).toHaveTextContent('Creation failed');
    expect(shanghai()).toHaveTextContent('InternalError: the snapshot could not be copied to the destination region.');

    const requests = countRequests();
    await user.click(retryShanghai);
    await waitFor(() => expect(shanghai()).toHaveTextContent('Copying'), POLLS);
    requests.stop();
    expect([requests.of('DeleteImages'), requests.of('SyncImages')]).toEqual([1, 1]);
    const copies = await listImages({ region: 'ap-shanghai' }, 'PRIVATE_IMAGE');
    const retried = copies.find((i) => i.ImageName === 'redis [flaky]')!;
    expect(retried).toMatchObject({ ImageState: 'SYNCING', CopiedFrom: { ImageId: source, Region: 'ap-guangzhou' } });
    expect(within(shanghai()).getByRole('link', { name: retried.ImageId })).toBeInTheDocument();
    // Beijing was not sent again: its failed copy and its Retry are still there.
    expect(within(panel).getByRole('button', { name: 'Retry copy of redis [flaky] to Beijing' })).toBeInTheDocument();
    testClock.advance(testBackend.durations.sync);
    await waitFor(() => expect(shanghai()).toHaveTextContent('Normal'), POLLS);
    expect(within(shanghai()).queryByRole('button', { name: /^Retry/ })).not.toBeInTheDocument();
  });

  it('keeps a copy’s retry going when the panel sees the failed copy deleted before the new copy is answered', async () => {
    const source = await flakyRedis();
    const { ImageSet } = await ok<{ ImageSet: { ImageId: string; Region: string }[] }>('SyncImages', {
      ImageIds: [source],
      DestinationRegions: ['ap-beijing'],
      ImageSetRequired: true,
    });
    recordOperations(getAccount(), [
      {
        imageId: ImageSet[0]!.ImageId,
        region: 'ap-beijing',
        kind: 'copy',
        name: 'redis [flaky]',
        from: { imageId: source, region: 'ap-guangzhou' },
      },
    ]);
    testClock.advance(testBackend.durations.sync);
    // The retry's SyncImages is held until the panel has read the failed copy again, and found it gone.
    const gate = deferred();
    server.use(
      http.post(CVM_API_PATH, async ({ request }) => {
        if (request.headers.get('X-TC-Action') === 'SyncImages') await gate.promise;
        return answer(testBackend, request);
      }),
    );
    const { user } = renderPanel();
    await user.click(await screen.findByRole('button', { name: 'Operations' }));
    const panel = screen.getByRole('region', { name: 'Operations' });
    await user.click(await within(panel).findByRole('button', { name: 'Retry copy of redis [flaky] to Beijing' }));
    const item = () => operations(panel)[0]!;
    // The panel has read the failed copy again and found it gone: its link goes, and the row says
    // it is retrying, not "Deleted".
    await waitFor(() => expect(within(item()).queryByRole('link')).not.toBeInTheDocument(), POLLS);
    expect(item()).not.toHaveTextContent('Deleted');
    expect(within(item()).getByRole('button', { name: 'Retrying…' })).toHaveAttribute('aria-disabled', 'true');

    gate.resolve();
    await waitFor(() => expect(item()).toHaveTextContent('Copying'), POLLS);
    const copies = await listImages({ region: 'ap-beijing' }, 'PRIVATE_IMAGE');
    const retried = copies.find((i) => i.ImageName === 'redis [flaky]')!;
    expect(within(item()).getByRole('link', { name: retried.ImageId })).toBeInTheDocument();
    expect(within(item()).queryByRole('button', { name: /^Retry/ })).not.toBeInTheDocument();
  });

  it('sends a failed export again for that image, and follows it to Exported', async () => {
    const imageId = await flakyRedis();
    const first = await startExport(imageId, 'redis [flaky]');
    const { user } = renderPanel();
    await user.click(await screen.findByRole('button', { name: 'Operations (1 running)' }));
    const item = () => operations(screen.getByRole('region', { name: 'Operations' }))[0]!;
    testClock.advance(testBackend.durations.export / 2);
    await waitFor(() => expect(item()).toHaveTextContent('Export failed'), POLLS);
    expect(item()).toHaveTextContent('InternalError: the bucket refused a write halfway. Try again.');
    expect(within(item()).getByRole('list', { name: 'Files written' })).toHaveTextContent(first.CosPaths[0]!);

    await user.click(within(item()).getByRole('button', { name: `Retry export of redis [flaky] to ${MY_BUCKET}` }));
    await waitFor(() => expect(item()).toHaveTextContent('Exporting'), POLLS);
    testClock.advance(testBackend.durations.export);
    await waitFor(() => expect(item()).toHaveTextContent('Exported'), POLLS);
    expect(within(item()).queryByRole('button', { name: /^Retry/ })).not.toBeInTheDocument();
  });

  it('says an export, its failure and its Retry in Chinese sentences: the bucket named as one, the region after it', async () => {
    const imageId = await flakyRedis();
    await startExport(imageId, 'redis [flaky]');
    const { user } = renderAt(<OperationsPanel />, {
      url: imagesPath({ region: 'ap-guangzhou' }),
      path: routes.images,
      locale: 'zh-CN',
    });
    await user.click(await screen.findByRole('button', { name: '操作记录（1 个进行中）' }));
    const item = within(screen.getByRole('region', { name: '操作记录' })).getAllByRole('listitem')[0]!;
    expect(item).toHaveTextContent(`导出 redis [flaky] 到存储桶 ${MY_BUCKET}（广州）`);
    testClock.advance(testBackend.durations.export / 2);
    await waitFor(() => expect(item).toHaveTextContent('导出失败'), POLLS);
    expect(
      within(item).getByRole('button', { name: `重试导出 redis [flaky] 到存储桶 ${MY_BUCKET}` }),
    ).toBeInTheDocument();
  });

  it('says why a retry was refused, under its operation, and keeps Retry for later', async () => {
    const imageId = await flakyRedis();
    await startExport(imageId, 'redis [flaky]');
    testClock.advance(testBackend.durations.export / 2);
    // Five exports of other images now fill the region's task limit.
    for (const name of [
      'web-server-centos79',
      'app-base-ubuntu2204',
      'build-agent-tencentos-arm',
      'k8s-node-opencloudos9',
      'gitlab-runner-rocky9',
    ])
      await ok('ExportImages', { ImageIds: [(await imageNamed(name)).ImageId], BucketName: MY_BUCKET });
    const { user } = renderPanel();
    await user.click(await screen.findByRole('button', { name: 'Operations' }));
    const item = () => operations(screen.getByRole('region', { name: 'Operations' }))[0]!;
    const retry = await within(item()).findByRole('button', { name: `Retry export of redis [flaky] to ${MY_BUCKET}` });
    await user.click(retry);
    expect(await within(item()).findByRole('alert')).toHaveTextContent(
      'The retry was refused: You have 5 export tasks running in this region, the most there can be (5); try again once one is done.',
    );
    testClock.advance(testBackend.durations.export);
    await user.click(within(item()).getByRole('button', { name: `Retry export of redis [flaky] to ${MY_BUCKET}` }));
    await waitFor(() => expect(item()).toHaveTextContent('Exporting'), POLLS);
    expect(within(item()).queryByRole('alert')).not.toBeInTheDocument();
  });
});
