// DescribeImageFromFamily through msw/node: the family's newest NORMAL image that is not deprecated,
// among those the caller sees in the region; null when there is none.
import { describe, expect, it } from 'vitest';
import type { Image } from '../../rules/images.ts';
import { testBackend, testClock } from '../node.ts';
import { A1, A2, A3, imageNamed, ok, refused } from '../../test/api-calls.ts';
import type { Where } from '../../test/direct-call.ts';

const BEIJING = { region: 'ap-beijing' };
const fromFamily = (family: string | undefined, where: Where = {}) =>
  ok<{ Image: Image | null }>('DescribeImageFromFamily', family === undefined ? {} : { ImageFamily: family }, where);

describe('DescribeImageFromFamily', () => {
  it('answers the newest version that is not deprecated, as DescribeImages shows it', async () => {
    const deprecated = await imageNamed('app-base-2025.03', BEIJING);
    expect(deprecated.ImageDeprecated).toBe(true);
    const res = await fromFamily('app-base', BEIJING);
    expect(res.Image).toEqual(await imageNamed('app-base-2025.02', BEIJING));
  });

  it('follows the family as versions are deprecated, restored and moved', async () => {
    const v2 = await imageNamed('app-base-2025.02', BEIJING);
    const v3 = await imageNamed('app-base-2025.03', BEIJING);
    await ok('ModifyImageAttribute', { ImageId: v2.ImageId, ImageDeprecated: true }, BEIJING);
    expect((await fromFamily('app-base', BEIJING)).Image?.ImageName).toBe('app-base-2025.01');
    await ok('ModifyImageAttribute', { ImageId: v3.ImageId, ImageDeprecated: false }, BEIJING);
    expect((await fromFamily('app-base', BEIJING)).Image?.ImageName).toBe('app-base-2025.03');
    await ok('ModifyImageAttribute', { ImageId: v3.ImageId, ImageFamily: 'app-next' }, BEIJING);
    expect((await fromFamily('app-base', BEIJING)).Image?.ImageName).toBe('app-base-2025.01');
    expect((await fromFamily('app-next', BEIJING)).Image?.ImageId).toBe(v3.ImageId);
  });

  it('passes over an image still being made, and takes it once it is NORMAL', async () => {
    const instance = testBackend.data().instances.find((i) => i.OwnerId === A1 && i.Region === 'ap-guangzhou')!;
    const { ImageId } = await ok<{ ImageId: string }>('CreateImage', {
      InstanceId: instance.InstanceId,
      ImageName: 'web-tier-next',
      ImageFamily: 'web-tier',
    });
    expect((await fromFamily('web-tier')).Image?.ImageName).toBe('web-server-centos79');
    testClock.advance(testBackend.durations.create + 1);
    expect((await fromFamily('web-tier')).Image?.ImageId).toBe(ImageId);
  });

  it('is null for a family with no usable image, an unknown one, another region, or no family', async () => {
    for (const name of ['app-base-2025.01', 'app-base-2025.02']) {
      const image = await imageNamed(name, BEIJING);
      await ok('ModifyImageAttribute', { ImageId: image.ImageId, ImageDeprecated: true }, BEIJING);
    }
    expect((await fromFamily('app-base', BEIJING)).Image).toBeNull();
    expect((await fromFamily('no-such-family', BEIJING)).Image).toBeNull();
    expect((await fromFamily('web-tier', { region: 'ap-singapore' })).Image).toBeNull();
    expect((await fromFamily(undefined)).Image).toBeNull();
    expect((await fromFamily('')).Image).toBeNull();
  });

  it("never answers another account's image, and answers a shared one to whom it is shared", async () => {
    // web-server-centos79 (web-tier) is shared with ...02, not with ...03.
    expect((await fromFamily('web-tier', { account: A3 })).Image).toBeNull();
    const shared = (await fromFamily('web-tier', { account: A2 })).Image;
    expect(shared?.ImageName).toBe('web-server-centos79');
    expect(shared?.ImageType).toBe('SHARED_IMAGE');
    expect((await fromFamily('app-base', { ...BEIJING, account: A2 })).Image).toBeNull();
  });

  it('refuses a family name longer than any family can have, naming the limit', async () => {
    const error = await refused('DescribeImageFromFamily', { ImageFamily: 'f'.repeat(61) });
    expect(error.Code).toBe('InvalidParameterValue.TooLarge');
    expect(error.Message).toMatch(/`ImageFamily`.*60/);
  });
});
