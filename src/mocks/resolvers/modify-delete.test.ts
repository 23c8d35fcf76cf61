// ModifyImageAttribute and DeleteImages through msw/node: who may change what, all-or-nothing batches.
import { describe, expect, it } from 'vitest';
import { testBackend, testClock } from '../node.ts';
import {
  A1,
  A2,
  firstOfType,
  imageById,
  imageNamed,
  instanceNamed,
  listImages,
  listInstances,
  ok,
  refused,
  seededImageId,
} from '../../test/api-calls.ts';

async function createFromWeb01(ImageName: string): Promise<string> {
  const { InstanceId } = await instanceNamed('web-01');
  return (await ok<{ ImageId: string }>('CreateImage', { ImageName, InstanceId })).ImageId;
}

describe('ModifyImageAttribute', () => {
  it('changes the name, description, family and deprecation of an own image', async () => {
    const image = await imageNamed('redis-cache-debian12');
    await ok('ModifyImageAttribute', {
      ImageId: image.ImageId,
      ImageName: 'redis-7-debian12',
      ImageDescription: 'Redis 7.2, persistence on.',
      ImageFamily: 'redis',
      ImageDeprecated: true,
    });
    expect(await imageById(image.ImageId)).toMatchObject({
      ...image,
      ImageName: 'redis-7-debian12',
      ImageDescription: 'Redis 7.2, persistence on.',
      ImageFamily: 'redis',
      ImageDeprecated: true,
    });
  });

  it('changes only what is given', async () => {
    const image = await imageNamed('redis-cache-debian12');
    await ok('ModifyImageAttribute', { ImageId: image.ImageId, ImageDescription: 'only this' });
    expect(await imageById(image.ImageId)).toEqual({ ...image, ImageDescription: 'only this' });
  });

  it('accepts the image’s own current name, a 60-character name and a name another account uses', async () => {
    const image = await imageNamed('redis-cache-debian12');
    await ok('ModifyImageAttribute', { ImageId: image.ImageId, ImageName: 'redis-cache-debian12' });
    await ok('ModifyImageAttribute', { ImageId: image.ImageId, ImageName: 'r'.repeat(60) });
    await ok('ModifyImageAttribute', { ImageId: image.ImageId, ImageName: 'partner-mysql-debian11' });
  });

  it('judges names as a person sees them: stored without the spaces around, a look-alike of a taken name refused', async () => {
    const image = await imageNamed('redis-cache-debian12');
    await ok('ModifyImageAttribute', { ImageId: image.ImageId, ImageName: '  redis-7  ' });
    expect((await imageById(image.ImageId))?.ImageName).toBe('redis-7');
    const error = await refused('ModifyImageAttribute', {
      ImageId: image.ImageId,
      ImageName: 'web-server-centos79\u3000',
    });
    expect(error).toMatchObject({
      Code: 'InvalidImageName.Duplicate',
      Message: 'You already have an image named "web-server-centos79" in this region; choose another name.',
    });
    expect((await refused('ModifyImageAttribute', { ImageId: image.ImageId, ImageName: ' \u200B ' })).Code).toBe(
      'InvalidParameterValue',
    );
  });

  it('counts an emoji as one character', async () => {
    const image = await imageNamed('redis-cache-debian12');
    await ok('ModifyImageAttribute', { ImageId: image.ImageId, ImageName: '🚀'.repeat(60) });
    expect((await imageById(image.ImageId))?.ImageName).toBe('🚀'.repeat(60));
  });

  it('edits an image whose import failed', async () => {
    const image = await imageNamed('legacy-erp-import');
    await ok('ModifyImageAttribute', { ImageId: image.ImageId, ImageName: 'legacy-erp-import-v1' });
  });

  it('lets the owner edit a shared-out image, and the recipient sees the new name', async () => {
    const image = await imageNamed('web-server-centos79');
    await ok('ModifyImageAttribute', { ImageId: image.ImageId, ImageName: 'web-tier' });
    expect((await imageById(image.ImageId, { account: A2 }))?.ImageName).toBe('web-tier');
  });

  it('refuses an image shared in with UnsupportedOperation.SharedImageModifyUnsupported', async () => {
    const shared = await imageNamed('partner-api-centos79');
    expect(shared.ImageType).toBe('SHARED_IMAGE');
    const error = await refused('ModifyImageAttribute', { ImageId: shared.ImageId, ImageName: 'mine-now' });
    expect(error.Code).toBe('UnsupportedOperation.SharedImageModifyUnsupported');
  });

  it.each(['PUBLIC_IMAGE', 'MARKET_IMAGE'] as const)(
    'refuses a %s with InvalidParameterValue.InvalidImageId',
    async (type) => {
      const image = await firstOfType(type);
      const error = await refused('ModifyImageAttribute', { ImageId: image.ImageId, ImageName: 'mine-now' });
      expect(error.Code).toBe('InvalidParameterValue.InvalidImageId');
    },
  );

  it('refuses another account’s image that is not shared with UnauthorizedOperation.ImageNotBelongToAccount', async () => {
    const ImageId = seededImageId(A2, 'ap-guangzhou', 'partner-mysql-debian11');
    const error = await refused('ModifyImageAttribute', { ImageId, ImageName: 'mine-now' });
    expect(error.Code).toBe('UnauthorizedOperation.ImageNotBelongToAccount');
  });

  it.each([
    ['a name the caller already uses in the region', 'web-server-centos79', 'InvalidImageName.Duplicate'],
    ['a 61-character name', 'n'.repeat(61), 'InvalidParameterValue.TooLarge'],
    ['an empty name', '', 'InvalidParameterValue'],
  ])('refuses %s with %s', async (_what, ImageName, code) => {
    const image = await imageNamed('redis-cache-debian12');
    expect((await refused('ModifyImageAttribute', { ImageId: image.ImageId, ImageName })).Code).toBe(code);
  });

  it('names the limit when a name is too long', async () => {
    const image = await imageNamed('redis-cache-debian12');
    const error = await refused('ModifyImageAttribute', { ImageId: image.ImageId, ImageName: 'n'.repeat(61) });
    expect(error.Message).toMatch(/60/);
  });

  it('refuses a 257-character description with InvalidParameterValue.TooLarge', async () => {
    const image = await imageNamed('redis-cache-debian12');
    const error = await refused('ModifyImageAttribute', { ImageId: image.ImageId, ImageDescription: 'd'.repeat(257) });
    expect(error.Code).toBe('InvalidParameterValue.TooLarge');
  });

  it('refuses an unknown image and an image of another region with InvalidImageId.NotFound', async () => {
    expect((await refused('ModifyImageAttribute', { ImageId: 'img-zzzzzzzz', ImageName: 'x' })).Code).toBe(
      'InvalidImageId.NotFound',
    );
    const shanghai = await imageNamed('payment-gateway-ubuntu2004', { region: 'ap-shanghai' });
    expect((await refused('ModifyImageAttribute', { ImageId: shanghai.ImageId, ImageName: 'x' })).Code).toBe(
      'InvalidImageId.NotFound',
    );
  });

  it('refuses an image still being created with InvalidImageId.IncorrectState, and edits it once done', async () => {
    const ImageId = await createFromWeb01('fresh');
    expect((await refused('ModifyImageAttribute', { ImageId, ImageName: 'renamed' })).Code).toBe(
      'InvalidImageId.IncorrectState',
    );
    testClock.advance(testBackend.durations.create);
    await ok('ModifyImageAttribute', { ImageId, ImageName: 'renamed' });
  });
});

