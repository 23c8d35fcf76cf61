// Accounts beyond the demo three, through the official SDK over HTTP: every other well-formed root
// account ID is an outside account that can receive shares but cannot sign in, except IDs beginning
// with 999, which do not exist (src/mocks/sentinels.ts). So the 50-recipient limit can be reached.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { demoCredential } from '../../src/mocks/tc3.ts';
import {
  expectSdkError,
  sdkClient,
  startServer,
  type CvmClient,
  type RunningServer,
} from '../../src/test/api-server.ts';

let srv: RunningServer;
let owner: CvmClient;
let imageId = '';

beforeAll(async () => {
  srv = await startServer();
  owner = sdkClient(srv.port);
  const own = await owner.DescribeImages({ Filters: [{ Name: 'image-name', Values: ['redis-cache-debian12'] }] });
  imageId = own.ImageSet![0]!.ImageId!;
});

afterAll(async () => {
  await srv?.server.close();
});

const outside = Array.from({ length: 51 }, (_, i) => String(200_000_000_001 + i));

describe('sharing with outside accounts', () => {
  it('shares one image with 50 accounts', async () => {
    await owner.ModifyImageSharePermission({ ImageId: imageId, AccountIds: outside.slice(0, 50), Permission: 'SHARE' });
    const { SharePermissionSet } = await owner.DescribeImageSharePermission({ ImageId: imageId });
    expect(SharePermissionSet!.map((s) => s.AccountId)).toEqual(outside.slice(0, 50));
    const image = await owner.DescribeImages({ ImageIds: [imageId] });
    expect(image.ImageSet![0]).toMatchObject({ SharedAccountCount: 50 });
  });

  it('refuses the 51st with OverQuota, naming the limit', async () => {
    const error = await expectSdkError(
      owner.ModifyImageSharePermission({ ImageId: imageId, AccountIds: [outside[50]!], Permission: 'SHARE' }),
      'OverQuota',
    );
    expect(error.message).toBe('An image can be shared with at most 50 accounts: 50 already + 1 new = 51. Remove 1.');
  });

  it('refuses an account beginning with 999 with InvalidAccountId.NotFound', async () => {
    await owner.ModifyImageSharePermission({ ImageId: imageId, AccountIds: [outside[0]!], Permission: 'CANCEL' });
    const error = await expectSdkError(
      owner.ModifyImageSharePermission({ ImageId: imageId, AccountIds: ['999000000001'], Permission: 'SHARE' }),
      'InvalidAccountId.NotFound',
    );
    expect(error.message).toBe('No account 999000000001 exists; check the root account ID.');
  });

  it('an outside account cannot sign in: its SecretId does not exist', async () => {
    const stranger = sdkClient(srv.port, { ...demoCredential(outside[1]!) });
    await expectSdkError(stranger.DescribeRegions(), 'AuthFailure.SecretIdNotFound');
  });
});
