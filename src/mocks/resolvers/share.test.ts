// ModifyImageSharePermission and DescribeImageSharePermission through msw/node, seen from both accounts.
import { describe, expect, it } from 'vitest';
import { testBackend, testClock } from '../node.ts';
import {
  A1,
  A2,
  A3,
  errorOf,
  firstOfType,
  imageById,
  imageNamed,
  instanceNamed,
  listImages,
  listInstances,
  ok,
  refused,
  runParams,
  seededImageId,
} from '../../test/api-calls.ts';
import type { Where } from '../../test/direct-call.ts';

const share = (ImageId: string, AccountIds: string[], options: Where = {}) =>
  ok('ModifyImageSharePermission', { ImageId, AccountIds, Permission: 'SHARE' }, options);
const cancel = (ImageId: string, AccountIds: string[], options: Where = {}) =>
  ok('ModifyImageSharePermission', { ImageId, AccountIds, Permission: 'CANCEL' }, options);
const recipients = async (ImageId: string, options: Where = {}) =>
  (
    await ok<{ SharePermissionSet: { AccountId: string; CreatedTime: string }[] }>(
      'DescribeImageSharePermission',
      { ImageId },
      options,
    )
  ).SharePermissionSet;

/** Puts `count` recipients (outside accounts) on an image straight into the store. */
function preloadRecipients(imageId: string, count: number): void {
  const data = structuredClone(testBackend.data());
  data.shares[imageId] = Array.from({ length: count }, (_, i) => ({
    AccountId: String(200000000000 + i),
    CreatedTime: '2026-01-01T00:00:00Z',
  }));
  testBackend.replace(data);
}

