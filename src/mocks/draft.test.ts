// The backend's draft: a mutation copies only what it changes, and the data becomes the draft's only
// once the whole action has succeeded and been saved. Checked for every mutating action: on data
// frozen deep (a write in place would throw), with DryRun (the action runs to the end, then is
// refused), and with a save that fails after the action changed the draft.
import { describe, expect, it } from 'vitest';
import { mutatingActions, type Action } from '../rules/actions.ts';
import { imageResourceName } from '../rules/tag-service.ts';
import { A1, A2, seededImageId } from '../test/api-calls.ts';
import { directCall } from '../test/direct-call.ts';
import { createBackend, type Backend } from './backend.ts';
import { publicImages } from './catalogue/images.ts';
import { ManualClock } from './clock.ts';
import { StoreDraft } from './draft.ts';
import { seedStore } from './seed/seed-store.ts';
import type { Persistence, StoreData } from './store.ts';

const SEED = seedStore();
const REDIS = seededImageId(A1, 'ap-guangzhou', 'redis-cache-debian12');
const WEB01 = SEED.instances.find((i) => i.InstanceName === 'web-01')!.InstanceId;
const PUBLIC = publicImages('ap-guangzhou').find((i) => i.ImageName === 'CentOS 7.9 64-bit')!.ImageId;

/** A request each mutating action accepts on the seed, as the default account in Guangzhou. */
const requests: Record<string, Record<string, unknown>> = {
  CreateImage: { ImageName: 'draft-golden', InstanceId: WEB01 },
  ImportImage: {
    Architecture: 'x86_64',
    OsType: 'CentOS',
    OsVersion: '7',
    ImageUrl: 'https://images-1250000000.cos.ap-guangzhou.myqcloud.com/centos7.qcow2',
    ImageName: 'draft-imported',
  },
  ModifyImageAttribute: { ImageId: REDIS, ImageName: 'draft-renamed', ImageDescription: 'changed' },
  DeleteImages: { ImageIds: [REDIS] },
  ModifyImageSharePermission: { ImageId: REDIS, AccountIds: [A2], Permission: 'SHARE' },
  SyncImages: { ImageIds: [REDIS], DestinationRegions: ['ap-beijing', 'ap-shanghai'] },
  ExportImages: { ImageIds: [REDIS], BucketName: 'images-1250000001', FileNamePrefixList: ['draft'] },
  ModifyResourceTags: {
    Resource: imageResourceName('ap-guangzhou', A1, REDIS),
    ReplaceTags: [{ TagKey: 'env', TagValue: 'draft' }],
  },
  RunInstances: {
    Placement: { Zone: 'ap-guangzhou-3' },
    ImageId: PUBLIC,
    InstanceType: 'S5.MEDIUM4',
    InstanceCount: 3,
  },
};
const DRY_RUN = ['CreateImage', 'ImportImage', 'DeleteImages', 'SyncImages', 'ExportImages', 'RunInstances'];

function deepFreeze<T>(value: T): T {
  if (value !== null && typeof value === 'object' && !Object.isFrozen(value)) {
    Object.freeze(value);
    for (const v of Object.values(value)) deepFreeze(v);
  }
  return value;
}

function backendOn(data: StoreData, persistence?: Persistence): Backend {
  return createBackend({ clock: new ManualClock(Date.parse('2026-11-26T08:00:00Z')), seed: () => data, persistence });
}

describe('StoreDraft', () => {
  it('copies the arrays and records it writes, once, and leaves the data it started from as it was', () => {
    const base = seedStore();
    const before = structuredClone(base);
    const draft = new StoreDraft(base);
    const image = base.images[0]!;
    draft.updateImage(image.ImageId, image.Region, { ImageName: 'changed' });
    draft.addImage({ ...image, ImageId: 'img-new00001' });
    draft.setShares(image.ImageId, [{ AccountId: A2, CreatedTime: '2026-01-01T00:00:00Z' }]);
    draft.nextSeq();
    expect(base).toEqual(before);
    const next = draft.result();
    expect(next.images.find((i) => i.ImageId === image.ImageId)?.ImageName).toBe('changed');
    expect(next.images).toHaveLength(base.images.length + 1);
    expect(next.seq).toBe(base.seq + 1);
    // What it did not write is shared, not copied: an image edit costs nothing in instances.
    expect(next.instances).toBe(base.instances);
    expect(next.images[1]).toBe(base.images[1]);
  });

  it('removes images with their share lists', () => {
    const base = seedStore();
    const shared = Object.keys(base.shares)[0]!;
    const region = base.images.find((i) => i.ImageId === shared)!.Region;
    const draft = new StoreDraft(base);
    draft.removeImages(region, new Set([shared]));
    expect(draft.result().images.some((i) => i.ImageId === shared)).toBe(false);
    expect(draft.result().shares[shared]).toBeUndefined();
    expect(base.shares[shared]).toBeDefined();
  });
});

describe.each(mutatingActions.map((a) => [a] as [Action]))('%s, all or nothing', (action) => {
  it('changes the data without writing in place: it succeeds on data frozen deep', () => {
    const backend = backendOn(deepFreeze(seedStore()));
    const before = backend.data();
    const res = directCall(backend, action, requests[action]!);
    expect(res.Error).toBeUndefined();
    expect(backend.data()).not.toBe(before);
    expect(backend.data()).not.toEqual(before);
  });

  it('when the save fails after the change, answers an error and changes nothing, also for reads', () => {
    let saves = 0;
    const failing: Persistence = {
      load: () => undefined,
      save: () => {
        saves++;
        throw new Error('disk full');
      },
    };
    const backend = backendOn(seedStore(), failing);
    const before = backend.data();
    const copy = structuredClone(before);
    const res = directCall(backend, action, requests[action]!);
    expect(saves).toBe(1);
    expect(res.Error).toEqual({ Code: 'InternalError', Message: 'An internal error occurred: disk full' });
    expect(backend.data()).toBe(before);
    expect(backend.data()).toEqual(copy);
    const images = directCall(backend, 'DescribeImages', {
      Filters: [{ Name: 'image-type', Values: ['PRIVATE_IMAGE'] }],
      Limit: 100,
    });
    expect((images.ImageSet as { ImageName: string }[]).map((i) => i.ImageName).sort()).toEqual(
      copy.images
        .filter((i) => i.OwnerId === A1 && i.Region === 'ap-guangzhou')
        .map((i) => i.ImageName)
        .sort(),
    );
  });
});

it.each(DRY_RUN)('%s with DryRun runs to the end and changes nothing', (action) => {
  const backend = backendOn(seedStore());
  const before = backend.data();
  const copy = structuredClone(before);
  const res = directCall(backend, action, { ...requests[action], DryRun: true });
  expect(res.Error?.Code).toBe('DryRunOperation');
  expect(backend.data()).toBe(before);
  expect(backend.data()).toEqual(copy);
});
