// Export image, opened from a row's More actions, with the operations panel beside it, against the
// real resolvers: the documented refusals said before any request in the API's own words (both
// languages), the dialog's checks, an export followed file by file, and the typed bucket of the
// real contract (no bucket listing there).
import { screen, waitFor, within } from '@testing-library/react';
import { afterEach, describe, expect, it } from 'vitest';
import { getAccount } from '../../api/session.ts';
import { cvmHandlers } from '../../mocks/handlers.ts';
import { createTestBackend, server, testBackend, testClock } from '../../mocks/node.ts';
import { imageNamed, ok, refused } from '../../test/api-calls.ts';
import { POLLS, renderCustomImages, renderImagesPage, row, rowAction, toasts } from '../../test/images-page.tsx';
import { countRequests } from '../../test/requests.ts';
import { clearOperations } from '../operations/operations-store.ts';
import { OperationsPanel } from '../operations/OperationsPanel.tsx';

afterEach(() => clearOperations(getAccount(), () => false));

const MY_BUCKET = 'images-1250000001';

async function openExport(user: Parameters<typeof rowAction>[0], image: string) {
  await user.click(await rowAction(user, await row(image), 'Export'));
  return screen.findByRole('dialog', { name: 'Export image' });
}

describe('Export image: the refusals, before any request, in the words of the API', () => {
  it.each([
    ['a Windows image', 'sql-server-2019-win', 'ap-guangzhou', 'custom'],
    ['an encrypted image', 'payment-gateway-ubuntu2004', 'ap-shanghai', 'custom'],
    ['an image made from a marketplace image', 'overseas-web-ubuntu2204', 'ap-singapore', 'custom'],
    ['an image whose import failed', 'legacy-erp-import', 'ap-guangzhou', 'custom'],
    ['an image shared with you', 'partner-api-centos79', 'ap-guangzhou', 'shared'],
    ['a Red Hat image', 'erp-rhel7-import', 'ap-seoul', 'custom'],
    ['an image whose system disk is over 500 GB', 'warehouse-db-centos79', 'ap-seoul', 'custom'],
  ])('%s: Export is refused with the API’s message, in English and Chinese', async (_what, name, region, tab) => {
    const image = await imageNamed(name, { region });
    const request = { ImageIds: [image.ImageId], BucketName: MY_BUCKET };
    for (const locale of ['en', 'zh-CN'] as const) {
      const api = await refused('ExportImages', request, { region, language: locale === 'en' ? 'en-US' : 'zh-CN' });
      const { user, unmount } = renderImagesPage(new URLSearchParams({ region, tab }).toString(), undefined, locale);
      const tr = await row(name);
      const more = locale === 'en' ? 'More actions' : '更多操作';
      await user.click(within(tr).getByRole('button', { name: more }));
      const item = within(tr).getByRole('menuitem', { name: locale === 'en' ? 'Export' : '导出' });
      expect(item).toHaveAttribute('aria-disabled', 'true');
      expect(item).toHaveAccessibleDescription(api.Message);
      unmount();
    }
  });

  it('an image being exported: Export waits for it, saying so as the API does', async () => {
    const redis = await imageNamed('redis-cache-debian12');
    await ok('ExportImages', { ImageIds: [redis.ImageId], BucketName: MY_BUCKET });
    const api = await refused('ExportImages', { ImageIds: [redis.ImageId], BucketName: MY_BUCKET });
    const { user } = renderCustomImages();
    const item = await rowAction(user, await row('redis-cache-debian12'), 'Export');
    expect(item).toHaveAttribute('aria-disabled', 'true');
    expect(item).toHaveAccessibleDescription(api.Message);
  });
});

describe('Export image: what a whole-machine export refuses, said in the dialog', () => {
  const SEOUL_BUCKET = 'exports-seoul-1250000001';
  const words = {
    en: {
      more: 'More actions',
      export: 'Export',
      dialog: 'Export image',
      onlyRoot: 'Export the system disk only',
      files: 'Files written',
    },
    'zh-CN': { more: '更多操作', export: '导出', dialog: '导出镜像', onlyRoot: '仅导出系统盘', files: '导出的文件' },
  } as const;

  it.each([
    [
      'more than 5 data disks',
      'analytics-six-disks-ubuntu2204',
      'InvalidParameterValue.LimitExceeded',
      'The image has 6 data disks; a whole-machine export takes at most 5. Export the system disk only.',
    ],
    [
      'a data disk over 500 GB',
      'media-archive-debian12',
      'UnsupportedOperation.ImageTooLargeExportUnsupported',
      'GB; each disk exported must be at most 500 GB.',
    ],
  ])('%s: Export waits for "system disk only", with the API’s message', async (_what, name, code, english) => {
    const region = 'ap-seoul';
    const image = await imageNamed(name, { region });
    for (const locale of ['en', 'zh-CN'] as const) {
      const w = words[locale];
      const api = await refused(
        'ExportImages',
        { ImageIds: [image.ImageId], BucketName: SEOUL_BUCKET },
        { region, language: locale === 'en' ? 'en-US' : 'zh-CN' },
      );
      expect(api.Code).toBe(code);
      if (locale === 'en') expect(api.Message).toContain(english);
      const { user, unmount } = renderImagesPage(
        new URLSearchParams({ region, tab: 'custom' }).toString(),
        undefined,
        locale,
      );
      const tr = await row(name);
      await user.click(within(tr).getByRole('button', { name: w.more }));
      // The system disk alone can go: Export is offered.
      const item = within(tr).getByRole('menuitem', { name: w.export });
      expect(item).not.toHaveAttribute('aria-disabled');
      await user.click(item);
      const dialog = await screen.findByRole('dialog', { name: w.dialog });
      expect(await within(dialog).findByRole('alert')).toHaveTextContent(api.Message);
      const submit = within(dialog).getByRole('button', { name: w.export });
      expect(submit).toHaveAttribute('aria-disabled', 'true');

      await user.click(within(dialog).getByRole('checkbox', { name: w.onlyRoot }));
      expect(within(dialog).queryByRole('alert')).not.toBeInTheDocument();
      expect(submit).not.toHaveAttribute('aria-disabled');
      expect(within(within(dialog).getByRole('region', { name: w.files })).getAllByRole('listitem')).toHaveLength(1);
      unmount();
    }
  });
});

