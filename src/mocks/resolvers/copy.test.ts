// SyncImages (copy to other regions) through msw/node: progress on the test clock, region rules, quota.
import { describe, expect, it } from 'vitest';
import type { Image } from '../../rules/images.ts';
import { testBackend, testClock } from '../node.ts';
import {
  A1,
  A2,
  busySourceRefusals,
  imageById,
  imageNamed,
  instanceNamed,
  listImages,
  ok,
  refused,
  seededImageId,
} from '../../test/api-calls.ts';
import type { Where } from '../../test/direct-call.ts';

type ImageSet = { ImageSet: { ImageId: string; Region: string }[] };

const sync = (params: object, options: Where = {}) => ok<ImageSet>('SyncImages', params, options);

async function redis(): Promise<Image> {
  return imageNamed('redis-cache-debian12');
}

async function fillGuangzhou(): Promise<void> {
  const { InstanceId } = await instanceNamed('web-01');
  await ok('CreateImage', { ImageName: 'ninth', InstanceId });
  await ok('CreateImage', { ImageName: 'tenth', InstanceId });
}

describe('SyncImages', () => {
  it('copies to two regions: SYNCING with SyncPercent rising, then NORMAL with CopiedFrom', async () => {
    const source = await redis();
    const { ImageSet } = await sync({
      ImageIds: [source.ImageId],
      DestinationRegions: ['ap-shanghai', 'ap-beijing'],
      ImageSetRequired: true,
    });
    expect(ImageSet.map((s) => s.Region)).toEqual(['ap-shanghai', 'ap-beijing']);
    const [sh, bj] = ImageSet;
    expect(sh!.ImageId).not.toBe(bj!.ImageId);
    expect(sh!.ImageId).not.toBe(source.ImageId);

    const at0 = await imageById(sh!.ImageId, { region: 'ap-shanghai' });
    expect(at0).toMatchObject({
      ImageName: source.ImageName,
      ImageType: 'PRIVATE_IMAGE',
      ImageState: 'SYNCING',
      SyncPercent: 0,
      CopiedFrom: { ImageId: source.ImageId, Region: 'ap-guangzhou' },
      Architecture: source.Architecture,
      OsName: source.OsName,
      ImageSize: source.ImageSize,
    });

    const percents: number[] = [];
    for (const step of [0.25, 0.25, 0.25]) {
      testClock.advance(testBackend.durations.sync * step);
      const image = await imageById(bj!.ImageId, { region: 'ap-beijing' });
      expect(image?.ImageState).toBe('SYNCING');
      percents.push(image!.SyncPercent!);
    }
    expect(percents).toEqual([25, 50, 75]);

    testClock.advance(testBackend.durations.sync * 0.25);
    for (const { ImageId, Region } of ImageSet) {
      expect(await imageById(ImageId, { region: Region })).toMatchObject({
        ImageState: 'NORMAL',
        SyncPercent: 100,
        CopiedFrom: { ImageId: source.ImageId, Region: 'ap-guangzhou' },
      });
    }
    // The source is untouched.
    expect(await imageById(source.ImageId)).toEqual(source);
  });

  it('gives the copies their own snapshots and no recipients', async () => {
    const source = await imageNamed('app-base-ubuntu2204');
    expect(source.SharedAccountCount).toBe(2);
    const { ImageSet } = await sync({
      ImageIds: [source.ImageId],
      DestinationRegions: ['ap-nanjing'],
      ImageSetRequired: true,
    });
    const copy = await imageById(ImageSet[0]!.ImageId, { region: 'ap-nanjing' });
    expect(copy?.SharedAccountCount).toBe(0);
    expect(copy?.SnapshotSet.map((s) => s.SnapshotId)).not.toEqual(source.SnapshotSet.map((s) => s.SnapshotId));
    expect(await imageById(ImageSet[0]!.ImageId, { region: 'ap-nanjing', account: A2 })).toBeUndefined();
  });

  it('answers an empty ImageSet unless ImageSetRequired, and still makes the copies', async () => {
    const source = await redis();
    const res = await sync({ ImageIds: [source.ImageId], DestinationRegions: ['ap-chengdu'] });
    expect(res.ImageSet).toEqual([]);
    const copies = await listImages({ region: 'ap-chengdu' }, 'PRIVATE_IMAGE');
    expect(copies.map((i) => i.ImageName)).toEqual(['redis-cache-debian12']);
  });

  it('names the copies with ImageName when given', async () => {
    const source = await redis();
    const { ImageSet } = await sync({
      ImageIds: [source.ImageId],
      DestinationRegions: ['ap-shanghai'],
      ImageName: 'redis-sh',
      ImageSetRequired: true,
    });
    expect((await imageById(ImageSet[0]!.ImageId, { region: 'ap-shanghai' }))?.ImageName).toBe('redis-sh');
  });

  it('names a copy as shown, and refuses a name that looks like one taken in the destination', async () => {
    const source = await redis();
    const { ImageSet } = await sync({
      ImageIds: [source.ImageId],
      DestinationRegions: ['ap-chengdu'],
      ImageName: ' redis-copy ',
      ImageSetRequired: true,
    });
    expect((await imageById(ImageSet[0]!.ImageId, { region: 'ap-chengdu' }))?.ImageName).toBe('redis-copy');
    testClock.advance(testBackend.durations.sync);
    const error = await refused('SyncImages', {
      ImageIds: [source.ImageId],
      DestinationRegions: ['ap-chengdu'],
      ImageName: 'redis-copy\u200B',
    });
    expect(error).toMatchObject({
      Code: 'InvalidImageName.Duplicate',
      Message: 'You already have an image named "redis-copy" in Chengdu; give the copy another name.',
    });
  });

  it('copies between regions outside the mainland', async () => {
    const source = await imageNamed('overseas-web-ubuntu2204', { region: 'ap-singapore' });
    const { ImageSet } = await sync(
      { ImageIds: [source.ImageId], DestinationRegions: ['ap-tokyo', 'eu-frankfurt'], ImageSetRequired: true },
      { region: 'ap-singapore' },
    );
    expect(ImageSet.map((s) => s.Region)).toEqual(['ap-tokyo', 'eu-frankfurt']);
  });

  it.each([
    ['from the mainland to outside it', 'ap-guangzhou', 'redis-cache-debian12', ['ap-singapore']],
    ['from outside the mainland into it', 'ap-singapore', 'overseas-web-ubuntu2204', ['ap-guangzhou']],
    ['to a finance region', 'ap-guangzhou', 'redis-cache-debian12', ['ap-shenzhen-fsi']],
    [
      'when one of the destinations is forbidden',
      'ap-guangzhou',
      'redis-cache-debian12',
      ['ap-shanghai', 'ap-hongkong'],
    ],
  ])(
    'refuses a copy %s with InvalidRegion.Unavailable and copies nothing',
    async (_what, region, name, DestinationRegions) => {
      const source = await imageNamed(name, { region });
      const error = await refused('SyncImages', { ImageIds: [source.ImageId], DestinationRegions }, { region });
      expect(error.Code).toBe('InvalidRegion.Unavailable');
    },
  );

  it.each([
    ['the image’s own region', ['ap-guangzhou'], 'InvalidParameterValue.InvalidRegion'],
    ['an unknown region', ['ap-mars'], 'InvalidRegion.NotFound'],
    ['a region listed twice', ['ap-shanghai', 'ap-shanghai'], 'InvalidParameterValue'],
    ['no destination', [], 'InvalidParameterValue'],
  ])('refuses %s as destination with %s', async (_what, DestinationRegions, code) => {
    const source = await redis();
    expect((await refused('SyncImages', { ImageIds: [source.ImageId], DestinationRegions })).Code).toBe(code);
  });

  it('refuses an image shared in with InvalidParameterValue.InvalidImageIdIsShared', async () => {
    const shared = await imageNamed('partner-api-centos79');
    const error = await refused('SyncImages', { ImageIds: [shared.ImageId], DestinationRegions: ['ap-shanghai'] });
    expect(error.Code).toBe('InvalidParameterValue.InvalidImageIdIsShared');
  });

  it.each(['PUBLIC_IMAGE', 'MARKET_IMAGE'])('refuses a %s with InvalidParameterValue.InvalidImageId', async (type) => {
    const res = await ok<{ ImageSet: Image[] }>('DescribeImages', {
      Filters: [{ Name: 'image-type', Values: [type] }],
      Limit: 1,
    });
    const error = await refused('SyncImages', {
      ImageIds: [res.ImageSet[0]!.ImageId],
      DestinationRegions: ['ap-shanghai'],
    });
    expect(error.Code).toBe('InvalidParameterValue.InvalidImageId');
  });

  it('refuses another account’s image with UnauthorizedOperation.ImageNotBelongToAccount', async () => {
    const ImageId = seededImageId(A2, 'ap-guangzhou', 'partner-mysql-debian11');
    const error = await refused('SyncImages', { ImageIds: [ImageId], DestinationRegions: ['ap-shanghai'] });
    expect(error.Code).toBe('UnauthorizedOperation.ImageNotBelongToAccount');
  });

  it('refuses an unknown image with InvalidImageId.NotFound', async () => {
    expect(
      (await refused('SyncImages', { ImageIds: ['img-zzzzzzzz'], DestinationRegions: ['ap-shanghai'] })).Code,
    ).toBe('InvalidImageId.NotFound');
  });

  it('refuses more than one image per call', async () => {
    const a = await redis();
    const b = await imageNamed('k8s-node-opencloudos9');
    const error = await refused('SyncImages', {
      ImageIds: [a.ImageId, b.ImageId],
      DestinationRegions: ['ap-shanghai'],
    });
    expect(error.Code).toBe('InvalidParameterValue.LimitExceeded');
  });

  it.each([
    ['an image whose import failed', async () => (await imageNamed('legacy-erp-import')).ImageId],
    [
      'an image still being created',
      async () => {
        const { InstanceId } = await instanceNamed('web-01');
        return (await ok<{ ImageId: string }>('CreateImage', { ImageName: 'fresh', InstanceId })).ImageId;
      },
    ],
  ])('refuses %s with InvalidImageId.IncorrectState', async (_what, id) => {
    const ImageId = await id();
    expect((await refused('SyncImages', { ImageIds: [ImageId], DestinationRegions: ['ap-shanghai'] })).Code).toBe(
      'InvalidImageId.IncorrectState',
    );
  });

  it('refuses copying a copy still syncing, and copies it once it is normal', async () => {
    const { ImageSet } = await sync({
      ImageIds: [(await redis()).ImageId],
      DestinationRegions: ['ap-shanghai'],
      ImageSetRequired: true,
    });
    const copyId = ImageSet[0]!.ImageId;
    const params = { ImageIds: [copyId], DestinationRegions: ['ap-beijing'] };
    expect((await refused('SyncImages', params, { region: 'ap-shanghai' })).Code).toBe('InvalidImageId.IncorrectState');
    testClock.advance(testBackend.durations.sync);
    await sync(params, { region: 'ap-shanghai' });
  });

  it('refuses a destination where the caller already has an image of that name', async () => {
    const source = await imageNamed('web-server-centos79');
    const inBeijing = await listImages({ region: 'ap-beijing' }, 'PRIVATE_IMAGE');
    const error = await refused('SyncImages', {
      ImageIds: [source.ImageId],
      DestinationRegions: ['ap-beijing', 'ap-shanghai'],
    });
    expect(error.Code).toBe('InvalidImageName.Duplicate');
    expect(error.Message).toBe(
      'You already have an image named "web-server-centos79" in Shanghai; give the copy another name.',
    );
    expect(await listImages({ region: 'ap-beijing' }, 'PRIVATE_IMAGE')).toEqual(inBeijing);
    await sync({ ImageIds: [source.ImageId], DestinationRegions: ['ap-beijing', 'ap-shanghai'], ImageName: 'web-v2' });
  });

  it('refuses a destination with a full quota with ImageQuotaLimitExceeded, copying nowhere', async () => {
    await fillGuangzhou();
    const source = await imageNamed('payment-gateway-ubuntu2004', { region: 'ap-shanghai' });
    const error = await refused(
      'SyncImages',
      { ImageIds: [source.ImageId], DestinationRegions: ['ap-beijing', 'ap-guangzhou'] },
      { region: 'ap-shanghai' },
    );
    expect(error.Code).toBe('ImageQuotaLimitExceeded');
    expect(error.Message).toMatch(/Guangzhou/);
  });

  it('counts copies in flight against the destination quota', async () => {
    const { InstanceId } = await instanceNamed('web-01');
    await ok('CreateImage', { ImageName: 'ninth', InstanceId });
    const source = await imageNamed('payment-gateway-ubuntu2004', { region: 'ap-shanghai' });
    await sync({ ImageIds: [source.ImageId], DestinationRegions: ['ap-guangzhou'] }, { region: 'ap-shanghai' });
    // Guangzhou is now full (8 seeded + 1 created + 1 copy syncing).
    expect((await refused('CreateImage', { ImageName: 'eleventh', InstanceId })).Code).toBe('ImageQuotaLimitExceeded');
  });

  it('refuses Encrypt with UnsupportedOperation.EncryptedImagesNotSupported', async () => {
    const error = await refused('SyncImages', {
      ImageIds: [(await redis()).ImageId],
      DestinationRegions: ['ap-shanghai'],
      Encrypt: true,
    });
    expect(error.Code).toBe('UnsupportedOperation.EncryptedImagesNotSupported');
  });

  it('answers DryRunOperation and copies nothing for a request that would pass', async () => {
    const error = await refused('SyncImages', {
      ImageIds: [(await redis()).ImageId],
      DestinationRegions: ['ap-shanghai'],
      DryRun: true,
    });
    expect(error.Code).toBe('DryRunOperation');
  });

  it('answers the real error, not DryRunOperation, for a DryRun that would fail', async () => {
    const error = await refused('SyncImages', {
      ImageIds: [(await redis()).ImageId],
      DestinationRegions: ['ap-tokyo'],
      DryRun: true,
    });
    expect(error.Code).toBe('InvalidRegion.Unavailable');
  });

  it('fails the first copy of a [flaky] image in each destination; once the failed copy is deleted, a retry succeeds', async () => {
    const source = await redis();
    await ok('ModifyImageAttribute', { ImageId: source.ImageId, ImageName: 'redis [flaky]' });
    const first = await sync({
      ImageIds: [source.ImageId],
      DestinationRegions: ['ap-shanghai', 'ap-beijing'],
      ImageSetRequired: true,
    });
    testClock.advance(testBackend.durations.sync);
    for (const copy of first.ImageSet)
      expect(await imageById(copy.ImageId, { region: copy.Region })).toMatchObject({
        ImageState: 'CREATEFAILED',
        FailureReason: 'InternalError: the snapshot could not be copied to the destination region. Try again.',
      });
    // The failed copy holds its name in Shanghai until it is deleted: what the console's Retry does first.
    const again = { ImageIds: [source.ImageId], DestinationRegions: ['ap-shanghai'], ImageSetRequired: true };
    expect((await refused('SyncImages', again)).Code).toBe('InvalidImageName.Duplicate');
    await ok('DeleteImages', { ImageIds: [first.ImageSet[0]!.ImageId] }, { region: 'ap-shanghai' });
    const retry = await sync(again);
    testClock.advance(testBackend.durations.sync);
    expect(await imageById(retry.ImageSet[0]!.ImageId, { region: 'ap-shanghai' })).toMatchObject({
      ImageState: 'NORMAL',
      ImageName: 'redis [flaky]',
      FailureReason: null,
    });
  });

  it('fails the first copy of a [flaky:ap-beijing] image to Beijing only; the other destinations succeed', async () => {
    const source = await redis();
    await ok('ModifyImageAttribute', { ImageId: source.ImageId, ImageName: 'redis [flaky:ap-beijing]' });
    const first = await sync({
      ImageIds: [source.ImageId],
      DestinationRegions: ['ap-shanghai', 'ap-beijing'],
      ImageSetRequired: true,
    });
    testClock.advance(testBackend.durations.sync);
    const [shanghai, beijing] = first.ImageSet;
    expect(await imageById(shanghai!.ImageId, { region: 'ap-shanghai' })).toMatchObject({
      ImageState: 'NORMAL',
      FailureReason: null,
    });
    expect(await imageById(beijing!.ImageId, { region: 'ap-beijing' })).toMatchObject({
      ImageState: 'CREATEFAILED',
      FailureReason: 'InternalError: the snapshot could not be copied to the destination region. Try again.',
    });
    await ok('DeleteImages', { ImageIds: [beijing!.ImageId] }, { region: 'ap-beijing' });
    const retry = await sync({
      ImageIds: [source.ImageId],
      DestinationRegions: ['ap-beijing'],
      ImageSetRequired: true,
    });
    testClock.advance(testBackend.durations.sync);
    expect(await imageById(retry.ImageSet[0]!.ImageId, { region: 'ap-beijing' })).toMatchObject({
      ImageState: 'NORMAL',
      FailureReason: null,
    });
  });

  it('lets the owner share a finished copy in its new region', async () => {
    const { ImageSet } = await sync({
      ImageIds: [(await redis()).ImageId],
      DestinationRegions: ['ap-shanghai'],
      ImageSetRequired: true,
    });
    testClock.advance(testBackend.durations.sync);
    await ok(
      'ModifyImageSharePermission',
      { ImageId: ImageSet[0]!.ImageId, AccountIds: [A2], Permission: 'SHARE' },
      { region: 'ap-shanghai' },
    );
    expect((await imageById(ImageSet[0]!.ImageId, { region: 'ap-shanghai', account: A2 }))?.ImageType).toBe(
      'SHARED_IMAGE',
    );
    expect(await imageById(ImageSet[0]!.ImageId, { account: A1 })).toBeUndefined();
  });
});

