// A custom image's whole life through the official SDK, two accounts, over HTTP; the backend's clock is moved by hand.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ManualClock } from '../../src/mocks/clock.ts';
import {
  ACCOUNT_A,
  ACCOUNT_B,
  expectSdkError,
  sdkClient,
  startServer,
  type CvmClient,
  type RunningServer,
} from '../../src/test/api-server.ts';

let srv: RunningServer;
let clock: ManualClock;
let owner: CvmClient;
let ownerShanghai: CvmClient;
let recipient: CvmClient;

beforeAll(async () => {
  clock = new ManualClock(Date.now());
  srv = await startServer({ clock });
  owner = sdkClient(srv.port, { accountId: ACCOUNT_A });
  ownerShanghai = sdkClient(srv.port, { accountId: ACCOUNT_A, region: 'ap-shanghai' });
  recipient = sdkClient(srv.port, { accountId: ACCOUNT_B });
});

afterAll(async () => {
  await srv?.server.close();
});

async function imageById(client: CvmClient, imageId: string) {
  const res = await client.DescribeImages({ ImageIds: [imageId] });
  return res.ImageSet?.[0];
}

describe('create → edit → share → copy → delete', () => {
  // The steps depend on each other, in order.
  let instanceId = '';
  let imageId = '';
  let copyId = '';
  const name = `api-lifecycle-${Date.now().toString(36)}`;

  it('DescribeInstances finds a running or stopped instance in ap-guangzhou', async () => {
    const res = await owner.DescribeInstances({ Limit: 100 });
    expect(res.TotalCount).toBeGreaterThan(0);
    const candidate = res.InstanceSet!.find(
      (i) => i.Placement?.Zone?.startsWith('ap-guangzhou-') && ['RUNNING', 'STOPPED'].includes(i.InstanceState ?? ''),
    );
    expect(candidate, 'a RUNNING or STOPPED instance of account 100000000001 in ap-guangzhou').toBeDefined();
    instanceId = candidate!.InstanceId!;
    expect(instanceId).toMatch(/^ins-[a-z0-9]{8}$/);
  });

  it('CreateImage starts CREATING and becomes NORMAL once durations.create has passed', async () => {
    const res = await owner.CreateImage({
      InstanceId: instanceId,
      ImageName: name,
      ImageDescription: 'made by the API test',
    });
    imageId = res.ImageId!;
    expect(imageId).toMatch(/^img-[a-z0-9]{8}$/);

    const creating = await imageById(owner, imageId);
    expect(creating).toMatchObject({
      ImageId: imageId,
      ImageName: name,
      ImageType: 'PRIVATE_IMAGE',
      ImageState: 'CREATING',
    });
    expect(creating!.ImageCreator).toBe(ACCOUNT_A);

    clock.advance(srv.backend.durations.create + 1);
    expect(await imageById(owner, imageId)).toMatchObject({ ImageState: 'NORMAL' });
  });

  it('DescribeImages lists it among the custom images', async () => {
    const res = await owner.DescribeImages({
      Filters: [{ Name: 'image-type', Values: ['PRIVATE_IMAGE'] }],
      Limit: 100,
    });
    expect(res.ImageSet!.map((i) => i.ImageId)).toContain(imageId);
    const byName = await owner.DescribeImages({ Filters: [{ Name: 'image-name', Values: [name] }] });
    expect(byName.ImageSet!.map((i) => i.ImageId)).toEqual([imageId]);
  });

  it('ModifyImageAttribute renames it and changes its description', async () => {
    await owner.ModifyImageAttribute({ ImageId: imageId, ImageName: `${name}-v2`, ImageDescription: 'renamed' });
    expect(await imageById(owner, imageId)).toMatchObject({ ImageName: `${name}-v2`, ImageDescription: 'renamed' });
  });

  it('ModifyImageSharePermission SHARE with 100000000002', async () => {
    await owner.ModifyImageSharePermission({ ImageId: imageId, AccountIds: [ACCOUNT_B], Permission: 'SHARE' });
    const perms = await owner.DescribeImageSharePermission({ ImageId: imageId });
    expect(perms.SharePermissionSet!.map((p) => p.AccountId)).toEqual([ACCOUNT_B]);
  });

  it('the recipient sees it as SHARED_IMAGE, in the same region only', async () => {
    const res = await recipient.DescribeImages({
      Filters: [{ Name: 'image-type', Values: ['SHARED_IMAGE'] }],
      Limit: 100,
    });
    const shared = res.ImageSet!.find((i) => i.ImageId === imageId);
    expect(shared).toMatchObject({ ImageType: 'SHARED_IMAGE', ImageName: `${name}-v2` });

    const elsewhere = await sdkClient(srv.port, { accountId: ACCOUNT_B, region: 'ap-shanghai' }).DescribeImages({
      Filters: [{ Name: 'image-type', Values: ['SHARED_IMAGE'] }],
      Limit: 100,
    });
    expect(elsewhere.ImageSet!.map((i) => i.ImageId)).not.toContain(imageId);
  });

  it('the recipient may not edit it: UnsupportedOperation.SharedImageModifyUnsupported', async () => {
    await expectSdkError(
      recipient.ModifyImageAttribute({ ImageId: imageId, ImageName: 'taken over' }),
      'UnsupportedOperation.SharedImageModifyUnsupported',
    );
    expect(await imageById(owner, imageId)).toMatchObject({ ImageName: `${name}-v2` });
  });

  it('DeleteImages is refused while shared: InvalidImageId.InShared', async () => {
    await expectSdkError(owner.DeleteImages({ ImageIds: [imageId] }), 'InvalidImageId.InShared');
    expect(await imageById(owner, imageId)).toBeDefined();
  });

  it('CANCEL sharing removes it from the recipient', async () => {
    await owner.ModifyImageSharePermission({ ImageId: imageId, AccountIds: [ACCOUNT_B], Permission: 'CANCEL' });
    const perms = await owner.DescribeImageSharePermission({ ImageId: imageId });
    expect(perms.SharePermissionSet).toEqual([]);
    const res = await recipient.DescribeImages({
      Filters: [{ Name: 'image-type', Values: ['SHARED_IMAGE'] }],
      Limit: 100,
    });
    expect(res.ImageSet!.map((i) => i.ImageId)).not.toContain(imageId);
  });

  it('SyncImages copies it to ap-shanghai (SYNCING, then NORMAL)', async () => {
    const res = await owner.SyncImages({
      ImageIds: [imageId],
      DestinationRegions: ['ap-shanghai'],
      ImageSetRequired: true,
    });
    expect(res.ImageSet).toHaveLength(1);
    expect(res.ImageSet![0]).toMatchObject({ Region: 'ap-shanghai' });
    copyId = res.ImageSet![0]!.ImageId!;
    expect(copyId).toMatch(/^img-[a-z0-9]{8}$/);
    expect(copyId).not.toBe(imageId);

    const syncing = await imageById(ownerShanghai, copyId);
    expect(syncing).toMatchObject({ ImageState: 'SYNCING', ImageName: `${name}-v2` });
    // Its source is busy meanwhile: it says so, and refuses any change and a second copy.
    // (CopyingTo is the mock's extension, which the SDK's types do not know.)
    expect(((await imageById(owner, imageId)) as { CopyingTo?: unknown }).CopyingTo).toEqual([
      { ImageId: copyId, Region: 'ap-shanghai', SyncPercent: 0 },
    ]);
    await expectSdkError(owner.DeleteImages({ ImageIds: [imageId] }), 'InvalidImageId.IncorrectState');
    await expectSdkError(
      owner.ModifyImageAttribute({ ImageId: imageId, ImageDescription: 'busy' }),
      'InvalidImageId.IncorrectState',
    );
    await expectSdkError(
      owner.ModifyImageSharePermission({ ImageId: imageId, AccountIds: [ACCOUNT_B], Permission: 'SHARE' }),
      'InvalidParameterValue.InvalidImageState',
    );
    await expectSdkError(
      owner.SyncImages({ ImageIds: [imageId], DestinationRegions: ['ap-beijing'] }),
      'FailedOperation.InvalidImageState',
    );
    clock.advance(srv.backend.durations.sync + 1);
    expect(await imageById(ownerShanghai, copyId)).toMatchObject({ ImageState: 'NORMAL', SyncPercent: 100 });
  });

  it('DeleteImages then succeeds, in each region', async () => {
    await owner.DeleteImages({ ImageIds: [imageId] });
    await expectSdkError(owner.DescribeImageSharePermission({ ImageId: imageId }), 'InvalidImageId.NotFound');
    const left = await owner.DescribeImages({
      Filters: [{ Name: 'image-type', Values: ['PRIVATE_IMAGE'] }],
      Limit: 100,
    });
    expect(left.ImageSet!.map((i) => i.ImageId)).not.toContain(imageId);
    // The copy is an image of its own and outlives its source.
    expect(await imageById(ownerShanghai, copyId)).toMatchObject({ ImageState: 'NORMAL' });
    await ownerShanghai.DeleteImages({ ImageIds: [copyId] });
  });
});