describe('DeleteImages', () => {
  it('deletes an own image', async () => {
    const image = await imageNamed('redis-cache-debian12');
    await ok('DeleteImages', { ImageIds: [image.ImageId] });
    expect(await imageById(image.ImageId)).toBeUndefined();
    expect((await listImages({}, 'PRIVATE_IMAGE')).length).toBe(7);
  });

  it('deletes several images at once, and a repeated ID once', async () => {
    const a = await imageNamed('redis-cache-debian12');
    const b = await imageNamed('legacy-erp-import');
    await ok('DeleteImages', { ImageIds: [a.ImageId, b.ImageId, a.ImageId] });
    expect((await listImages({}, 'PRIVATE_IMAGE')).map((i) => i.ImageName)).not.toContain('redis-cache-debian12');
    expect((await listImages({}, 'PRIVATE_IMAGE')).length).toBe(6);
  });

  it('frees quota: a full region accepts a new image after a delete', async () => {
    await createFromWeb01('ninth');
    await createFromWeb01('tenth');
    const { InstanceId } = await instanceNamed('web-01');
    expect((await refused('CreateImage', { ImageName: 'eleventh', InstanceId })).Code).toBe('ImageQuotaLimitExceeded');
    await ok('DeleteImages', { ImageIds: [(await imageNamed('redis-cache-debian12')).ImageId] });
    await createFromWeb01('eleventh');
  });

  it('deletes only in the request region: a same-named image elsewhere stays', async () => {
    const sh = await imageNamed('web-server-centos79', { region: 'ap-shanghai' });
    const gz = await imageNamed('web-server-centos79');
    await ok('DeleteImages', { ImageIds: [sh.ImageId] }, { region: 'ap-shanghai' });
    expect(await imageById(gz.ImageId)).toBeDefined();
  });

  it('leaves instances launched from the image running', async () => {
    const image = await imageNamed('redis-cache-debian12');
    const { InstanceIdSet } = await ok<{ InstanceIdSet: string[] }>('RunInstances', {
      Placement: { Zone: 'ap-guangzhou-3' },
      ImageId: image.ImageId,
      InstanceType: 'S5.MEDIUM4',
      InstanceName: 'from-redis',
    });
    await ok('DeleteImages', { ImageIds: [image.ImageId] });
    const instance = (await listInstances()).find((i) => i.InstanceId === InstanceIdSet[0]);
    expect(instance).toMatchObject({ InstanceName: 'from-redis', ImageId: image.ImageId });
  });

  it('refuses an image shared with other accounts with InvalidImageId.InShared, naming it', async () => {
    const shared = await imageNamed('web-server-centos79');
    expect(shared.SharedAccountCount).toBe(1);
    const error = await refused('DeleteImages', { ImageIds: [shared.ImageId] });
    expect(error.Code).toBe('InvalidImageId.InShared');
    expect(error.Message).toContain(shared.ImageId);
  });

  it('deletes nothing when one image of the batch is shared, even if the others could go', async () => {
    const deletable = await imageNamed('redis-cache-debian12');
    const alsoDeletable = await imageNamed('legacy-erp-import');
    const shared = await imageNamed('app-base-ubuntu2204');
    const error = await refused('DeleteImages', {
      ImageIds: [deletable.ImageId, alsoDeletable.ImageId, shared.ImageId],
    });
    expect(error.Code).toBe('InvalidImageId.InShared');
    expect(await imageById(deletable.ImageId)).toBeDefined();
  });

  it('deletes nothing when one ID of the batch does not exist', async () => {
    const deletable = await imageNamed('redis-cache-debian12');
    const error = await refused('DeleteImages', { ImageIds: [deletable.ImageId, 'img-zzzzzzzz'] });
    expect(error.Code).toBe('InvalidImageId.NotFound');
  });

  it('deletes a shared-out image once its sharing is cancelled', async () => {
    const image = await imageNamed('web-server-centos79');
    await ok('ModifyImageSharePermission', { ImageId: image.ImageId, AccountIds: [A2], Permission: 'CANCEL' });
    await ok('DeleteImages', { ImageIds: [image.ImageId] });
    expect(await imageById(image.ImageId)).toBeUndefined();
    expect(testBackend.data().shares[image.ImageId]).toBeUndefined();
  });

  it.each([
    ['being created', 'CREATE'],
    ['being imported', 'IMPORT'],
  ] as const)(
    'refuses an image %s with InvalidImageId.IncorrectState, and deletes it once done',
    async (_what, kind) => {
      const ImageId =
        kind === 'CREATE'
          ? await createFromWeb01('busy')
          : (
              await ok<{ ImageId: string }>('ImportImage', {
                Architecture: 'x86_64',
                OsType: 'CentOS',
                OsVersion: '7',
                ImageUrl: 'https://b-1250000000.cos.ap-guangzhou.myqcloud.com/c.qcow2',
                ImageName: 'busy',
              })
            ).ImageId;
      expect((await refused('DeleteImages', { ImageIds: [ImageId] })).Code).toBe('InvalidImageId.IncorrectState');
      testClock.advance(Math.max(testBackend.durations.create, testBackend.durations.import));
      await ok('DeleteImages', { ImageIds: [ImageId] });
    },
  );

  it('refuses a copy still syncing with InvalidImageId.IncorrectState', async () => {
    const image = await imageNamed('redis-cache-debian12');
    const { ImageSet } = await ok<{ ImageSet: { ImageId: string; Region: string }[] }>('SyncImages', {
      ImageIds: [image.ImageId],
      DestinationRegions: ['ap-shanghai'],
      ImageSetRequired: true,
    });
    const copy = ImageSet[0]!;
    const error = await refused('DeleteImages', { ImageIds: [copy.ImageId] }, { region: 'ap-shanghai' });
    expect(error.Code).toBe('InvalidImageId.IncorrectState');
  });

  it.each(['PUBLIC_IMAGE', 'MARKET_IMAGE'] as const)(
    'refuses a %s with InvalidParameterValue.InvalidImageId',
    async (type) => {
      const image = await firstOfType(type);
      expect((await refused('DeleteImages', { ImageIds: [image.ImageId] })).Code).toBe(
        'InvalidParameterValue.InvalidImageId',
      );
    },
  );

  it('refuses an image shared in with InvalidParameterValue.InvalidImageIdIsShared', async () => {
    const shared = await imageNamed('reseller-lamp-centos79');
    expect((await refused('DeleteImages', { ImageIds: [shared.ImageId] })).Code).toBe(
      'InvalidParameterValue.InvalidImageIdIsShared',
    );
  });

  it('refuses another account’s image that is not shared with UnauthorizedOperation.ImageNotBelongToAccount', async () => {
    const ImageId = seededImageId(A2, 'ap-guangzhou', 'partner-mysql-debian11');
    expect((await refused('DeleteImages', { ImageIds: [ImageId] })).Code).toBe(
      'UnauthorizedOperation.ImageNotBelongToAccount',
    );
  });

  it('refuses an unknown image and an image of another region with InvalidImageId.NotFound', async () => {
    expect((await refused('DeleteImages', { ImageIds: ['img-zzzzzzzz'] })).Code).toBe('InvalidImageId.NotFound');
    const sh = await imageNamed('payment-gateway-ubuntu2004', { region: 'ap-shanghai' });
    expect((await refused('DeleteImages', { ImageIds: [sh.ImageId] })).Code).toBe('InvalidImageId.NotFound');
  });

  it('answers DryRunOperation and deletes nothing for a batch that would pass', async () => {
    const image = await imageNamed('redis-cache-debian12');
    expect((await refused('DeleteImages', { ImageIds: [image.ImageId], DryRun: true })).Code).toBe('DryRunOperation');
    expect(await imageById(image.ImageId)).toBeDefined();
  });

  it('answers the real error, not DryRunOperation, for a DryRun batch that would fail', async () => {
    const shared = await imageNamed('web-server-centos79');
    expect((await refused('DeleteImages', { ImageIds: [shared.ImageId], DryRun: true })).Code).toBe(
      'InvalidImageId.InShared',
    );
  });

  it('accepts DeleteBindedSnap', async () => {
    const image = await imageNamed('redis-cache-debian12');
    await ok('DeleteImages', { ImageIds: [image.ImageId], DeleteBindedSnap: true });
    expect(await imageById(image.ImageId)).toBeUndefined();
  });

  it('leaves the image’s snapshots, still kept, without DeleteBindedSnap', async () => {
    const image = await imageNamed('redis-cache-debian12');
    const ids = image.SnapshotSet.map((s) => s.SnapshotId);
    expect(ids.length).toBeGreaterThan(0);
    await ok('DeleteImages', { ImageIds: [image.ImageId] });
    const kept = testBackend.data().snapshots.filter((s) => s.ImageId === image.ImageId);
    expect(kept.map((s) => s.SnapshotId)).toEqual(ids);
    expect(kept[0]).toMatchObject({ Region: 'ap-guangzhou', OwnerId: A1, DiskSize: image.SnapshotSet[0]!.DiskSize });
  });

  it('with DeleteBindedSnap deletes the images’ snapshots and only them', async () => {
    const sql = await imageNamed('sql-server-2019-win');
    const redis = await imageNamed('redis-cache-debian12');
    expect(sql.SnapshotSet.map((s) => s.DiskUsage)).toEqual(['SYSTEM_DISK', 'DATA_DISK']);
    // A copy of the same image in Shanghai has snapshots of its own, which stay.
    await ok('SyncImages', { ImageIds: [sql.ImageId], DestinationRegions: ['ap-shanghai'] });
    testClock.advance(testBackend.durations.sync);
    const before = testBackend.data().snapshots;
    await ok('DeleteImages', { ImageIds: [sql.ImageId, redis.ImageId], DeleteBindedSnap: true });
    const gone = new Set([...sql.SnapshotSet, ...redis.SnapshotSet].map((s) => s.SnapshotId));
    const after = testBackend.data().snapshots;
    expect(after.map((s) => s.SnapshotId)).toEqual(
      before.filter((s) => !gone.has(s.SnapshotId)).map((s) => s.SnapshotId),
    );
    expect(after).toHaveLength(before.length - gone.size);
    const copy = await imageNamed('sql-server-2019-win', { region: 'ap-shanghai' });
    expect(after.filter((s) => s.ImageId === copy.ImageId)).toHaveLength(2);
  });

  it('deletes no snapshot when the batch is refused, DeleteBindedSnap or not', async () => {
    const shared = await imageNamed('web-server-centos79');
    const redis = await imageNamed('redis-cache-debian12');
    const before = testBackend.data().snapshots;
    await refused('DeleteImages', { ImageIds: [redis.ImageId, shared.ImageId], DeleteBindedSnap: true });
    expect(testBackend.data().snapshots).toBe(before);
  });

  it('lets account 2 delete its own image, which account 1 then no longer sees', async () => {
    const shared = await imageNamed('partner-nodejs-ubuntu2204');
    await ok(
      'ModifyImageSharePermission',
      { ImageId: shared.ImageId, AccountIds: [A1], Permission: 'CANCEL' },
      { account: A2 },
    );
    await ok('DeleteImages', { ImageIds: [shared.ImageId] }, { account: A2 });
    expect(await imageById(shared.ImageId, { account: A1 })).toBeUndefined();
    expect(await imageById(shared.ImageId, { account: A2 })).toBeUndefined();
  });
});
