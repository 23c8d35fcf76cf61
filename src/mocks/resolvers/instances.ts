import { DESCRIBE_LIMIT_DEFAULT } from '../../rules/limits.ts';
import {
  DEFAULT_INSTANCE_NAME,
  defaultSystemDiskSize,
  runInstancesViolation,
  type RunInstancesRequest,
} from '../../rules/run-instances.ts';
import { findInstanceType, instanceTypeConfigFilterNames, instanceTypeConfigs } from '../../rules/instance-types.ts';
import type { Instance } from '../../rules/instances.ts';
import { priceBreakdown } from '../../rules/pricing.ts';
import { findRegion } from '../../rules/regions.ts';
import { instanceStateAt, locateVisibleImage } from '../store-views.ts';
import { isoTime } from '../clock.ts';
import { nextId } from '../random.ts';
import type { StoredInstance } from '../store.ts';
import { ApiFailure, fail, resolver, type ResolverContext } from './context.ts';

function present(instance: StoredInstance, ctx: ResolverContext): Instance {
  const { Region: _r, OwnerId: _o, LaunchedAt: _l, ...fields } = instance;
  return { ...fields, InstanceState: instanceStateAt(instance, ctx.now, ctx.durations.launch) };
}

export const describeInstances = resolver('DescribeInstances', (req, ctx) => {
  let list = ctx.data.instances
    .filter((i) => i.OwnerId === ctx.accountId && i.Region === ctx.region)
    .map((i) => present(i, ctx));
  if (req.InstanceIds) list = list.filter((i) => req.InstanceIds!.includes(i.InstanceId));
  for (const f of req.Filters ?? []) {
    list = list.filter((i) => {
      switch (f.Name) {
        case 'zone':
          return f.Values.includes(i.Placement.Zone);
        case 'instance-name':
          return f.Values.some((v) => i.InstanceName.toLowerCase().includes(v.toLowerCase()));
        case 'instance-state':
          return f.Values.includes(i.InstanceState);
        case 'image-id':
          return f.Values.includes(i.ImageId);
        default:
          return f.Values.includes(i.InstanceType);
      }
    });
  }
  const offset = req.Offset ?? 0;
  const limit = req.Limit ?? DESCRIBE_LIMIT_DEFAULT;
  return { TotalCount: list.length, InstanceSet: list.slice(offset, offset + limit) };
});

/** The field of a config each DescribeInstanceTypeConfigs filter matches (the schema admits no other name). */
const configFields: Record<(typeof instanceTypeConfigFilterNames)[number], 'Zone' | 'InstanceFamily' | 'InstanceType'> =
  {
    zone: 'Zone',
    'instance-family': 'InstanceFamily',
    'instance-type': 'InstanceType',
  };

export const describeInstanceTypeConfigs = resolver('DescribeInstanceTypeConfigs', (req, ctx) => {
  let configs = instanceTypeConfigs(ctx.region, ctx.language);
  for (const f of req.Filters ?? []) {
    const field = configFields[f.Name as keyof typeof configFields];
    configs = configs.filter((c) => f.Values.includes(c[field]));
  }
  return { InstanceTypeConfigSet: configs };
});

/** Everything RunInstances and InquiryPriceRunInstances check before acting. */
function checkRun(req: RunInstancesRequest, ctx: ResolverContext) {
  const found = locateVisibleImage(ctx.data, ctx.accountId, ctx.region, req.ImageId, ctx.now);
  if ('code' in found) throw new ApiFailure(found);
  const region = findRegion(ctx.region)!;
  const zone = region.zones.find((z) => z.Zone === req.Placement.Zone);
  const instancesInZone = ctx.data.instances.filter(
    (i) => i.OwnerId === ctx.accountId && i.Region === ctx.region && i.Placement.Zone === req.Placement.Zone,
  ).length;
  fail(runInstancesViolation(req, found.image, { regionId: ctx.region, zoneState: zone?.ZoneState, instancesInZone }));
  const type = findInstanceType(req.InstanceType)!;
  const systemGb = req.SystemDisk?.DiskSize ?? defaultSystemDiskSize(found.image);
  const imageDataDisks = found.image.SnapshotSet.filter((s) => s.DiskUsage === 'DATA_DISK');
  const dataDisks = req.DataDisks ?? imageDataDisks.map((s) => ({ DiskSize: s.DiskSize, DiskType: 'CLOUD_PREMIUM' }));
  return { image: found.image, type, systemGb, dataDisks };
}

export const inquiryPriceRunInstances = resolver('InquiryPriceRunInstances', (req, ctx) => {
  const { image, type, systemGb, dataDisks } = checkRun(req, ctx);
  const count = req.InstanceCount ?? 1;
  const breakdown = priceBreakdown(
    type,
    image,
    ctx.region,
    { systemGb, dataGb: dataDisks.reduce((n, d) => n + d.DiskSize, 0) },
    count,
    ctx.language,
  );
  const unit = { ChargeUnit: 'HOUR', Discount: 100 };
  return {
    Price: {
      InstancePrice: {
        ...unit,
        UnitPrice: breakdown.TotalPerHour,
        UnitPriceDiscount: breakdown.TotalPerHour,
      },
      BandwidthPrice: { ...unit, UnitPrice: 0, UnitPriceDiscount: 0 },
      // Extension: the parts of the price, for the wizard's review.
      Breakdown: breakdown,
    },
  };
});

export const runInstances = resolver('RunInstances', (req, ctx) => {
  const { image, type, systemGb, dataDisks } = checkRun(req, ctx);
  const count = req.InstanceCount ?? 1;
  const taken = (id: string) => ctx.data.instances.some((i) => i.InstanceId === id);
  const ids: string[] = [];
  for (let n = 1; n <= count; n++) {
    const id = nextId(ctx.draft, 'ins', taken);
    const base = req.InstanceName ?? DEFAULT_INSTANCE_NAME;
    ids.push(id);
    ctx.draft.addInstance({
      InstanceId: id,
      InstanceName: count > 1 ? `${base}-${n}` : base,
      InstanceType: type.InstanceType,
      CPU: type.CPU,
      Memory: type.Memory,
      InstanceState: 'PENDING',
      Placement: { Zone: req.Placement.Zone },
      ImageId: image.ImageId,
      OsName: image.OsName,
      SystemDisk: {
        DiskType: req.SystemDisk?.DiskType ?? 'CLOUD_PREMIUM',
        DiskId: nextId(ctx.draft, 'disk', () => false),
        DiskSize: systemGb,
      },
      DataDisks: dataDisks.map((d) => ({
        DiskType: d.DiskType ?? 'CLOUD_PREMIUM',
        DiskId: nextId(ctx.draft, 'disk', () => false),
        DiskSize: d.DiskSize,
      })),
      InstanceChargeType: req.InstanceChargeType ?? 'POSTPAID_BY_HOUR',
      CreatedTime: isoTime(ctx.now),
      Architecture: type.Architecture,
      Region: ctx.region,
      OwnerId: ctx.accountId,
      LaunchedAt: ctx.now,
    });
  }
  return { InstanceIdSet: ids };
});