describe('Export image: the region’s export task limit, before the request', () => {
  const OTHERS = [
    'web-server-centos79',
    'app-base-ubuntu2204',
    'build-agent-tencentos-arm',
    'k8s-node-opencloudos9',
    'gitlab-runner-rocky9',
  ];
  const exportAll = async (names: string[]) => {
    for (const name of names)
      await ok('ExportImages', { ImageIds: [(await imageNamed(name)).ImageId], BucketName: MY_BUCKET });
  };

  it('says how many exports run and the most there can be, in English and Chinese', async () => {
    await exportAll(OTHERS.slice(0, 3));
    const { user, unmount } = renderCustomImages();
    const dialog = await openExport(user, 'redis-cache-debian12');
    expect(
      await within(dialog).findByText('3 export tasks of yours running in Guangzhou; at most 5 can run at a time.'),
    ).toBeInTheDocument();
    expect(within(dialog).getByRole('button', { name: 'Export' })).not.toHaveAttribute('aria-disabled');
    unmount();

    const view = renderImagesPage('region=ap-guangzhou&tab=custom', undefined, 'zh-CN');
    await view.user.click(within(await row('redis-cache-debian12')).getByRole('button', { name: '更多操作' }));
    await view.user.click(screen.getByRole('menuitem', { name: '导出' }));
    const zhDialog = await screen.findByRole('dialog', { name: '导出镜像' });
    expect(
      await within(zhDialog).findByText('您在广州已有 3 个导出任务在进行，最多可同时进行 5 个。'),
    ).toBeInTheDocument();
  });

  it('at the limit, refuses with the API’s message and sends nothing; once one is done, Export is offered again', async () => {
    await exportAll(OTHERS);
    const redis = await imageNamed('redis-cache-debian12');
    const api = await refused('ExportImages', { ImageIds: [redis.ImageId], BucketName: MY_BUCKET });
    expect(api.Code).toBe('LimitExceeded.ExportImageTaskLimitExceeded');
    const { user } = renderCustomImages();
    const dialog = await openExport(user, 'redis-cache-debian12');
    expect(await within(dialog).findByRole('alert')).toHaveTextContent(api.Message);
    expect(api.Message).toBe(
      'You have 5 export tasks running in this region, the most there can be (5); try again once one is done.',
    );
    const submit = within(dialog).getByRole('button', { name: 'Export' });
    expect(submit).toHaveAttribute('aria-disabled', 'true');
    await user.selectOptions(await within(dialog).findByRole('combobox', { name: 'Bucket' }), MY_BUCKET);
    await user.click(within(dialog).getByRole('checkbox', { name: 'Authorize CVM to access my COS bucket' }));
    const requests = countRequests();
    await user.click(submit);
    expect(requests.of('ExportImages')).toBe(0);
    requests.stop();

    testClock.advance(testBackend.durations.export);
    await waitFor(() => expect(within(dialog).queryByRole('alert')).not.toBeInTheDocument(), POLLS);
    expect(submit).not.toHaveAttribute('aria-disabled');
  });
});

