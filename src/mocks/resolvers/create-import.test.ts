// CreateImage and ImportImage through msw/node: long operations on the test clock, quota, names, sentinels.
import { describe, expect, it } from 'vitest';
import { testBackend, testClock } from '../node.ts';
import {
  A1,
  A2,
  errorOf,
  imageById,
  instanceNamed,
  ok,
  refused,
  storeSnapshot,
  type CallOptions,
} from '../../test/api-calls.ts';

const create = (params: object, options: CallOptions = {}) => ok<{ ImageId: string }>('CreateImage', params, options);

async function web01() {
  return (await instanceNamed('web-01')).InstanceId;
}

const GZ_BUCKET = 'https://images-1250000000.cos.ap-guangzhou.myqcloud.com';

function importParams(overrides: object = {}) {
  return {
    Architecture: 'x86_64',
    OsType: 'CentOS',
    OsVersion: '7',
    ImageUrl: `${GZ_BUCKET}/centos7.qcow2`,
    ImageName: 'imported-centos7',
    ...overrides,
  };
}

describe('CreateImage', () => {
  it('makes a custom image that is CREATING, then NORMAL once the clock has moved on', async () => {
    const instance = await instanceNamed('web-01');
    const { ImageId } = await create({
      ImageName: 'web-golden',
      InstanceId: instance.InstanceId,
      ImageDescription: 'golden',
    });
    expect(ImageId).toMatch(/^img-[a-z0-9]{8}$/);

    const creating = await imageById(ImageId);
    expect(creating).toMatchObject({
      ImageId,
      ImageName: 'web-golden',
      ImageDescription: 'golden',
      ImageType: 'PRIVATE_IMAGE',
      ImageState: 'CREATING',
      ImageSource: 'CREATE_IMAGE',
      ImageCreator: A1,
      OsName: instance.OsName,
      Architecture: 'x86_64',
      ImageSize: instance.SystemDisk.DiskSize,
      SyncPercent: null,
      SharedAccountCount: 0,
      FailureReason: null,
      CreatedTime: '2026-11-26T08:00:00Z',
    });

    testClock.advance(testBackend.durations.create - 1);
    expect((await imageById(ImageId))?.ImageState).toBe('CREATING');
    testClock.advance(1);
    expect((await imageById(ImageId))?.ImageState).toBe('NORMAL');
  });

  it('makes an arm image from an arm instance', async () => {
    const { ImageId } = await create({
      ImageName: 'arm-golden',
      InstanceId: (await instanceNamed('build-arm-01')).InstanceId,
    });
    expect((await imageById(ImageId))?.Architecture).toBe('arm');
  });

  it('makes an image from a stopped instance', async () => {
    const mssql = await instanceNamed('mssql-01', { region: 'ap-shanghai' });
    expect(mssql.InstanceState).toBe('STOPPED');
    const { ImageId } = await create(
      { ImageName: 'mssql-golden', InstanceId: mssql.InstanceId },
      { region: 'ap-shanghai' },
    );
    expect((await imageById(ImageId, { region: 'ap-shanghai' }))?.Platform).toBe('Windows');
  });

  it('keeps tags and captures the data disks asked for', async () => {
    const instance = await instanceNamed('web-01');
    const { ImageId } = await create({
      ImageName: 'tagged',
      InstanceId: instance.InstanceId,
      TagSpecification: [{ ResourceType: 'image', Tags: [{ Key: 'team', Value: 'web' }] }],
      DataDiskIds: [],
    });
    const image = await imageById(ImageId);
    expect(image?.Tags).toEqual([{ Key: 'team', Value: 'web' }]);
    expect(image?.SnapshotSet).toEqual([
      { SnapshotId: expect.stringMatching(/^snap-/), DiskUsage: 'SYSTEM_DISK', DiskSize: instance.SystemDisk.DiskSize },
    ]);
  });

  it('stores a name without the spaces around it, and refuses one that looks like a taken name', async () => {
    const InstanceId = await web01();
    const { ImageId } = await create({ ImageName: ' golden\t', InstanceId });
    expect((await imageById(ImageId))?.ImageName).toBe('golden');
    expect((await refused('CreateImage', { ImageName: 'golden ', InstanceId })).Code).toBe(
      'InvalidImageName.Duplicate',
    );
    const imported = await errorOf('ImportImage', importParams({ ImageName: '\u00A0golden' }));
    expect(imported.Code).toBe('InvalidImageName.Duplicate');
    // 60 characters once trimmed fit.
    await create({ ImageName: ` ${'n'.repeat(60)} `, InstanceId });
  });

  it('keeps up to 50 tags; the 51st is refused with the tag quota and nothing is made', async () => {
    const InstanceId = await web01();
    const tags = (n: number) => Array.from({ length: n }, (_, i) => ({ Key: `k${i}`, Value: `v${i}` }));
    const before = storeSnapshot();
    const error = await refused('CreateImage', {
      ImageName: 'over-tagged',
      InstanceId,
      TagSpecification: [
        { ResourceType: 'image', Tags: tags(25) },
        { ResourceType: 'image', Tags: tags(51).slice(25) },
      ],
    });
    expect(error.Code).toBe('InvalidParameterValue.TagQuotaLimitExceeded');
    expect(error.Message).toBe('A resource can have at most 50 tags (got 51).');
    expect(storeSnapshot()).toBe(before);
    const { ImageId } = await create({
      ImageName: 'fully-tagged',
      InstanceId,
      TagSpecification: [{ ResourceType: 'image', Tags: tags(50) }],
    });
    expect((await imageById(ImageId))?.Tags).toEqual(tags(50));
  });

  it('counts against the quota: 8 of 10 seeded, so 2 creations pass and the third is refused', async () => {
    const InstanceId = await web01();
    await create({ ImageName: 'ninth', InstanceId });
    await create({ ImageName: 'tenth', InstanceId });
    const error = await refused('CreateImage', { ImageName: 'eleventh', InstanceId });
    expect(error.Code).toBe('ImageQuotaLimitExceeded');
    expect(error.Message).toMatch(/10 of 10/);
    // Still refused once the creations have finished.
    testClock.advance(testBackend.durations.create);
    expect((await refused('CreateImage', { ImageName: 'eleventh', InstanceId })).Code).toBe('ImageQuotaLimitExceeded');
  });

  it('counts the quota per region and per account', async () => {
    const InstanceId = await web01();
    await create({ ImageName: 'ninth', InstanceId });
    await create({ ImageName: 'tenth', InstanceId });
    expect((await refused('CreateImage', { ImageName: 'eleventh', InstanceId })).Code).toBe('ImageQuotaLimitExceeded');
    // Shanghai has room for account 1...
    const web02 = (await instanceNamed('web-02', { region: 'ap-shanghai' })).InstanceId;
    await create({ ImageName: 'sh-new', InstanceId: web02 }, { region: 'ap-shanghai' });
    // ...and Guangzhou has room for account 2.
    await ok('ImportImage', importParams(), { account: A2 });
  });

  it.each([
    ['a name the caller already uses in the region', 'web-server-centos79', 'InvalidImageName.Duplicate'],
    ['an empty name', '', 'InvalidParameterValue'],
    ['a blank name', '   ', 'InvalidParameterValue'],
    ['a 61-character name', 'x'.repeat(61), 'InvalidParameterValue.TooLarge'],
  ])('refuses %s with %s', async (_what, ImageName, code) => {
    expect((await refused('CreateImage', { ImageName, InstanceId: await web01() })).Code).toBe(code);
  });

  it('accepts a 60-character name and a name another account uses', async () => {
    const InstanceId = await web01();
    await create({ ImageName: 'x'.repeat(60), InstanceId });
    await create({ ImageName: 'partner-api-centos79', InstanceId });
  });

  it('refuses a 257-character description with InvalidParameterValue.TooLarge', async () => {
    const error = await refused('CreateImage', {
      ImageName: 'ok',
      InstanceId: await web01(),
      ImageDescription: 'd'.repeat(257),
    });
    expect(error.Code).toBe('InvalidParameterValue.TooLarge');
  });

  it('refuses another account’s instance with InvalidInstanceId.NotFound', async () => {
    const partner = await instanceNamed('partner-api-01', { region: 'ap-shanghai', account: A2 });
    const error = await refused(
      'CreateImage',
      { ImageName: 'stolen', InstanceId: partner.InstanceId },
      { region: 'ap-shanghai' },
    );
    expect(error.Code).toBe('InvalidInstanceId.NotFound');
  });

  it('refuses an unknown instance with InvalidInstanceId.NotFound', async () => {
    expect((await refused('CreateImage', { ImageName: 'ghost', InstanceId: 'ins-zzzzzzzz' })).Code).toBe(
      'InvalidInstanceId.NotFound',
    );
  });

  it('refuses an instance of another region with InvalidInstanceId.NotFound', async () => {
    const hk = await instanceNamed('hk-proxy-01', { region: 'ap-hongkong' });
    expect((await refused('CreateImage', { ImageName: 'hk', InstanceId: hk.InstanceId })).Code).toBe(
      'InvalidInstanceId.NotFound',
    );
  });

  it('refuses an instance still launching with UnsupportedOperation.InstanceStateStarting', async () => {
    const images = await ok<{ ImageSet: { ImageId: string }[] }>('DescribeImages', {
      Filters: [
        { Name: 'image-type', Values: ['PUBLIC_IMAGE'] },
        { Name: 'architecture', Values: ['x86_64'] },
      ],
      Limit: 1,
    });
    const { InstanceIdSet } = await ok<{ InstanceIdSet: string[] }>('RunInstances', {
      Placement: { Zone: 'ap-guangzhou-3' },
      ImageId: images.ImageSet[0]!.ImageId,
      InstanceType: 'S5.MEDIUM4',
    });
    const error = await refused('CreateImage', { ImageName: 'too-soon', InstanceId: InstanceIdSet[0] });
    expect(error.Code).toBe('UnsupportedOperation.InstanceStateStarting');
    testClock.advance(testBackend.durations.launch);
    await create({ ImageName: 'in-time', InstanceId: InstanceIdSet[0] });
  });

  it.each([
    ['neither InstanceId nor SnapshotIds', { ImageName: 'x' }, 'InvalidParameter.SpecifyOneParameter'],
    ['a malformed InstanceId', { ImageName: 'x', InstanceId: 'web-01' }, 'InvalidInstanceId.Malformed'],
    ['SnapshotIds', { ImageName: 'x', SnapshotIds: ['snap-aaaaaaaa'] }, 'InvalidParameter.SnapshotNotFound'],
    [
      'a non-boolean ForcePoweroff string',
      { ImageName: 'x', InstanceId: 'ins-aaaaaaaa', ForcePoweroff: 'yes' },
      'InvalidParameterValue',
    ],
  ])('refuses %s with %s', async (_what, params, code) => {
    expect((await refused('CreateImage', params)).Code).toBe(code);
  });

  it('refuses both InstanceId and SnapshotIds', async () => {
    const error = await refused('CreateImage', {
      ImageName: 'x',
      InstanceId: await web01(),
      SnapshotIds: ['snap-aaaaaaaa'],
    });
    expect(error.Code).toBe('InvalidParameter.SpecifyOneParameter');
  });

  it('refuses the system disk among DataDiskIds, and a disk of another instance', async () => {
    const instance = await instanceNamed('web-01');
    const root = await refused('CreateImage', {
      ImageName: 'x',
      InstanceId: instance.InstanceId,
      DataDiskIds: [instance.SystemDisk.DiskId],
    });
    expect(root.Code).toBe('InvalidParameter.DataDiskIdContainsRootDisk');
    const other = await instanceNamed('app-01');
    const foreign = await refused('CreateImage', {
      ImageName: 'x',
      InstanceId: instance.InstanceId,
      DataDiskIds: [other.SystemDisk.DiskId],
    });
    expect(foreign.Code).toBe('InvalidParameter.DataDiskNotBelongSpecifiedInstance');
  });

  it('ends in CREATEFAILED with a FailureReason for a name containing [fail]', async () => {
    const { ImageId } = await create({ ImageName: 'broken [fail]', InstanceId: await web01() });
    expect(await imageById(ImageId)).toMatchObject({ ImageState: 'CREATING', FailureReason: null });
    testClock.advance(testBackend.durations.create);
    expect(await imageById(ImageId)).toMatchObject({
      ImageState: 'CREATEFAILED',
      FailureReason: expect.stringMatching(/\S/),
    });
  });

  it('answers DryRunOperation for a request that would pass, and creates nothing', async () => {
    const error = await refused('CreateImage', { ImageName: 'dry', InstanceId: await web01(), DryRun: true });
    expect(error.Code).toBe('DryRunOperation');
  });

  it('answers the real error, not DryRunOperation, for a DryRun that would fail', async () => {
    const error = await refused('CreateImage', {
      ImageName: 'web-server-centos79',
      InstanceId: await web01(),
      DryRun: true,
    });
    expect(error.Code).toBe('InvalidImageName.Duplicate');
  });

  it('gives each new image a new ID', async () => {
    const InstanceId = await web01();
    const a = await create({ ImageName: 'a', InstanceId });
    const b = await create({ ImageName: 'b', InstanceId });
    expect(a.ImageId).not.toBe(b.ImageId);
  });
});