describe('ModifyImageSharePermission: SHARE', () => {
  it('shares an own image: the recipient sees it as SHARED_IMAGE in the same region only', async () => {
    const image = await imageNamed('redis-cache-debian12');
    expect(await imageById(image.ImageId, { account: A3 })).toBeUndefined();
    await share(image.ImageId, [A3]);

    const seen = await imageById(image.ImageId, { account: A3 });
    expect(seen).toMatchObject({
      ImageId: image.ImageId,
      ImageName: 'redis-cache-debian12',
      ImageType: 'SHARED_IMAGE',
      ImageCreator: A1,
      SharedAccountCount: 0,
    });
    expect((await listImages({ account: A3 }, 'SHARED_IMAGE')).map((i) => i.ImageId)).toContain(image.ImageId);
    expect(await imageById(image.ImageId, { account: A3, region: 'ap-shanghai' })).toBeUndefined();
    expect((await listImages({ account: A3, region: 'ap-shanghai' })).map((i) => i.ImageId)).not.toContain(
      image.ImageId,
    );
    // Not shared with account 2, who still does not see it.
    expect(await imageById(image.ImageId, { account: A2 })).toBeUndefined();
    // The owner sees the count and the recipient, with the time of sharing.
    expect((await imageById(image.ImageId))?.SharedAccountCount).toBe(1);
    expect(await recipients(image.ImageId)).toEqual([{ AccountId: A3, CreatedTime: '2026-11-26T08:00:00Z' }]);
  });

  it('shares with several accounts at once', async () => {
    const image = await imageNamed('redis-cache-debian12');
    await share(image.ImageId, [A2, A3]);
    expect((await recipients(image.ImageId)).map((r) => r.AccountId)).toEqual([A2, A3]);
    expect((await imageById(image.ImageId, { account: A2 }))?.ImageType).toBe('SHARED_IMAGE');
  });

  it('shares an image of another region in that region only', async () => {
    const image = await imageNamed('payment-gateway-ubuntu2004', { region: 'ap-shanghai' });
    await share(image.ImageId, [A2], { region: 'ap-shanghai' });
    expect((await imageById(image.ImageId, { account: A2, region: 'ap-shanghai' }))?.ImageType).toBe('SHARED_IMAGE');
    expect(await imageById(image.ImageId, { account: A2 })).toBeUndefined();
  });

  it('lets the recipient launch an instance from it', async () => {
    const image = await imageNamed('redis-cache-debian12');
    await share(image.ImageId, [A3]);
    const { InstanceIdSet } = await ok<{ InstanceIdSet: string[] }>('RunInstances', runParams(image.ImageId), {
      account: A3,
    });
    expect(InstanceIdSet).toHaveLength(1);
  });

  it('refuses sharing with yourself with InvalidAccountIs.YourSelf', async () => {
    const image = await imageNamed('redis-cache-debian12');
    const error = await refused('ModifyImageSharePermission', {
      ImageId: image.ImageId,
      AccountIds: [A1],
      Permission: 'SHARE',
    });
    expect(error.Code).toBe('InvalidAccountIs.YourSelf');
  });

  it('refuses an account it is already shared with with FailedOperation.AccountAlreadyExists', async () => {
    const image = await imageNamed('web-server-centos79');
    const error = await refused('ModifyImageSharePermission', {
      ImageId: image.ImageId,
      AccountIds: [A2],
      Permission: 'SHARE',
    });
    expect(error.Code).toBe('FailedOperation.AccountAlreadyExists');
  });

  it('refuses an account that does not exist with InvalidAccountId.NotFound', async () => {
    const image = await imageNamed('redis-cache-debian12');
    const error = await refused('ModifyImageSharePermission', {
      ImageId: image.ImageId,
      AccountIds: ['999999999999'],
      Permission: 'SHARE',
    });
    expect(error.Code).toBe('InvalidAccountId.NotFound');
    expect(error.Message).toContain('999999999999');
  });

  it('shares with nobody when one account of the batch is wrong', async () => {
    const image = await imageNamed('redis-cache-debian12');
    const error = await refused('ModifyImageSharePermission', {
      ImageId: image.ImageId,
      AccountIds: [A2, '999999999999', A3],
      Permission: 'SHARE',
    });
    expect(error.Code).toBe('InvalidAccountId.NotFound');
    expect(await imageById(image.ImageId, { account: A2 })).toBeUndefined();
  });

  it.each([
    ['letters', 'abc'],
    ['a leading zero', '012345678901'],
    ['too few digits', '12345'],
    ['13 digits', '1000000000011'],
    ['an empty string', ''],
  ])('refuses an account ID with %s with InvalidParameterValue.InvalidAppIdFormat', async (_what, id) => {
    const image = await imageNamed('redis-cache-debian12');
    const error = await refused('ModifyImageSharePermission', {
      ImageId: image.ImageId,
      AccountIds: [id],
      Permission: 'SHARE',
    });
    expect(error.Code).toBe('InvalidParameterValue.InvalidAppIdFormat');
  });

  it('refuses an account listed twice with InvalidParameterValue', async () => {
    const image = await imageNamed('redis-cache-debian12');
    const error = await refused('ModifyImageSharePermission', {
      ImageId: image.ImageId,
      AccountIds: [A2, A2],
      Permission: 'SHARE',
    });
    expect(error.Code).toBe('InvalidParameterValue');
  });

  it('reports the first problem and lists every account ID with one', async () => {
    const image = await imageNamed('redis-cache-debian12');
    const error = await refused('ModifyImageSharePermission', {
      ImageId: image.ImageId,
      AccountIds: ['abc', A2, '999999999999'],
      Permission: 'SHARE',
    });
    expect(error.Code).toBe('InvalidParameterValue.InvalidAppIdFormat');
    expect(error.Message).toMatch(/abc.*999999999999/);
  });

  it('allows 50 recipients and refuses the 51st with OverQuota', async () => {
    const image = await imageNamed('redis-cache-debian12');
    preloadRecipients(image.ImageId, 49);
    const error = await refused('ModifyImageSharePermission', {
      ImageId: image.ImageId,
      AccountIds: [A2, A3],
      Permission: 'SHARE',
    });
    expect(error.Code).toBe('OverQuota');
    expect(error.Message).toMatch(/50/);
    await share(image.ImageId, [A2]);
    expect((await imageById(image.ImageId))?.SharedAccountCount).toBe(50);
    expect(
      (await refused('ModifyImageSharePermission', { ImageId: image.ImageId, AccountIds: [A3], Permission: 'SHARE' }))
        .Code,
    ).toBe('OverQuota');
  });

  it('shares with 50 outside accounts, and refuses the 51st with OverQuota', async () => {
    const image = await imageNamed('redis-cache-debian12');
    const outside = Array.from({ length: 51 }, (_, i) => String(200000000001 + i));
    await share(image.ImageId, outside.slice(0, 50));
    expect((await imageById(image.ImageId))?.SharedAccountCount).toBe(50);
    const error = await refused('ModifyImageSharePermission', {
      ImageId: image.ImageId,
      AccountIds: [outside[50]],
      Permission: 'SHARE',
    });
    expect(error).toEqual({
      Code: 'OverQuota',
      Message: 'An image can be shared with at most 50 accounts: 50 already + 1 new = 51. Remove 1.',
      Field: 'AccountIds',
    });
  });

  it('an outside account exists, but cannot sign in', async () => {
    const image = await imageNamed('redis-cache-debian12');
    await share(image.ImageId, ['2000000001']);
    const error = await errorOf('DescribeImages', {}, { account: '2000000001' });
    expect(error.Code).toBe('AuthFailure.SecretIdNotFound');
  });

  it('checks each account before the 50 limit: 51 well-formed but unknown IDs are InvalidAccountId.NotFound', async () => {
    const image = await imageNamed('redis-cache-debian12');
    // IDs beginning with 999 are the accounts that do not exist (src/mocks/sentinels.ts).
    const ids = Array.from({ length: 51 }, (_, i) => String(999000000000 + i));
    const error = await refused('ModifyImageSharePermission', {
      ImageId: image.ImageId,
      AccountIds: ids,
      Permission: 'SHARE',
    });
    expect(error.Code).toBe('InvalidAccountId.NotFound');
  });

  it.each(['PUBLIC_IMAGE', 'MARKET_IMAGE'] as const)(
    'refuses a %s with InvalidParameterValue.InvalidImageId',
    async (type) => {
      const image = await firstOfType(type);
      const error = await refused('ModifyImageSharePermission', {
        ImageId: image.ImageId,
        AccountIds: [A2],
        Permission: 'SHARE',
      });
      expect(error.Code).toBe('InvalidParameterValue.InvalidImageId');
    },
  );

  it('refuses another account’s image that is not shared with UnauthorizedOperation.ImageNotBelongToAccount', async () => {
    const ImageId = seededImageId(A2, 'ap-guangzhou', 'partner-mysql-debian11');
    const error = await refused('ModifyImageSharePermission', { ImageId, AccountIds: [A3], Permission: 'SHARE' });
    expect(error.Code).toBe('UnauthorizedOperation.ImageNotBelongToAccount');
  });

  it('refuses an unknown image and an image of another region with InvalidImageId.NotFound', async () => {
    const params = { AccountIds: [A2], Permission: 'SHARE' };
    expect((await refused('ModifyImageSharePermission', { ImageId: 'img-zzzzzzzz', ...params })).Code).toBe(
      'InvalidImageId.NotFound',
    );
    const sh = await imageNamed('payment-gateway-ubuntu2004', { region: 'ap-shanghai' });
    expect((await refused('ModifyImageSharePermission', { ImageId: sh.ImageId, ...params })).Code).toBe(
      'InvalidImageId.NotFound',
    );
  });

  it('refuses an image still being created with InvalidParameterValue.InvalidImageState, and shares it once done', async () => {
    const { InstanceId } = await instanceNamed('web-01');
    const { ImageId } = await ok<{ ImageId: string }>('CreateImage', { ImageName: 'fresh', InstanceId });
    const error = await refused('ModifyImageSharePermission', { ImageId, AccountIds: [A2], Permission: 'SHARE' });
    expect(error.Code).toBe('InvalidParameterValue.InvalidImageState');
    testClock.advance(testBackend.durations.create);
    await share(ImageId, [A2]);
  });

  it('refuses an image whose import failed with InvalidParameterValue.InvalidImageState', async () => {
    const image = await imageNamed('legacy-erp-import');
    const error = await refused('ModifyImageSharePermission', {
      ImageId: image.ImageId,
      AccountIds: [A2],
      Permission: 'SHARE',
    });
    expect(error.Code).toBe('InvalidParameterValue.InvalidImageState');
  });

  it('refuses a BYOL image with FailedOperation.BYOLImageShareFailed', async () => {
    const { ImageId } = await ok<{ ImageId: string }>('ImportImage', {
      Architecture: 'x86_64',
      OsType: 'CentOS',
      OsVersion: '7',
      ImageUrl: 'https://b-1250000000.cos.ap-guangzhou.myqcloud.com/byol.qcow2',
      ImageName: 'byol',
      LicenseType: 'BYOL',
    });
    testClock.advance(testBackend.durations.import);
    const error = await refused('ModifyImageSharePermission', { ImageId, AccountIds: [A2], Permission: 'SHARE' });
    expect(error.Code).toBe('FailedOperation.BYOLImageShareFailed');
  });

  it.each([
    ['an unknown Permission', { Permission: 'GRANT' }, 'InvalidParameterValue'],
    ['no account IDs', { AccountIds: [] }, 'InvalidParameterValue'],
    [
      '101 account IDs',
      { AccountIds: Array.from({ length: 101 }, (_, i) => String(300000000000 + i)) },
      'InvalidParameterValue.LimitExceeded',
    ],
  ])('refuses %s with %s', async (_what, overrides, code) => {
    const image = await imageNamed('redis-cache-debian12');
    const params = { ImageId: image.ImageId, AccountIds: [A2], Permission: 'SHARE', ...overrides };
    expect((await refused('ModifyImageSharePermission', params)).Code).toBe(code);
  });
});

