import { accounts } from '../src/rules/accounts.ts';
import {
  CUSTOM_IMAGE_QUOTA_PER_REGION,
  IMAGE_DESCRIPTION_MAX,
  IMAGE_NAME_MAX,
  INSTANCE_NAME_MAX,
  INSTANCE_QUOTA_PER_ZONE,
  SHARE_RECIPIENTS_MAX,
} from '../src/rules/limits.ts';
import { regions } from '../src/rules/regions.ts';
import { exportCosPaths, FILE_NAME_PREFIX_MAX } from '../src/rules/export.ts';
import { buckets } from '../src/mocks/seed/buckets.ts';
import { seedStore } from '../src/mocks/seed/seed-store.ts';
import { TAG_KEY_MAX, TAG_VALUE_MAX, TAGS_PER_RESOURCE_MAX } from '../src/rules/tags.ts';
import type { StoreData, StoredImage, StoredInstance } from '../src/mocks/store.ts';

/** Data disks per instance (RunInstances DataDisks), and so data-disk snapshots per image. */
const DATA_DISKS_MAX = 20;

/**
 * The largest store the API lets a client build (README, "How big the store can grow"): every demo
 * account fills every region with its custom-image quota, each image with the longest names and
 * the most tags, shared with the most accounts, each with the record of a whole-machine export, and
 * every available zone with its instance quota.
 * Built straight into the data (no requests), for the edit-cost benchmark.
 */
export function largestStore(): StoreData {
  const data = seedStore();
  const template = data.images.find((i) => i.BaseState === 'NORMAL')!;
  const instanceTemplate = data.instances[0]!;
  const images: StoredImage[] = [];
  const instances: StoredInstance[] = [];
  let n = 0;
  for (const { accountId } of accounts)
    for (const region of regions) {
      for (let i = 0; i < CUSTOM_IMAGE_QUOTA_PER_REGION; i++) {
        const id = `img-l${(n++).toString(36).padStart(7, '0')}`;
        const SnapshotSet: StoredImage['SnapshotSet'] = Array.from({ length: 1 + DATA_DISKS_MAX }, (_, d) => ({
          SnapshotId: `snap-${id.slice(4)}${d}`,
          DiskUsage: d === 0 ? 'SYSTEM_DISK' : 'DATA_DISK',
          DiskSize: 50,
        }));
        images.push({
          ...template,
          ImageId: id,
          ImageName: `${id}-${'n'.repeat(IMAGE_NAME_MAX)}`.slice(0, IMAGE_NAME_MAX),
          ImageDescription: 'd'.repeat(IMAGE_DESCRIPTION_MAX),
          ImageFamily: 'f'.repeat(60),
          // A whole-machine image: its system disk and the 20 data disks an instance can have.
          SnapshotSet,
          Tags: Array.from({ length: TAGS_PER_RESOURCE_MAX }, (_, t) => ({
            Key: `k${t}-${'k'.repeat(TAG_KEY_MAX)}`.slice(0, TAG_KEY_MAX),
            Value: 'v'.repeat(TAG_VALUE_MAX),
          })),
          CopiedFrom: null,
          Region: region.id,
          OwnerId: accountId,
          ImageCreator: accountId,
          Task: null,
          // Its latest export (the one an image keeps): every disk, under the longest prefix, to the longest bucket name.
          Export: {
            TaskId: n,
            BucketName: buckets.map((b) => b.BucketName).reduce((a, b) => (b.length > a.length ? b : a)),
            CosPaths: exportCosPaths({ ImageId: id, SnapshotSet }, 'p'.repeat(FILE_NAME_PREFIX_MAX), 'QCOW2', false),
            startedAt: 0,
            durationMs: 10_000,
          },
        });
        data.shares[id] = Array.from({ length: SHARE_RECIPIENTS_MAX }, (_, r) => ({
          AccountId: String(200_000_000_000 + r),
          CreatedTime: '2026-01-01T00:00:00Z',
        }));
      }
      for (const zone of region.zones.filter((z) => z.ZoneState === 'AVAILABLE'))
        for (let i = 0; i < INSTANCE_QUOTA_PER_ZONE; i++)
          instances.push({
            ...instanceTemplate,
            InstanceId: `ins-l${(n++).toString(36).padStart(7, '0')}`,
            InstanceName: 'i'.repeat(INSTANCE_NAME_MAX),
            DataDisks: Array.from({ length: DATA_DISKS_MAX }, (_, d) => ({
              DiskType: 'CLOUD_PREMIUM',
              DiskId: `disk-${n}-${d}`,
              DiskSize: 32000,
            })),
            Placement: { Zone: zone.Zone },
            Region: region.id,
            OwnerId: accountId,
          });
    }
  data.images = images;
  data.instances = instances;
  return data;
}
