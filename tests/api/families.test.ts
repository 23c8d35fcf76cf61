// Image families over real HTTP, through the official Node SDK: DescribeImageFromFamily answers the
// family's newest usable image (or null), and a malformed family is refused with the documented code.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  expectSdkError,
  sdkClient,
  startServer,
  type CvmClient,
  type RunningServer,
} from '../../src/test/api-server.ts';

let srv: RunningServer;
let beijing: CvmClient;

beforeAll(async () => {
  srv = await startServer();
  beijing = sdkClient(srv.port, { region: 'ap-beijing' });
});

afterAll(async () => {
  await srv?.server.close();
});

async function imageNamed(name: string) {
  const res = await beijing.DescribeImages({ Filters: [{ Name: 'image-name', Values: [name] }] });
  return res.ImageSet!.find((i) => i.ImageName === name)!;
}

describe('DescribeImageFromFamily through the SDK', () => {
  it('answers the newest image of the family that is not deprecated', async () => {
    const res = await beijing.DescribeImageFromFamily({ ImageFamily: 'app-base' });
    expect(res.Image).toMatchObject({
      ImageName: 'app-base-2025.02',
      ImageFamily: 'app-base',
      ImageDeprecated: false,
      ImageState: 'NORMAL',
      ImageType: 'PRIVATE_IMAGE',
    });
    expect((await imageNamed('app-base-2025.03')).ImageDeprecated).toBe(true);
    expect(res.RequestId).toMatch(/^[0-9a-f-]{36}$/);
  });

  it('rolls back when the newest is deprecated, and answers null when none is left', async () => {
    const v2 = await imageNamed('app-base-2025.02');
    await beijing.ModifyImageAttribute({ ImageId: v2.ImageId!, ImageDeprecated: true });
    expect((await beijing.DescribeImageFromFamily({ ImageFamily: 'app-base' })).Image?.ImageName).toBe(
      'app-base-2025.01',
    );
    const v1 = await imageNamed('app-base-2025.01');
    await beijing.ModifyImageAttribute({ ImageId: v1.ImageId!, ImageDeprecated: true });
    expect((await beijing.DescribeImageFromFamily({ ImageFamily: 'app-base' })).Image ?? null).toBeNull();
    expect((await beijing.DescribeImageFromFamily({ ImageFamily: 'no-such-family' })).Image ?? null).toBeNull();
  });

  it.each([
    [
      'ModifyImageAttribute',
      () =>
        imageNamed('app-base-2025.01').then((i) =>
          beijing.ModifyImageAttribute({ ImageId: i.ImageId!, ImageFamily: '2025 base' }),
        ),
    ],
    [
      'ImportImage',
      () =>
        beijing.ImportImage({
          Architecture: 'x86_64',
          OsType: 'CentOS',
          OsVersion: '7',
          ImageUrl: 'https://images-1250000000.cos.ap-beijing.myqcloud.com/base.qcow2',
          ImageName: 'sdk-import',
          ImageFamily: 'app/base',
        }),
    ],
  ])('%s refuses a malformed family with InvalidParameterValue.InvalidImageFamily', async (_action, request) => {
    const error = await expectSdkError(request(), 'InvalidParameterValue.InvalidImageFamily');
    expect(error.message).toMatch(/Image family ".+" must start with a letter/);
  });

  it('sets a family at import and finds it', async () => {
    const { ImageId } = await beijing.ImportImage({
      Architecture: 'x86_64',
      OsType: 'CentOS',
      OsVersion: '7',
      ImageUrl: 'https://images-1250000000.cos.ap-beijing.myqcloud.com/base.qcow2',
      ImageName: 'sdk-family-import',
      ImageFamily: 'sdk-family',
    });
    const imported = (await beijing.DescribeImages({ ImageIds: [ImageId!] })).ImageSet![0]!;
    expect(imported.ImageFamily).toBe('sdk-family');
    // Still importing: not yet the family's image.
    expect((await beijing.DescribeImageFromFamily({ ImageFamily: 'sdk-family' })).Image ?? null).toBeNull();
  });
});