describe('ModifyImageSharePermission: CANCEL', () => {
  it('stops sharing: the recipient no longer sees the image, the others still do', async () => {
    const image = await imageNamed('app-base-ubuntu2204');
    expect((await imageById(image.ImageId, { account: A2 }))?.ImageType).toBe('SHARED_IMAGE');
    await cancel(image.ImageId, [A2]);
    expect(await imageById(image.ImageId, { account: A2 })).toBeUndefined();
    expect((await listImages({ account: A2 }, 'SHARED_IMAGE')).map((i) => i.ImageId)).not.toContain(image.ImageId);
    expect((await imageById(image.ImageId, { account: A3 }))?.ImageType).toBe('SHARED_IMAGE');
    expect((await recipients(image.ImageId)).map((r) => r.AccountId)).toEqual([A3]);
    expect((await imageById(image.ImageId))?.SharedAccountCount).toBe(1);
  });

  it('cancelling every recipient leaves no share record', async () => {
    const image = await imageNamed('app-base-ubuntu2204');
    await cancel(image.ImageId, [A2, A3]);
    expect(await recipients(image.ImageId)).toEqual([]);
    expect(testBackend.data().shares[image.ImageId]).toBeUndefined();
  });

  it('refuses an account the image is not shared with with InvalidAccountId.NotFound', async () => {
    const image = await imageNamed('web-server-centos79');
    const error = await refused('ModifyImageSharePermission', {
      ImageId: image.ImageId,
      AccountIds: [A3],
      Permission: 'CANCEL',
    });
    expect(error.Code).toBe('InvalidAccountId.NotFound');
  });

  it('a cancelled share can be shared again', async () => {
    const image = await imageNamed('web-server-centos79');
    await cancel(image.ImageId, [A2]);
    testClock.advance(60_000);
    await share(image.ImageId, [A2]);
    expect(await recipients(image.ImageId)).toEqual([{ AccountId: A2, CreatedTime: '2026-11-26T08:01:00Z' }]);
  });

  it('leaves the recipient’s instances running but stops new launches: InvalidImageId.NotFound', async () => {
    const image = await imageNamed('web-server-centos79');
    const { InstanceIdSet } = await ok<{ InstanceIdSet: string[] }>('RunInstances', runParams(image.ImageId), {
      account: A2,
    });
    await cancel(image.ImageId, [A2]);
    expect((await listInstances({ account: A2 })).map((i) => i.InstanceId)).toContain(InstanceIdSet[0]);
    expect((await refused('RunInstances', runParams(image.ImageId), { account: A2 })).Code).toBe(
      'InvalidImageId.NotFound',
    );
    expect((await refused('InquiryPriceRunInstances', runParams(image.ImageId), { account: A2 })).Code).toBe(
      'InvalidImageId.NotFound',
    );
  });
});

