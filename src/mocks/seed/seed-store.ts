import type { SharePermission, Snapshot } from '../../rules/images.ts';
import { findInstanceType } from '../../rules/instance-types.ts';
import { findRegion } from '../../rules/regions.ts';
import { catalogueIds, publicImageId } from '../catalogue/images.ts';
import { bootMode, publicSpec } from '../catalogue/public-specs.ts';
import { hashString, idFor, mulberry32 } from '../random.ts';
import { snapshotsOf, STORE_VERSION, type StoreData, type StoredImage, type StoredInstance } from '../store.ts';
import { customSpecs, shareSpecs } from './custom-images.ts';
import { instanceSpecs } from './instances.ts';

// The demo world the mock backend starts from. Everything here is a pure function of the
// code: IDs come from a seeded PRNG keyed on names, so a reload, a test and the standalone
// server all see the same IDs.

/** IDs generated after the seed start from here (the store's counter). */
const SEED_SEQ = 1000;

/** A fresh copy of the demo data; each call returns new objects, equal to the last. */
export function seedStore(): StoreData {
  const taken = new Set(catalogueIds);
  const idByRef = new Map<string, string>();
  const regionByRef = new Map<string, string>();
  const rootByRef = new Map<string, { ImageId: string; Region: string }>();

  const images: StoredImage[] = customSpecs.map((c) => {
    const base = publicSpec(c.base);
    const id = idFor('img', `custom:${c.owner}:${c.region}:${c.name}`, taken);
    idByRef.set(c.ref, id);
    regionByRef.set(c.ref, c.region);
    const failed = c.failure !== undefined;
    const snapshots: Snapshot[] = failed
      ? []
      : [
          { SnapshotId: idFor('snap', `${id}:system`, taken), DiskUsage: 'SYSTEM_DISK', DiskSize: c.size },
          ...[c.dataDisk ?? []].flat().map((DiskSize, i) => ({
            // The first data disk's ID as it was when an image had at most one.
            SnapshotId: idFor('snap', `${id}:data${i ? i + 1 : ''}`, taken),
            DiskUsage: 'DATA_DISK' as const,
            DiskSize,
          })),
        ];
    let copiedFrom: StoredImage['CopiedFrom'] = null;
    let lineage: Pick<StoredImage, 'LineageRoot'> = {};
    if (c.copiedFrom) {
      const sourceId = idByRef.get(c.copiedFrom);
      if (!sourceId) throw new Error(`seed: ${c.ref} is copied from ${c.copiedFrom}, which must come first`);
      copiedFrom = { ImageId: sourceId, Region: regionByRef.get(c.copiedFrom)! };
      lineage = { LineageRoot: rootByRef.get(c.copiedFrom) ?? copiedFrom };
      rootByRef.set(c.ref, lineage.LineageRoot!);
    }
    return {
      ImageId: id,
      OsName: c.os?.osName ?? base.osName,
      CreatedTime: c.created,
      ImageName: c.name,
      ImageDescription: c.description ?? '',
      ImageSize: c.size,
      Architecture: base.arch,
      Platform: c.os?.platform ?? base.platform,
      ImageCreator: c.owner,
      ImageSource: c.source ?? 'CREATE_IMAGE',
      IsSupportCloudinit: !base.windows,
      SnapshotSet: snapshots,
      Tags: (c.tags ?? []).map((t) => ({ ...t })),
      LicenseType: 'TencentCloud',
      ImageFamily: c.family ?? '',
      ImageDeprecated: c.deprecated ?? false,
      BootMode: bootMode(base.arch),
      MarketInfo: null,
      CopiedFrom: copiedFrom,
      ...lineage,
      ...(c.encrypted ? { Encrypted: true } : {}),
      ...(c.marketDerived ? { MarketDerived: true } : {}),
      FailureReason: c.failure ?? null,
      Region: c.region,
      OwnerId: c.owner,
      BaseState: failed ? 'IMPORTFAILED' : 'NORMAL',
      Task: null,
    };
  });

  const shares: Record<string, SharePermission[]> = {};
  for (const s of shareSpecs) {
    const id = idByRef.get(s.ref);
    if (!id) throw new Error(`seed: share of unknown image ${s.ref}`);
    shares[id] = s.to.map((AccountId) => ({ AccountId, CreatedTime: s.at }));
  }

  const instances: StoredInstance[] = instanceSpecs.map((s) => {
    const type = findInstanceType(s.type);
    const region = findRegion(s.region);
    if (!type || !region) throw new Error(`seed: bad instance ${s.name}`);
    const image = publicSpec(s.image);
    const id = idFor('ins', `${s.owner}:${s.region}:${s.name}`, taken);
    const zones = region.zones.filter((z) => z.ZoneState === 'AVAILABLE');
    const pick = mulberry32(hashString(`zone:${id}`));
    const zone = zones[Math.floor(pick() * zones.length)]!;
    return {
      InstanceId: id,
      InstanceName: s.name,
      InstanceType: type.InstanceType,
      CPU: type.CPU,
      Memory: type.Memory,
      InstanceState: s.state ?? 'RUNNING',
      Placement: { Zone: zone.Zone },
      ImageId: publicImageId(image.key),
      OsName: image.osName,
      SystemDisk: { DiskType: 'CLOUD_PREMIUM', DiskId: idFor('disk', `${id}:system`, taken), DiskSize: 50 },
      DataDisks: [],
      InstanceChargeType: 'POSTPAID_BY_HOUR',
      CreatedTime: s.created,
      Architecture: type.Architecture,
      Region: s.region,
      OwnerId: s.owner,
      LaunchedAt: 0,
    };
  });

  return { version: STORE_VERSION, seq: SEED_SEQ, images, shares, instances, snapshots: images.flatMap(snapshotsOf) };
}
