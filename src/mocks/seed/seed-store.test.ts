import { describe, it, expect } from 'vitest';
import { z } from '../../rules/zod.ts';
import { accounts } from '../../rules/accounts.ts';
import { IMAGE_ID_PATTERN, INSTANCE_ID_PATTERN } from '../../rules/ids.ts';
import { imageSchema } from '../../rules/images.ts';
import { architectureFits, findInstanceType } from '../../rules/instance-types.ts';
import { instanceSchema } from '../../rules/instances.ts';
import { findRegion, regions } from '../../rules/regions.ts';
import { A1, A2, A3 } from '../../test/api-calls.ts';
import { marketImages, publicImages } from '../catalogue/images.ts';
import { STORE_VERSION, type StoredImage } from '../store.ts';
import { seedStore } from './seed-store.ts';

const storedImageSchema = z.strictObject(
  z.omit(imageSchema, { ImageType: true, ImageState: true, SyncPercent: true, SharedAccountCount: true }).shape,
);

function customCount(images: StoredImage[], owner: string, region: string): number {
  return images.filter((i) => i.OwnerId === owner && i.Region === region).length;
}

describe('seedStore', () => {
  const store = seedStore();

  it('is deterministic and returns fresh objects', () => {
    const again = seedStore();
    expect(again).toEqual(store);
    expect(again).not.toBe(store);
    expect(again.images[0]).not.toBe(store.images[0]);
    expect(store.version).toBe(STORE_VERSION);
    expect(store.seq).toBeGreaterThanOrEqual(1000);
  });

  it('stores valid custom images and instances', () => {
    for (const image of store.images) {
      const { Region, OwnerId, BaseState, Task, ...api } = image;
      expect(storedImageSchema.parse(api)).toEqual(api);
      expect(findRegion(Region)).toBeDefined();
      expect(accounts.map((a) => a.accountId)).toContain(OwnerId);
      expect(image.ImageCreator).toBe(OwnerId);
      expect(['NORMAL', 'IMPORTFAILED']).toContain(BaseState);
      expect(Task).toBeNull();
      expect(image.ImageSize).toBeGreaterThanOrEqual(20);
      // One image is larger than export allows (500 GB): the refusal has to be seen somewhere.
      expect(image.ImageSize).toBeLessThanOrEqual(image.ImageName === 'warehouse-db-centos79' ? 600 : 80);
      expect(image.MarketInfo).toBeNull();
      expect(image.BootMode).toBe(image.Architecture === 'arm' ? 'UEFI' : 'Legacy BIOS');
    }
    for (const ins of store.instances) {
      const { Region, OwnerId, LaunchedAt, ...api } = ins;
      expect(z.strictObject(instanceSchema.shape).parse(api)).toEqual(api);
      expect(findRegion(Region)).toBeDefined();
      expect(accounts.map((a) => a.accountId)).toContain(OwnerId);
      expect(LaunchedAt).toBe(0);
    }
  });

  it('gives each account the custom images the demo needs', () => {
    const counts = {
      [A1]: { 'ap-guangzhou': 8, 'ap-shanghai': 3, 'ap-singapore': 2, 'ap-beijing': 3, 'ap-seoul': 4 },
      [A2]: { 'ap-guangzhou': 4, 'ap-shanghai': 2 },
      [A3]: { 'ap-guangzhou': 3, 'ap-singapore': 2 },
    };
    for (const [owner, perRegion] of Object.entries(counts))
      for (const [region, n] of Object.entries(perRegion)) expect(customCount(store.images, owner, region)).toBe(n);
    expect(store.images).toHaveLength(8 + 3 + 2 + 3 + 4 + 4 + 2 + 3 + 2);
  });

  it('covers the interesting custom-image cases for account ...01', () => {
    const mine = store.images.filter((i) => i.OwnerId === A1);
    for (const region of ['ap-guangzhou', 'ap-shanghai', 'ap-singapore']) {
      const here = mine.filter((i) => i.Region === region);
      expect(here.filter((i) => i.ImageSource === 'EXTERNAL_IMPORT')).toHaveLength(1);
      expect(here.filter((i) => i.ImageSource === 'CREATE_IMAGE').length).toBeGreaterThanOrEqual(1);
    }
    const gz = mine.filter((i) => i.Region === 'ap-guangzhou');
    const failed = gz.filter((i) => i.BaseState === 'IMPORTFAILED');
    expect(failed).toHaveLength(1);
    expect(failed[0]!.FailureReason).toMatch(/^VirtioNotInstall: /);
    expect(failed[0]!.ImageSource).toBe('EXTERNAL_IMPORT');
    expect(gz.filter((i) => i.BaseState === 'NORMAL').every((i) => i.FailureReason === null)).toBe(true);
    expect(gz.some((i) => i.ImageDescription !== '')).toBe(true);
    const withData = gz.filter((i) => i.SnapshotSet.some((s) => s.DiskUsage === 'DATA_DISK'));
    expect(withData).toHaveLength(1);
    expect(withData[0]!.SnapshotSet.map((s) => s.DiskUsage)).toEqual(['SYSTEM_DISK', 'DATA_DISK']);
    expect(new Set(mine.map((i) => i.Platform)).size).toBeGreaterThanOrEqual(4);
    expect(mine.some((i) => i.Platform === 'Windows')).toBe(true);
    expect(mine.some((i) => i.Architecture === 'arm')).toBe(true);

    const copies = mine.filter((i) => i.CopiedFrom !== null);
    expect(copies).toHaveLength(1);
    const copy = copies[0]!;
    expect(copy.Region).toBe('ap-shanghai');
    expect(copy.CopiedFrom!.Region).toBe('ap-guangzhou');
    const source = store.images.find((i) => i.ImageId === copy.CopiedFrom!.ImageId);
    expect(source?.Region).toBe('ap-guangzhou');
    expect(source?.OwnerId).toBe(A1);
  });

  it('keeps image names unique per account and region', () => {
    const keys = store.images.map((i) => `${i.OwnerId}/${i.Region}/${i.ImageName}`);
    expect(new Set(keys).size).toBe(keys.length);
  });

  it('uses well-formed IDs, unique across the store and the catalogues', () => {
    const catalogue = regions.flatMap((r) => [...publicImages(r.id), ...marketImages(r.id)]).map((i) => i.ImageId);
    const imageIds = store.images.map((i) => i.ImageId);
    const snapshotIds = store.images.flatMap((i) => i.SnapshotSet.map((s) => s.SnapshotId));
    const instanceIds = store.instances.map((i) => i.InstanceId);
    const diskIds = store.instances.flatMap((i) => [i.SystemDisk.DiskId, ...i.DataDisks.map((d) => d.DiskId)]);
    for (const id of imageIds) expect(id).toMatch(IMAGE_ID_PATTERN);
    for (const id of snapshotIds) expect(id).toMatch(/^snap-[a-z0-9]{8}$/);
    for (const id of instanceIds) expect(id).toMatch(INSTANCE_ID_PATTERN);
    for (const id of diskIds) expect(id).toMatch(/^disk-[a-z0-9]{8}$/);
    const all = [...new Set(catalogue), ...imageIds, ...snapshotIds, ...instanceIds, ...diskIds];
    expect(new Set(all).size).toBe(all.length);
  });

  it('shares only NORMAL images, from their owner, never with the owner', () => {
    const byId = new Map(store.images.map((i) => [i.ImageId, i]));
    const sharedWith = (owner: string, region: string, to: string) =>
      Object.entries(store.shares).filter(([id, perms]) => {
        const image = byId.get(id);
        return image?.OwnerId === owner && image.Region === region && perms.some((p) => p.AccountId === to);
      }).length;

    for (const [id, perms] of Object.entries(store.shares)) {
      const image = byId.get(id);
      expect(image, id).toBeDefined();
      expect(image!.BaseState).toBe('NORMAL');
      expect(perms.length).toBeGreaterThan(0);
      const recipients = perms.map((p) => p.AccountId);
      expect(new Set(recipients).size).toBe(recipients.length);
      for (const p of perms) {
        expect(p.AccountId).not.toBe(image!.OwnerId);
        expect(accounts.map((a) => a.accountId)).toContain(p.AccountId);
        expect(p.CreatedTime >= image!.CreatedTime).toBe(true);
      }
    }

    expect(sharedWith(A2, 'ap-guangzhou', A1)).toBe(2);
    expect(sharedWith(A2, 'ap-shanghai', A1)).toBe(1);
    expect(sharedWith(A3, 'ap-guangzhou', A1)).toBe(1);
    expect(sharedWith(A3, 'ap-singapore', A1)).toBe(1);
    const ownShares = Object.entries(store.shares)
      .filter(([id]) => byId.get(id)?.OwnerId === A1)
      .map(([id, perms]) => ({ region: byId.get(id)!.Region, to: perms.map((p) => p.AccountId).sort() }));
    expect(ownShares).toHaveLength(2);
    expect(ownShares.every((s) => s.region === 'ap-guangzhou')).toBe(true);
    expect(ownShares.map((s) => s.to).sort()).toEqual([[A2], [A2, A3]]);
  });

  it('places the instances the demo needs', () => {
    const count = (owner: string, region: string) =>
      store.instances.filter((i) => i.OwnerId === owner && i.Region === region).length;
    expect(count(A1, 'ap-guangzhou')).toBe(3);
    expect(count(A1, 'ap-shanghai')).toBe(2);
    expect(count(A1, 'ap-singapore')).toBe(1);
    expect(count(A1, 'ap-hongkong')).toBe(1);
    expect(count(A2, 'ap-shanghai')).toBe(2);
    expect(count(A3, 'ap-singapore')).toBe(1);
    expect(store.instances).toHaveLength(10);
    expect(store.instances.filter((i) => i.InstanceState === 'STOPPED')).toHaveLength(1);
    expect(
      store.instances.filter((i) => i.InstanceState !== 'STOPPED').every((i) => i.InstanceState === 'RUNNING'),
    ).toBe(true);
    const arm = store.instances.filter(
      (i) => i.Region === 'ap-guangzhou' && i.OwnerId === A1 && i.Architecture === 'arm',
    );
    expect(arm).toHaveLength(1);
    expect(arm[0]!.InstanceType).toMatch(/^SR1\./);
    const names = store.instances.map((i) => `${i.OwnerId}/${i.Region}/${i.InstanceName}`);
    expect(new Set(names).size).toBe(names.length);
  });

  it('runs every instance on a matching type, zone and public image of its region', () => {
    for (const ins of store.instances) {
      const type = findInstanceType(ins.InstanceType);
      expect(type, ins.InstanceName).toBeDefined();
      expect(ins.CPU).toBe(type!.CPU);
      expect(ins.Memory).toBe(type!.Memory);
      expect(ins.Architecture).toBe(type!.Architecture);
      const zone = findRegion(ins.Region)!.zones.find((z) => z.Zone === ins.Placement.Zone);
      expect(zone?.ZoneState, ins.InstanceName).toBe('AVAILABLE');
      const image = publicImages(ins.Region).find((i) => i.ImageId === ins.ImageId);
      expect(image, ins.InstanceName).toBeDefined();
      expect(image!.OsName).toBe(ins.OsName);
      expect(architectureFits(image!.Architecture, ins.Architecture)).toBe(true);
      expect(image!.Architecture).toBe(ins.Architecture);
      expect(ins.SystemDisk).toMatchObject({ DiskType: 'CLOUD_PREMIUM', DiskSize: 50 });
      expect(ins.SystemDisk.DiskSize).toBeGreaterThanOrEqual(image!.ImageSize);
      expect(ins.DataDisks).toEqual([]);
      expect(ins.InstanceChargeType).toBe('POSTPAID_BY_HOUR');
    }
  });
});