describe('Export image', () => {
  it('offers the buckets of the image’s region, names each file, and sends nothing until the form holds', async () => {
    const { user } = renderCustomImages('ap-guangzhou', <OperationsPanel />);
    const dialog = await openExport(user, 'redis-cache-debian12');
    const redis = await imageNamed('redis-cache-debian12');
    const snapshot = redis.SnapshotSet[0]!.SnapshotId;
    expect(dialog).toHaveTextContent(`Write the disks of redis-cache-debian12 ${redis.ImageId} to an object storage`);
    const bucket = await within(dialog).findByRole('combobox', { name: 'Bucket' });
    await waitFor(() => expect(within(bucket).getAllByRole('option')).toHaveLength(2));
    expect(
      within(bucket)
        .getAllByRole('option')
        .map((o) => o.textContent),
    ).toEqual(['Choose a bucket', MY_BUCKET]);
    const files = within(dialog).getByRole('region', { name: 'Files written' });
    expect(files).toHaveTextContent(`System disk, 20 GB ${redis.ImageId}_system_${snapshot}.raw`);

    const requests = countRequests();
    await user.click(within(dialog).getByRole('button', { name: 'Export' }));
    expect(bucket).toHaveAccessibleDescription(expect.stringContaining('Give the bucket to export to.'));
    const consent = within(dialog).getByRole('checkbox', { name: 'Authorize CVM to access my COS bucket' });
    expect(consent).toHaveAccessibleDescription(
      expect.stringContaining('Authorize CVM to write to the bucket, or the files cannot be written.'),
    );
    const prefix = within(dialog).getByRole('textbox', { name: 'File name prefix (optional)' });
    await user.type(prefix, '../up');
    expect(prefix).toHaveAccessibleDescription(expect.stringContaining('File name prefix "../up" must be 1 to 60'));
    expect(files).not.toHaveTextContent('../up');
    // A pasted prefix far too long is said with its length, not quoted back; the box keeps it.
    await user.clear(prefix);
    await user.click(prefix);
    await user.paste('b'.repeat(10_000));
    expect(prefix).toHaveAccessibleDescription(
      expect.stringContaining('File name prefix must be at most 60 characters (it has 10000).'),
    );
    expect(prefix).toHaveValue('b'.repeat(10_000));
    expect(files).toHaveTextContent(`System disk, 20 GB ${redis.ImageId}_system_${snapshot}.raw`);
    expect(requests.of('ExportImages')).toBe(0);

    await user.clear(prefix);
    await user.type(prefix, 'nightly/redis');
    await user.selectOptions(bucket, MY_BUCKET);
    await user.selectOptions(within(dialog).getByRole('combobox', { name: 'Format' }), 'QCOW2');
    const file = `nightly/redis_${redis.ImageId}_system_${snapshot}.qcow2`;
    expect(files).toHaveTextContent(file);
    await user.click(consent);
    await user.click(within(dialog).getByRole('button', { name: 'Export' }));
    await waitFor(() => expect(screen.queryByRole('dialog')).not.toBeInTheDocument());
    expect(requests.of('ExportImages')).toBe(1);
    requests.stop();
    expect(toasts()).toHaveTextContent(`Export of redis-cache-debian12 started: 1 file to ${MY_BUCKET}.`);

    // The operations panel follows it file by file, then names what was written.
    await user.click(await screen.findByRole('button', { name: 'Operations (1 running)' }));
    const item = within(screen.getByRole('region', { name: 'Operations' })).getAllByRole('listitem')[0]!;
    expect(item).toHaveTextContent(`Export redis-cache-debian12 to bucket ${MY_BUCKET} in Guangzhou`);
    expect(item).toHaveTextContent('Exporting');
    expect(within(item).getByRole('progressbar', { name: `Export redis-cache-debian12: ${file}` })).toBeInTheDocument();
    testClock.advance(testBackend.durations.export);
    await waitFor(() => expect(item).toHaveTextContent('Exported'), POLLS);
    expect(within(item).queryByRole('progressbar')).not.toBeInTheDocument();
    expect(within(item).getByRole('list', { name: 'Files written' })).toHaveTextContent(file);
    expect(toasts()).toHaveTextContent(`redis-cache-debian12 is exported to ${MY_BUCKET}.`);
  });
});

describe('Export image on the real contract (no bucket listing)', () => {
  const strict = createTestBackend({ contract: 'strict' });

  it('takes a typed bucket name, and shows the API’s refusal of it', async () => {
    strict.reset();
    server.use(...cvmHandlers(strict));
    const { user } = renderCustomImages();
    const dialog = await openExport(user, 'redis-cache-debian12');
    const bucket = await within(dialog).findByRole('textbox', { name: 'Bucket' });
    expect(bucket).toHaveAccessibleDescription(
      expect.stringContaining('The name of a bucket of yours in Guangzhou, such as images-1250000000.'),
    );
    await user.type(bucket, 'backup-sh-1250000001');
    await user.click(within(dialog).getByRole('checkbox', { name: 'Authorize CVM to access my COS bucket' }));
    await user.click(within(dialog).getByRole('button', { name: 'Export' }));
    // The real contract names no field in its errors: the refusal is the form's.
    expect(await within(dialog).findByRole('alert')).toHaveTextContent(
      'Bucket "backup-sh-1250000001" is in Shanghai; export to a bucket in Guangzhou, the image’s region.',
    );
    await user.clear(bucket);
    await user.type(bucket, MY_BUCKET);
    await user.click(within(dialog).getByRole('button', { name: 'Export' }));
    await waitFor(() => expect(screen.queryByRole('dialog')).not.toBeInTheDocument());
    expect(strict.data().images.find((i) => i.ImageName === 'redis-cache-debian12')?.Export?.BucketName).toBe(
      MY_BUCKET,
    );
  });
});
