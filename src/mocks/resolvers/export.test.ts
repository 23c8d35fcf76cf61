// ExportImages through msw/node: files named per disk, a task on the test clock during which the
// image is busy, the bucket rules, the task limit, DryRun, and each refusal leaving the store as it was.
import { describe, expect, it } from 'vitest';
import { EXPORT_TASK_LIMIT } from '../../rules/export.ts';
import type { Image } from '../../rules/images.ts';
import { testBackend, testClock } from '../node.ts';
import { A2, busySourceRefusals, imageById, imageNamed, ok, refused } from '../../test/api-calls.ts';
import type { Where } from '../../test/direct-call.ts';

type Exported = { TaskId: number; CosPaths: string[] };

const MY_BUCKET = 'images-1250000001';
const exportImages = (params: object, options: Where = {}) => ok<Exported>('ExportImages', params, options);

async function exportingRedis(): Promise<Image> {
  const source = await imageNamed('redis-cache-debian12');
  await exportImages({ ImageIds: [source.ImageId], BucketName: MY_BUCKET });
  testClock.advance(testBackend.durations.export * 0.4);
  return source;
}

describe('ExportImages', () => {
  it('writes one file per disk, named by prefix, image, disk and format, and answers a task', async () => {
    const partner = await imageNamed('partner-mysql-debian11', { account: A2 });
    expect(partner.SnapshotSet.map((s) => s.DiskUsage)).toEqual(['SYSTEM_DISK', 'DATA_DISK']);
    const res = await exportImages(
      {
        ImageIds: [partner.ImageId],
        BucketName: 'exports-1250000002',
        ExportFormat: 'VMDK',
        FileNamePrefixList: ['nightly/db'],
      },
      { account: A2 },
    );
    expect(Number.isInteger(res.TaskId)).toBe(true);
    const [system, data] = partner.SnapshotSet;
    expect(res.CosPaths).toEqual([
      `nightly/db_${partner.ImageId}_system_${system!.SnapshotId}.vmdk`,
      `nightly/db_${partner.ImageId}_data_${data!.SnapshotId}.vmdk`,
    ]);
  });

  it('exports several images in one task, the system disk only when asked, RAW by default', async () => {
    const redis = await imageNamed('redis-cache-debian12');
    const app = await imageNamed('app-base-ubuntu2204');
    const res = await exportImages({
      ImageIds: [redis.ImageId, app.ImageId],
      BucketName: MY_BUCKET,
      OnlyExportRootDisk: true,
    });
    expect(res.CosPaths).toEqual([
      `${redis.ImageId}_system_${redis.SnapshotSet[0]!.SnapshotId}.raw`,
      `${app.ImageId}_system_${app.SnapshotSet[0]!.SnapshotId}.raw`,
    ]);
    for (const image of [redis, app])
      expect((await imageById(image.ImageId))?.ExportingTo).toEqual([
        { TaskId: res.TaskId, BucketName: MY_BUCKET, ExportPercent: 0 },
      ]);
  });

  it('shows its progress to the owner on the clock, then is done; the image stays NORMAL throughout', async () => {
    const source = await exportingRedis();
    const seen = await imageById(source.ImageId);
    expect(seen).toMatchObject({ ImageState: 'NORMAL', CopyingTo: [] });
    expect(seen?.ExportingTo).toEqual([{ TaskId: expect.any(Number), BucketName: MY_BUCKET, ExportPercent: 40 }]);
    testClock.advance(testBackend.durations.export * 0.6);
    expect((await imageById(source.ImageId))?.ExportingTo).toEqual([]);
  });

  it('tells a recipient of a shared image nothing of its exports', async () => {
    const app = await imageNamed('app-base-ubuntu2204');
    expect(app.SharedAccountCount).toBe(2);
    await exportImages({ ImageIds: [app.ImageId], BucketName: MY_BUCKET });
    expect((await imageById(app.ImageId))?.ExportingTo).toHaveLength(1);
    const seenByRecipient = await imageById(app.ImageId, { account: A2 });
    expect(seenByRecipient?.ImageType).toBe('SHARED_IMAGE');
    expect(seenByRecipient).not.toHaveProperty('ExportingTo');
  });

  it('with DryRun, judges the request and changes nothing', async () => {
    const source = await imageNamed('redis-cache-debian12');
    const error = await refused('ExportImages', { ImageIds: [source.ImageId], BucketName: MY_BUCKET, DryRun: true });
    expect(error.Code).toBe('DryRunOperation');
    const refusedDry = await refused('ExportImages', {
      ImageIds: [source.ImageId],
      BucketName: 'exports-1250000002',
      DryRun: true,
    });
    expect(refusedDry.Code).toBe('InvalidParameterValue.InvalidBucketPermissionForExport');
  });

  it.each<[string, (image: Image) => object, string, string]>([
    ['no ImageIds', () => ({ BucketName: MY_BUCKET }), 'InvalidParameter.ImageIdsSnapshotIdsMustOne', 'ImageIds'],
    [
      'a Windows image',
      () => ({ ImageIds: ['WINDOWS'], BucketName: MY_BUCKET }),
      'UnsupportedOperation.WindowsImageExportUnsupported',
      'Windows images cannot be exported',
    ],
    [
      "another account's bucket",
      (image) => ({ ImageIds: [image.ImageId], BucketName: 'exports-1250000002' }),
      'InvalidParameterValue.InvalidBucketPermissionForExport',
      'belongs to another account',
    ],
    [
      'an own bucket in another region',
      (image) => ({ ImageIds: [image.ImageId], BucketName: 'backup-sh-1250000001' }),
      'InvalidParameterValue.BucketNotFound',
      'is in Shanghai; export to a bucket in Guangzhou',
    ],
    [
      'a bucket nobody has',
      (image) => ({ ImageIds: [image.ImageId], BucketName: 'nowhere-1250000001' }),
      'InvalidParameterValue.BucketNotFound',
      'does not exist',
    ],
    [
      'a prefix list that does not match the images',
      (image) => ({ ImageIds: [image.ImageId], BucketName: MY_BUCKET, FileNamePrefixList: ['a', 'b'] }),
      'InvalidParameterValue.InvalidFileNamePrefixList',
      '2 prefixes for 1 image',
    ],
    [
      'a role that cannot write',
      (image) => ({ ImageIds: [image.ImageId], BucketName: MY_BUCKET, RoleName: 'Other' }),
      'AuthFailure.CamRoleNameAuthenticateFailed',
      'Role "Other"',
    ],
  ])('refuses %s, changing nothing', async (_what, params, code, message) => {
    const redis = await imageNamed('redis-cache-debian12');
    const windows = await imageNamed('sql-server-2019-win');
    const request = JSON.parse(JSON.stringify(params(redis)).replace('WINDOWS', windows.ImageId)) as object;
    const error = await refused('ExportImages', request);
    expect(error.Code).toBe(code);
    expect(error.Message).toContain(message);
  });

  it('answers in Chinese when asked', async () => {
    const redis = await imageNamed('redis-cache-debian12');
    const error = await refused(
      'ExportImages',
      { ImageIds: [redis.ImageId], BucketName: 'nowhere-1250000001' },
      { language: 'zh-CN' },
    );
    expect(error.Message).toBe('存储桶“nowhere-1250000001”不存在。');
  });

  it(`allows ${EXPORT_TASK_LIMIT} tasks in flight in a region, then refuses until one is done`, async () => {
    // One task per call, each of another image: an image cannot be exported twice at once.
    const names = [
      'web-server-centos79',
      'app-base-ubuntu2204',
      'build-agent-tencentos-arm',
      'redis-cache-debian12',
      'k8s-node-opencloudos9',
    ];
    expect(names).toHaveLength(EXPORT_TASK_LIMIT);
    for (const name of names)
      await exportImages({ ImageIds: [(await imageNamed(name)).ImageId], BucketName: MY_BUCKET });
    const next = { ImageIds: [(await imageNamed('gitlab-runner-rocky9')).ImageId], BucketName: MY_BUCKET };
    const error = await refused('ExportImages', next);
    expect(error.Code).toBe('LimitExceeded.ExportImageTaskLimitExceeded');
    expect(error.Message).toContain(`You have ${EXPORT_TASK_LIMIT} export tasks running in this region`);
    // Another region has its own count.
    const shanghai = await imageNamed('web-server-centos79', { region: 'ap-shanghai' });
    await exportImages({ ImageIds: [shanghai.ImageId], BucketName: 'backup-sh-1250000001' }, { region: 'ap-shanghai' });
    testClock.advance(testBackend.durations.export);
    await exportImages(next);
  });
});

describe('an image being exported is busy, as the source of a copy is', () => {
  it.each(busySourceRefusals)('cannot be %s until the export is done', async (done, action, params, code) => {
    const source = await exportingRedis();
    const error = await refused(action, params(source.ImageId));
    expect(error.Code).toBe(code);
    expect(error.Message).toContain(
      `The image is being exported to object storage (1 task); it can be ${done} once the export is done.`,
    );
    testClock.advance(testBackend.durations.export * 0.6);
    await ok(action, params(source.ImageId));
  });

  it('can still be launched from', async () => {
    const source = await exportingRedis();
    await ok('InquiryPriceRunInstances', {
      Placement: { Zone: 'ap-guangzhou-3' },
      ImageId: source.ImageId,
      InstanceType: 'S5.MEDIUM4',
    });
  });
});