describe('what the recipient of a shared image may not do', () => {
  // web-server-centos79 of account 1 in Guangzhou is shared with account 2.
  async function sharedWithA2(): Promise<string> {
    const image = await imageNamed('web-server-centos79', { account: A2 });
    expect(image.ImageType).toBe('SHARED_IMAGE');
    return image.ImageId;
  }

  it('re-share it: UnauthorizedOperation.ImageNotBelongToAccount', async () => {
    const ImageId = await sharedWithA2();
    const error = await refused(
      'ModifyImageSharePermission',
      { ImageId, AccountIds: [A3], Permission: 'SHARE' },
      { account: A2 },
    );
    expect(error.Code).toBe('UnauthorizedOperation.ImageNotBelongToAccount');
  });

  it('cancel its own access: UnauthorizedOperation.ImageNotBelongToAccount', async () => {
    const ImageId = await sharedWithA2();
    const error = await refused(
      'ModifyImageSharePermission',
      { ImageId, AccountIds: [A2], Permission: 'CANCEL' },
      { account: A2 },
    );
    expect(error.Code).toBe('UnauthorizedOperation.ImageNotBelongToAccount');
  });

  it('delete it: InvalidParameterValue.InvalidImageIdIsShared', async () => {
    const ImageId = await sharedWithA2();
    expect((await refused('DeleteImages', { ImageIds: [ImageId] }, { account: A2 })).Code).toBe(
      'InvalidParameterValue.InvalidImageIdIsShared',
    );
  });

  it('copy it: InvalidParameterValue.InvalidImageIdIsShared', async () => {
    const ImageId = await sharedWithA2();
    const error = await refused(
      'SyncImages',
      { ImageIds: [ImageId], DestinationRegions: ['ap-shanghai'] },
      { account: A2 },
    );
    expect(error.Code).toBe('InvalidParameterValue.InvalidImageIdIsShared');
  });

  it('edit it: UnsupportedOperation.SharedImageModifyUnsupported', async () => {
    const ImageId = await sharedWithA2();
    expect((await refused('ModifyImageAttribute', { ImageId, ImageName: 'mine' }, { account: A2 })).Code).toBe(
      'UnsupportedOperation.SharedImageModifyUnsupported',
    );
  });

  it('see whom it is shared with: UnauthorizedOperation.ImageNotBelongToAccount', async () => {
    const ImageId = await sharedWithA2();
    expect((await errorOf('DescribeImageSharePermission', { ImageId }, { account: A2 })).Code).toBe(
      'UnauthorizedOperation.ImageNotBelongToAccount',
    );
  });
});