describe('the source of a copy in flight is busy', () => {
  async function copyingRedis() {
    const source = await redis();
    await sync({ ImageIds: [source.ImageId], DestinationRegions: ['ap-shanghai', 'ap-beijing'] });
    testClock.advance(testBackend.durations.sync * 0.4);
    return source;
  }

  it('says where it is being copied, with progress, to its owner only, until the copies are done', async () => {
    const source = await copyingRedis();
    const seen = await imageById(source.ImageId);
    expect(seen).toMatchObject({ ImageState: 'NORMAL', SyncPercent: null });
    expect(seen?.CopyingTo).toEqual([
      { ImageId: expect.stringMatching(/^img-/), Region: 'ap-shanghai', SyncPercent: 40 },
      { ImageId: expect.stringMatching(/^img-/), Region: 'ap-beijing', SyncPercent: 40 },
    ]);
    testClock.advance(testBackend.durations.sync * 0.6);
    expect((await imageById(source.ImageId))?.CopyingTo).toEqual([]);
  });

  it.each(busySourceRefusals)('cannot be %s until the copies are done', async (done, action, params, code) => {
    const source = await copyingRedis();
    const error = await refused(action, params(source.ImageId));
    expect(error.Code).toBe(code);
    expect(error.Message).toContain(
      `The image is being copied to 2 other regions; it can be ${done} once the copies are done.`,
    );
    testClock.advance(testBackend.durations.sync * 0.6);
    await ok(action, params(source.ImageId));
  });

  it('can still be launched from, and its sharing cancelled', async () => {
    const source = await imageNamed('app-base-ubuntu2204');
    await sync({ ImageIds: [source.ImageId], DestinationRegions: ['ap-nanjing'] });
    await ok('ModifyImageSharePermission', { ImageId: source.ImageId, AccountIds: [A2], Permission: 'CANCEL' });
    await ok('InquiryPriceRunInstances', {
      Placement: { Zone: 'ap-guangzhou-3' },
      ImageId: source.ImageId,
      InstanceType: 'S5.MEDIUM4',
    });
  });
});

