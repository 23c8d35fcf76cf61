import { describe, expect, it } from 'vitest';
import { customImage, ME } from '../test/fixtures.ts';
import { imageImpact, type ImpactReadings } from './impact.ts';
import { SNAPSHOT_PRICE_PER_GB_MONTH, snapshotMonthlyCost } from './pricing.ts';

const image = customImage({
  SnapshotSet: [
    { SnapshotId: 'snap-system01', DiskUsage: 'SYSTEM_DISK', DiskSize: 50 },
    { SnapshotId: 'snap-data0001', DiskUsage: 'DATA_DISK', DiskSize: 200 },
  ],
});
const readings: ImpactReadings = {
  instances: [
    {
      region: 'ap-guangzhou',
      instances: [{ InstanceId: 'ins-aaaa1111', InstanceName: 'web-a', InstanceState: 'RUNNING' }],
    },
    { region: 'ap-shanghai', instances: [] },
  ],
  sharedWith: [],
  copies: [{ region: 'ap-shanghai', image: { ImageId: 'img-copy0001', ImageName: 'web', ImageState: 'NORMAL' } }],
};

describe('snapshotMonthlyCost', () => {
  it('prices a GB-month at the snapshot price, in the region’s currency', () => {
    expect(SNAPSHOT_PRICE_PER_GB_MONTH).toBe(0.12);
    expect(snapshotMonthlyCost(50, 'ap-guangzhou')).toEqual({ amount: 6, currency: 'CNY' });
    expect(snapshotMonthlyCost(50, 'ap-singapore')).toEqual({ amount: 0.8333, currency: 'USD' });
  });
});

describe('imageImpact', () => {
  it('lists the snapshots with what each and all cost a month, and the regions with instances', () => {
    const impact = imageImpact(image, 'ap-guangzhou', ME, 'delete', readings);
    expect(impact.snapshots.map((s) => [s.SnapshotId, s.monthly.amount])).toEqual([
      ['snap-system01', 6],
      ['snap-data0001', 24],
    ]);
    expect(impact.snapshotsMonthly).toEqual({ amount: 30, currency: 'CNY' });
    expect(impact.instances.map((g) => g.region)).toEqual(['ap-guangzhou']);
    expect(impact.copies).toEqual(readings.copies);
    expect(impact.refusals).toEqual([]);
  });

  it('names what refuses each change', () => {
    const shared = customImage({ SharedAccountCount: 2 });
    const withShares = { ...readings, sharedWith: ['100000000002', '100000000003'] };
    expect(imageImpact(shared, 'ap-guangzhou', ME, 'delete', withShares).refusals.map((v) => v.code)).toEqual([
      'InvalidImageId.InShared',
    ]);
    expect(imageImpact(shared, 'ap-guangzhou', ME, 'edit', withShares).refusals).toEqual([]);
    const busy = customImage({ ImageState: 'CREATING' });
    for (const change of ['delete', 'edit', 'cancelShare'] as const)
      expect(imageImpact(busy, 'ap-guangzhou', ME, change, readings).refusals).toHaveLength(1);
  });
});
