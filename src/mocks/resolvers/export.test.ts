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

  it.each([
    [
      'an encrypted image',
      'payment-gateway-ubuntu2004',
      'ap-shanghai',
      'backup-sh-1250000001',
      'UnsupportedOperation.EncryptedImagesNotSupported',
      'Encrypted images cannot be exported.',
      '加密镜像不支持导出。',
    ],
    [
      'an image made from a marketplace image',
      'overseas-web-ubuntu2204',
      'ap-singapore',
      'nowhere-1250000001',
      'UnsupportedOperation.MarketImageExportUnsupported',
      'This image was made from a marketplace image, and images made from marketplace images cannot be exported.',
      '该镜像由市场镜像创建，由市场镜像创建的镜像不支持导出。',
    ],
  ])('refuses %s, in both languages', async (_what, name, region, bucket, code, english, chinese) => {
    const image = await imageNamed(name, { region });
    const request = { ImageIds: [image.ImageId], BucketName: bucket };
    for (const [language, message] of [
      ['en-US', english],
      ['zh-CN', chinese],
    ] as const) {
      const error = await refused('ExportImages', request, { region, language });
      expect(error).toMatchObject({ Code: code, Message: message });
    }
    expect((await imageById(image.ImageId, { region }))?.LatestExport).toBeNull();
  });

  it('marks an image made from a marketplace image’s instance, and refuses to export it', async () => {
    const market = (
      await ok<{ ImageSet: Image[] }>('DescribeImages', { Filters: [{ Name: 'image-type', Values: ['MARKET_IMAGE'] }] })
    ).ImageSet.find((i) => i.Architecture === 'x86_64' && i.Platform !== 'Windows')!;
    const { InstanceIdSet } = await ok<{ InstanceIdSet: string[] }>('RunInstances', {
      Placement: { Zone: 'ap-guangzhou-3' },
      ImageId: market.ImageId,
      InstanceType: 'S5.MEDIUM4',
    });
    testClock.advance(60_000);
    const { ImageId } = await ok<{ ImageId: string }>('CreateImage', {
      InstanceId: InstanceIdSet[0],
      ImageName: 'from-the-marketplace',
    });
    testClock.advance(testBackend.durations.create);
    expect(await imageById(ImageId)).toMatchObject({ ImageState: 'NORMAL', MarketDerived: true });
    const error = await refused('ExportImages', { ImageIds: [ImageId], BucketName: MY_BUCKET });
    expect(error.Code).toBe('UnsupportedOperation.MarketImageExportUnsupported');
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

describe('an export’s files and outcome (LatestExport)', () => {
  it('writes the files one after another, each its disk’s share of the time, then says EXPORTED', async () => {
    const partner = await imageNamed('partner-mysql-debian11', { account: A2 });
    const [system, data] = partner.SnapshotSet;
    const share = system!.DiskSize / (system!.DiskSize + data!.DiskSize);
    const res = await exportImages({ ImageIds: [partner.ImageId], BucketName: 'exports-1250000002' }, { account: A2 });
    testClock.advance(testBackend.durations.export * share * 0.5);
    const half = (await imageById(partner.ImageId, { account: A2 }))?.LatestExport;
    expect(half).toMatchObject({ TaskId: res.TaskId, State: 'EXPORTING', FailureReason: null });
    expect(half?.Files.map((f) => f.CosPath)).toEqual(res.CosPaths);
    expect(half?.Files.map((f) => f.Percent)).toEqual([50, 0]);
    testClock.advance(testBackend.durations.export);
    const done = (await imageById(partner.ImageId, { account: A2 }))?.LatestExport;
    expect(done).toMatchObject({
      State: 'EXPORTED',
      Files: res.CosPaths.map((CosPath) => ({ CosPath, Percent: 100 })),
    });
  });

  it('fails the first export of a [flaky] image halfway, with its reason, and the next one succeeds', async () => {
    const redis = await imageNamed('redis-cache-debian12');
    await ok('ModifyImageAttribute', { ImageId: redis.ImageId, ImageName: 'redis [flaky]' });
    const first = await exportImages({ ImageIds: [redis.ImageId], BucketName: MY_BUCKET });
    testClock.advance(testBackend.durations.export / 2);
    const failed = await imageById(redis.ImageId);
    expect(failed?.ExportingTo).toEqual([]);
    expect(failed?.LatestExport).toMatchObject({
      TaskId: first.TaskId,
      State: 'FAILED',
      FailureReason: 'InternalError: the bucket refused a write halfway. Try again.',
    });
    expect(failed?.LatestExport?.Files[0]?.Percent).toBe(50);
    const retry = await exportImages({ ImageIds: [redis.ImageId], BucketName: MY_BUCKET });
    testClock.advance(testBackend.durations.export);
    expect((await imageById(redis.ImageId))?.LatestExport).toMatchObject({ TaskId: retry.TaskId, State: 'EXPORTED' });
  });
});

describe('DescribeBuckets (extension)', () => {
  it('lists the caller’s buckets in the region asked, and no one else’s', async () => {
    expect(await ok('DescribeBuckets', {})).toMatchObject({
      TotalCount: 1,
      BucketSet: [{ BucketName: MY_BUCKET, Region: 'ap-guangzhou' }],
    });
    expect(await ok('DescribeBuckets', {}, { account: A2, region: 'ap-shanghai' })).toMatchObject({
      TotalCount: 1,
      BucketSet: [{ BucketName: 'archive-1250000002', Region: 'ap-shanghai' }],
    });
    expect(await ok('DescribeBuckets', {}, { region: 'ap-singapore' })).toMatchObject({ TotalCount: 0, BucketSet: [] });
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