describe('ImportImage', () => {
  it('imports an image that is IMPORTING, then NORMAL once the clock has moved on', async () => {
    const { ImageId } = await ok<{ ImageId: string }>('ImportImage', importParams({ ImageDescription: 'from qcow2' }));
    expect(await imageById(ImageId)).toMatchObject({
      ImageName: 'imported-centos7',
      ImageDescription: 'from qcow2',
      ImageType: 'PRIVATE_IMAGE',
      ImageState: 'IMPORTING',
      ImageSource: 'EXTERNAL_IMPORT',
      Architecture: 'x86_64',
      ImageCreator: A1,
    });
    testClock.advance(testBackend.durations.import - 1);
    expect((await imageById(ImageId))?.ImageState).toBe('IMPORTING');
    testClock.advance(1);
    expect((await imageById(ImageId))?.ImageState).toBe('NORMAL');
  });

  it.each([
    ['raw', 'disk.raw'],
    ['img (raw)', 'disk.img'],
    ['vhd', 'disk.vhd'],
    ['vmdk', 'disk.VMDK'],
  ])('accepts a %s file', async (_what, file) => {
    await ok('ImportImage', importParams({ ImageUrl: `${GZ_BUCKET}/${file}`, ImageName: file }));
  });

  it('maps arm_64 to the arm architecture and a Windows OS to the Windows platform', async () => {
    const arm = await ok<{ ImageId: string }>(
      'ImportImage',
      importParams({ Architecture: 'arm_64', ImageName: 'arm' }),
    );
    expect((await imageById(arm.ImageId))?.Architecture).toBe('arm');
    const win = await ok<{ ImageId: string }>(
      'ImportImage',
      importParams({ OsType: 'Windows Server 2016', OsVersion: '-', ImageName: 'win' }),
    );
    expect((await imageById(win.ImageId))?.Platform).toBe('Windows');
  });

  it.each([
    ['an OS type not on the list', { OsType: 'Gentoo' }, 'InvalidImageOsType.Unsupported'],
    ['an OS version not on the list', { OsVersion: '9' }, 'InvalidImageOsVersion.Unsupported'],
    [
      'an architecture the OS does not have',
      { OsType: 'Windows Server 2016', OsVersion: '-', Architecture: 'arm_64' },
      'InvalidParameterValue',
    ],
    ['an unknown architecture', { Architecture: 'ppc64' }, 'InvalidParameterValue'],
    [
      'a bucket in another region',
      { ImageUrl: 'https://images-1250000000.cos.ap-shanghai.myqcloud.com/centos7.qcow2' },
      'InvalidParameter.InvalidParameterUrlError',
    ],
    [
      'a URL that is not COS',
      { ImageUrl: 'https://example.com/centos7.qcow2' },
      'InvalidParameter.InvalidParameterUrlError',
    ],
    ['something that is not a URL', { ImageUrl: 'centos7.qcow2' }, 'InvalidParameter.InvalidParameterUrlError'],
    [
      'an ftp URL',
      { ImageUrl: 'ftp://images-1250000000.cos.ap-guangzhou.myqcloud.com/centos7.qcow2' },
      'InvalidParameter.InvalidParameterUrlError',
    ],
    [
      'a file that is not an image',
      { ImageUrl: `${GZ_BUCKET}/centos7.exe` },
      'InvalidParameter.InvalidParameterUrlError',
    ],
    ['an ISO without Force', { ImageUrl: `${GZ_BUCKET}/centos7.iso` }, 'InvalidParameterValue.ISOMustImportByForce'],
    [
      'a data disk in another region',
      { ImportImageDataDiskList: [{ ImageUrl: 'https://d-1250000000.cos.ap-beijing.myqcloud.com/data.raw' }] },
      'InvalidParameter.InvalidParameterUrlError',
    ],
    ['a name the caller already uses', { ImageName: 'redis-cache-debian12' }, 'InvalidImageName.Duplicate'],
    ['a 61-character name', { ImageName: 'n'.repeat(61) }, 'InvalidParameterValue.TooLarge'],
    ['an unknown licence type', { LicenseType: 'GPL' }, 'InvalidParameterValue'],
    ['an unknown boot mode', { BootMode: 'CSM' }, 'InvalidParameterValue'],
  ])('refuses %s with %s', async (_what, overrides, code) => {
    expect((await refused('ImportImage', importParams(overrides))).Code).toBe(code);
  });

  it('says where the bucket is and where it must be', async () => {
    const error = await refused(
      'ImportImage',
      importParams({ ImageUrl: 'https://images-1250000000.cos.ap-shanghai.myqcloud.com/centos7.qcow2' }),
    );
    expect(error.Message).toMatch(/Shanghai.*Guangzhou/);
  });

  it('imports an ISO with Force', async () => {
    const { ImageId } = await ok<{ ImageId: string }>(
      'ImportImage',
      importParams({ ImageUrl: `${GZ_BUCKET}/installer.iso`, Force: true }),
    );
    expect((await imageById(ImageId))?.IsSupportCloudinit).toBe(false);
  });

  it.each([
    ['corrupt', 'centos7-corrupt.qcow2', /VirtioNotInstall/],
    ['no-partition', 'no-partition.raw', /RootPartitionNotFound/],
  ])('ends in IMPORTFAILED with a FailureReason for a %s file', async (_what, file, reason) => {
    const { ImageId } = await ok<{ ImageId: string }>(
      'ImportImage',
      importParams({ ImageUrl: `${GZ_BUCKET}/${file}` }),
    );
    expect(await imageById(ImageId)).toMatchObject({ ImageState: 'IMPORTING', FailureReason: null });
    testClock.advance(testBackend.durations.import);
    expect(await imageById(ImageId)).toMatchObject({
      ImageState: 'IMPORTFAILED',
      FailureReason: expect.stringMatching(reason),
    });
  });

  it('counts against the quota, and a failed import still holds its place', async () => {
    await ok('ImportImage', importParams({ ImageName: 'ninth', ImageUrl: `${GZ_BUCKET}/a-corrupt.qcow2` }));
    await ok('ImportImage', importParams({ ImageName: 'tenth' }));
    testClock.advance(testBackend.durations.import);
    expect((await refused('ImportImage', importParams({ ImageName: 'eleventh' }))).Code).toBe(
      'ImageQuotaLimitExceeded',
    );
    expect((await refused('CreateImage', { ImageName: 'eleventh', InstanceId: await web01() })).Code).toBe(
      'ImageQuotaLimitExceeded',
    );
  });

  it('imports in another region from a bucket there', async () => {
    const { ImageId } = await ok<{ ImageId: string }>(
      'ImportImage',
      importParams({ ImageUrl: 'https://images-1250000000.cos.ap-tokyo.myqcloud.com/centos7.qcow2' }),
      { region: 'ap-tokyo' },
    );
    expect((await imageById(ImageId, { region: 'ap-tokyo' }))?.ImageState).toBe('IMPORTING');
    expect(await imageById(ImageId)).toBeUndefined();
  });

  it('answers DryRunOperation for a request that would pass, and imports nothing', async () => {
    expect((await refused('ImportImage', importParams({ DryRun: true }))).Code).toBe('DryRunOperation');
  });

  it('leaves the store alone when refusing, even after a success', async () => {
    await ok('ImportImage', importParams());
    const before = storeSnapshot();
    await errorOf('ImportImage', importParams());
    expect(storeSnapshot()).toBe(before);
  });
});