describe('DescribeImageSharePermission', () => {
  it('lists the recipients of an own image with the time each was added', async () => {
    const image = await imageNamed('app-base-ubuntu2204');
    expect(await recipients(image.ImageId)).toEqual([
      { AccountId: A2, CreatedTime: '2025-01-16T09:30:00Z' },
      { AccountId: A3, CreatedTime: '2025-01-16T09:30:00Z' },
    ]);
  });

  it('answers an empty list for an own image shared with nobody', async () => {
    const image = await imageNamed('redis-cache-debian12');
    expect(await recipients(image.ImageId)).toEqual([]);
  });

  it.each([
    ['an image shared in', async () => (await imageNamed('partner-api-centos79')).ImageId],
    ['a public image', async () => (await firstOfType('PUBLIC_IMAGE')).ImageId],
    ['a marketplace image', async () => (await firstOfType('MARKET_IMAGE')).ImageId],
    ['another account’s image', async () => seededImageId(A2, 'ap-guangzhou', 'partner-mysql-debian11')],
  ])('refuses %s with UnauthorizedOperation.ImageNotBelongToAccount', async (_what, id) => {
    expect((await errorOf('DescribeImageSharePermission', { ImageId: await id() })).Code).toBe(
      'UnauthorizedOperation.ImageNotBelongToAccount',
    );
  });

  it('refuses an unknown or malformed image ID', async () => {
    expect((await errorOf('DescribeImageSharePermission', { ImageId: 'img-zzzzzzzz' })).Code).toBe(
      'InvalidImageId.NotFound',
    );
    expect((await errorOf('DescribeImageSharePermission', { ImageId: 'zzz' })).Code).toBe('InvalidImageId.Malformed');
  });
});