describe('lineage across regions (the `lineage` filter and LineageRoot)', () => {
  const family = async (rootId: string, regions: string[]) =>
    (
      await Promise.all(
        regions.map(async (region) => {
          const res = await ok<{ ImageSet: Image[] }>(
            'DescribeImages',
            { Filters: [{ Name: 'lineage', Values: [rootId] }] },
            { region },
          );
          return res.ImageSet.map((i) => `${region}:${i.ImageId}`);
        }),
      )
    )
      .flat()
      .sort();

  it('finds a copy of a copy from the original and the original from the leaf, also once the original is gone', async () => {
    const original = await redis();
    const [middle] = (
      await sync({ ImageIds: [original.ImageId], DestinationRegions: ['ap-shanghai'], ImageSetRequired: true })
    ).ImageSet;
    testClock.advance(testBackend.durations.sync);
    const [leaf] = (
      await sync(
        { ImageIds: [middle!.ImageId], DestinationRegions: ['ap-beijing'], ImageSetRequired: true },
        { region: 'ap-shanghai' },
      )
    ).ImageSet;
    testClock.advance(testBackend.durations.sync);
    const root = { ImageId: original.ImageId, Region: 'ap-guangzhou' };
    const leafImage = await imageById(leaf!.ImageId, { region: 'ap-beijing' });
    expect(leafImage).toMatchObject({
      CopiedFrom: { ImageId: middle!.ImageId, Region: 'ap-shanghai' },
      LineageRoot: root,
    });
    expect((await imageById(middle!.ImageId, { region: 'ap-shanghai' }))?.LineageRoot).toEqual(root);
    expect(original.LineageRoot).toBeUndefined();

    const regions = ['ap-guangzhou', 'ap-shanghai', 'ap-beijing', 'ap-chengdu'];
    const whole = [`ap-guangzhou:${original.ImageId}`, `ap-shanghai:${middle!.ImageId}`, `ap-beijing:${leaf!.ImageId}`];
    // From the original (its own ID) and from the leaf (the root it records): the same family.
    expect(await family(original.ImageId, regions)).toEqual(whole.sort());
    expect(await family(leafImage!.LineageRoot!.ImageId, regions)).toEqual(whole);

    await ok('DeleteImages', { ImageIds: [original.ImageId] });
    expect(await family(original.ImageId, regions)).toEqual(whole.filter((m) => !m.startsWith('ap-guangzhou')));
  });

  it('shows another account nothing of the family', async () => {
    const original = await redis();
    await sync({ ImageIds: [original.ImageId], DestinationRegions: ['ap-shanghai'] });
    expect(await family(original.ImageId, ['ap-guangzhou', 'ap-shanghai'])).toHaveLength(2);
    const res = await ok<{ TotalCount: number }>(
      'DescribeImages',
      { Filters: [{ Name: 'lineage', Values: [original.ImageId] }] },
      { region: 'ap-shanghai', account: A2 },
    );
    expect(res.TotalCount).toBe(0);
  });
});
