import { z } from './zod.ts';
import {
  INSTANCE_NAME_MAX,
  INSTANCE_QUOTA_PER_ZONE,
  RUN_INSTANCES_COUNT_MAX,
  SYSTEM_DISK_DEFAULT_GB,
  SYSTEM_DISK_MAX_GB,
  SYSTEM_DISK_MIN_GB,
  BATCH_IDS_MAX,
  charLength,
  coded,
  imageIdSchema,
  instanceIdSchema,
  violation,
  type Violation,
} from './common.ts';
import { filtersSchema, limitSchema, offsetSchema } from './describe.ts';
import { findRegion } from './regions.ts';
import { stateViolation, type Architecture, type Image } from './images.ts';
import type { Currency } from './messages/params.ts';
import { tagSpecificationSchema } from './tags.ts';

export interface InstanceTypeSpec {
  InstanceType: string;
  InstanceFamily: string;
  FamilyName: string;
  CPU: number;
  /** GiB */
  Memory: number;
  Architecture: 'x86_64' | 'arm';
  /** CNY per hour in mainland regions. */
  HourlyPrice: number;
}

function family(
  prefix: string,
  name: string,
  arch: 'x86_64' | 'arm',
  sizes: [suffix: string, cpu: number, mem: number, price: number][],
): InstanceTypeSpec[] {
  return sizes.map(([suffix, cpu, mem, price]) => ({
    InstanceType: `${prefix}.${suffix}`,
    InstanceFamily: prefix,
    FamilyName: name,
    CPU: cpu,
    Memory: mem,
    Architecture: arch,
    HourlyPrice: price,
  }));
}

export const instanceTypes: readonly InstanceTypeSpec[] = [
  ...family('S5', 'Standard S5 (Intel)', 'x86_64', [
    ['SMALL1', 1, 1, 0.11],
    ['SMALL2', 1, 2, 0.18],
    ['MEDIUM4', 2, 4, 0.36],
    ['LARGE8', 4, 8, 0.72],
    ['2XLARGE16', 8, 16, 1.44],
  ]),
  ...family('SA5', 'Standard SA5 (AMD)', 'x86_64', [
    ['MEDIUM4', 2, 4, 0.31],
    ['LARGE8', 4, 8, 0.62],
    ['2XLARGE16', 8, 16, 1.24],
  ]),
  ...family('SR1', 'Standard SR1 (ARM)', 'arm', [
    ['MEDIUM4', 2, 4, 0.26],
    ['LARGE8', 4, 8, 0.52],
    ['2XLARGE16', 8, 16, 1.04],
  ]),
];

/** ARM instances are sold in these regions only. */
export const ARM_REGIONS: readonly string[] = [
  'ap-guangzhou',
  'ap-shanghai',
  'ap-beijing',
  'ap-nanjing',
  'ap-singapore',
];

export function findInstanceType(type: string): InstanceTypeSpec | undefined {
  return instanceTypes.find((t) => t.InstanceType === type);
}

export function instanceTypesIn(regionId: string): InstanceTypeSpec[] {
  return instanceTypes.filter((t) => t.Architecture !== 'arm' || ARM_REGIONS.includes(regionId));
}

/** Whether an image of this architecture boots on an instance of that architecture (i386 runs on x86_64). */
export function architectureFits(image: Architecture, instance: 'x86_64' | 'arm'): boolean {
  if (instance === 'arm') return image === 'arm';
  return image === 'x86_64' || image === 'i386';
}

export const instanceStateSchema = z.enum([
  'PENDING',
  'LAUNCH_FAILED',
  'RUNNING',
  'STOPPED',
  'STARTING',
  'STOPPING',
  'REBOOTING',
  'SHUTDOWN',
  'TERMINATING',
]);
export type InstanceState = z.infer<typeof instanceStateSchema>;

export const instanceSchema = z.object({
  InstanceId: z.string(),
  InstanceName: z.string(),
  InstanceType: z.string(),
  CPU: z.int(),
  Memory: z.int(),
  InstanceState: instanceStateSchema,
  Placement: z.object({ Zone: z.string() }),
  ImageId: z.string(),
  OsName: z.string(),
  SystemDisk: z.object({ DiskType: z.string(), DiskId: z.string(), DiskSize: z.int() }),
  DataDisks: z.array(z.object({ DiskType: z.string(), DiskId: z.string(), DiskSize: z.int() })),
  InstanceChargeType: z.string(),
  CreatedTime: z.string(),
  // Extension: the architecture of its instance type.
  Architecture: z.enum(['x86_64', 'arm']),
});
export type Instance = z.infer<typeof instanceSchema>;

export const instanceFilterNames = ['zone', 'instance-name', 'instance-state', 'image-id', 'instance-type'] as const;

export const describeInstancesRequestSchema = z.strictObject({
  InstanceIds: z.optional(z.array(instanceIdSchema).check(z.maxLength(BATCH_IDS_MAX))),
  Filters: z.optional(filtersSchema(instanceFilterNames)),
  Offset: z.optional(offsetSchema),
  Limit: z.optional(limitSchema),
});

export interface DescribeInstancesResponse {
  TotalCount: number;
  InstanceSet: Instance[];
}

export const instanceTypeConfigFilterNames = ['zone', 'instance-family', 'instance-type'] as const;

export const describeInstanceTypeConfigsRequestSchema = z.strictObject({
  Filters: z.optional(filtersSchema(instanceTypeConfigFilterNames)),
});

/** One instance type on offer in one zone. */
export interface InstanceTypeConfig {
  Zone: string;
  InstanceType: string;
  InstanceFamily: string;
  GPU: number;
  CPU: number;
  Memory: number;
  FPGA: number;
  // Extensions: what the wizard shows next to each type (absent on the real API).
  Architecture?: 'x86_64' | 'arm';
  FamilyName?: string;
  HourlyPrice?: number;
}
export interface DescribeInstanceTypeConfigsResponse {
  InstanceTypeConfigSet: InstanceTypeConfig[];
}

/** What is on offer in a region: every type sold there, in each zone that takes new instances. */
export function instanceTypeConfigs(regionId: string): InstanceTypeConfig[] {
  const region = findRegion(regionId);
  if (!region) return [];
  return region.zones
    .filter((z) => z.ZoneState === 'AVAILABLE')
    .flatMap((z) =>
      instanceTypesIn(region.id).map((t) => ({
        Zone: z.Zone,
        InstanceType: t.InstanceType,
        InstanceFamily: t.InstanceFamily,
        GPU: 0,
        CPU: t.CPU,
        Memory: t.Memory,
        FPGA: 0,
        Architecture: t.Architecture,
        FamilyName: t.FamilyName,
        HourlyPrice: t.HourlyPrice,
      })),
    );
}

/**
 * Why `instanceType` cannot be chosen where asked: it is not on offer in the zone (when one is
 * given), else anywhere in the region. `offers` default to what the API answers in the region
 * (instanceTypeConfigs); the wizard passes the DescribeInstanceTypeConfigs answer it holds.
 */
export function instanceTypeOfferViolation(
  instanceType: string,
  where: { regionId: string; zone?: string },
  offers: readonly Pick<InstanceTypeConfig, 'Zone' | 'InstanceType'>[] = instanceTypeConfigs(where.regionId),
): Violation | undefined {
  if (offers.some((c) => c.InstanceType === instanceType && (!where.zone || c.Zone === where.zone))) return undefined;
  return violation(
    'InvalidParameterValue.InstanceTypeNotFound',
    'instanceType.notSold',
    { instanceType, where: where.zone || where.regionId },
    'InstanceType',
  );
}

const systemDiskSchema = z.strictObject({
  DiskType: z.optional(z.enum(['CLOUD_PREMIUM', 'CLOUD_SSD', 'CLOUD_BSSD'])),
  DiskSize: z.optional(
    coded(
      z.int(),
      (v) => v >= SYSTEM_DISK_MIN_GB && v <= SYSTEM_DISK_MAX_GB,
      'InvalidParameterValue.Range',
      'disk.range',
      { min: SYSTEM_DISK_MIN_GB, max: SYSTEM_DISK_MAX_GB },
    ),
  ),
  DiskId: z.optional(z.string()),
});

// The name is optional: left out, an instance is unnamed; sent, it must not be empty (said apart,
// so a name too long is not told "1 to 60" as if it were required).
const instanceNameSchema = coded(
  coded(z.string(), (v) => charLength(v) >= 1, 'InvalidParameterValue.TooLarge', 'instance.nameEmpty', {}),
  (v) => charLength(v) <= INSTANCE_NAME_MAX,
  'InvalidParameterValue.TooLarge',
  'instance.nameLength',
  { max: INSTANCE_NAME_MAX },
);

const runShape = {
  Placement: z.strictObject({ Zone: z.string().check(z.maxLength(64)), ProjectId: z.optional(z.int()) }),
  ImageId: imageIdSchema,
  InstanceType: z.string().check(z.maxLength(64)),
  InstanceChargeType: z.optional(z.enum(['POSTPAID_BY_HOUR', 'PREPAID', 'SPOTPAID'])),
  SystemDisk: z.optional(systemDiskSchema),
  DataDisks: z.optional(
    z
      .array(
        z.strictObject({
          DiskType: z.optional(z.string()),
          DiskSize: z.int().check(z.minimum(10), z.maximum(32000)),
          SnapshotId: z.optional(z.string()),
        }),
      )
      .check(z.maxLength(20)),
  ),
  InstanceCount: z.optional(
    coded(
      z.int(),
      (v) => v >= 1 && v <= RUN_INSTANCES_COUNT_MAX,
      'InvalidParameterValue.Range',
      'instance.countRange',
      { max: RUN_INSTANCES_COUNT_MAX },
    ),
  ),
  InstanceName: z.optional(instanceNameSchema),
  DryRun: z.optional(z.boolean()),
  // Accepted for compatibility with SDK callers; the mock has no network or login model.
  InternetAccessible: z.optional(z.record(z.string(), z.unknown())),
  LoginSettings: z.optional(z.record(z.string(), z.unknown())),
  SecurityGroupIds: z.optional(z.array(z.string()).check(z.maxLength(50))),
  VirtualPrivateCloud: z.optional(z.record(z.string(), z.unknown())),
  EnhancedService: z.optional(z.record(z.string(), z.unknown())),
  InstanceChargePrepaid: z.optional(z.record(z.string(), z.unknown())),
  HostName: z.optional(z.string().check(z.maxLength(60))),
  ClientToken: z.optional(z.string().check(z.maxLength(64))),
  TagSpecification: z.optional(tagSpecificationSchema('instance')),
};

export const runInstancesRequestSchema = z.strictObject(runShape);
export type RunInstancesRequest = z.infer<typeof runInstancesRequestSchema>;
export interface RunInstancesResponse {
  InstanceIdSet: string[];
}

export const inquiryPriceRunInstancesRequestSchema = z.strictObject(runShape);
export interface ItemPrice {
  ChargeUnit: string;
  Discount: number;
  UnitPrice: number;
  UnitPriceDiscount: number;
}

/** Extension of InquiryPriceRunInstances: what the price is made of, per hour, in the region's currency. */
export interface PriceBreakdown {
  Currency: Currency;
  ChargeUnit: 'HOUR';
  InstancePerHour: number;
  ImageFeePerHour: number;
  ImageFeeNote: string;
  SystemDiskPerHour: number;
  DataDisksPerHour: number;
  /** For all instances requested. */
  TotalPerHour: number;
}

export interface InquiryPriceRunInstancesResponse {
  Price: {
    InstancePrice: ItemPrice;
    BandwidthPrice: ItemPrice;
    /** Extension (absent on the real API): the parts of the price, for the wizard's review. */
    Breakdown?: PriceBreakdown;
  };
}

/** The smallest system disk that can hold this image, and the default the wizard proposes. */
export function defaultSystemDiskSize(image: Pick<Image, 'ImageSize'>): number {
  return Math.max(SYSTEM_DISK_DEFAULT_GB, image.ImageSize);
}

/** Why this image cannot be used for an instance of this type (shown before the user picks it). */
export function launchImageViolation(image: Image, type: InstanceTypeSpec | undefined): Violation | undefined {
  if (image.ImageState !== 'NORMAL')
    return stateViolation('InvalidImageId.IncorrectState', image.ImageState, 'launch', 'ImageId');
  if (type && !architectureFits(image.Architecture, type.Architecture))
    return violation(
      'InvalidParameterValue.InvalidImageForGivenInstanceType',
      'launch.wrongArchitecture',
      { architecture: image.Architecture, instanceType: type.InstanceType, typeArchitecture: type.Architecture },
      'ImageId',
    );
  return undefined;
}

/**
 * Why this image cannot launch in the region at all: no type on offer there runs its architecture
 * (ARM images where no ARM type is sold). Said before a type is chosen, so the wizard is no dead end.
 */
export function imageRegionViolation(
  image: Pick<Image, 'Architecture'>,
  regionId: string,
  offers: readonly Pick<InstanceTypeConfig, 'InstanceType'>[] = instanceTypeConfigs(regionId),
): Violation | undefined {
  const fits = offers.some((c) => {
    const type = findInstanceType(c.InstanceType);
    return type !== undefined && architectureFits(image.Architecture, type.Architecture);
  });
  return fits || offers.length === 0
    ? undefined
    : violation(
        'InvalidParameterValue.InvalidImageForGivenInstanceType',
        'launch.archNotSold',
        { architecture: image.Architecture, region: regionId },
        'ImageId',
      );
}

/** Several instances are named "<name>-1", "<name>-2"...: the numbered names must fit too. */
export function instanceNameViolation(name: string | undefined, count: number): Violation | undefined {
  if (name === undefined || count <= 1) return undefined;
  const longest = charLength(name) + 1 + String(count).length;
  if (longest <= INSTANCE_NAME_MAX) return undefined;
  return violation(
    'InvalidParameterValue.TooLarge',
    'instance.nameTooLongForCount',
    { max: INSTANCE_NAME_MAX - 1 - String(count).length, count, limit: INSTANCE_NAME_MAX },
    'InstanceName',
  );
}

/**
 * Whether `adding` more instances fit the account's quota in the zone, where it holds `used`
 * (InstancesQuotaLimitExceeded: "You are trying to create more instances than your remaining quota allows").
 */
export function instanceQuotaViolation(used: number, adding: number, zone: string): Violation | undefined {
  if (used + adding <= INSTANCE_QUOTA_PER_ZONE) return undefined;
  return violation(
    'InstancesQuotaLimitExceeded',
    'instance.quota',
    { used, quota: INSTANCE_QUOTA_PER_ZONE, zone, adding, left: Math.max(0, INSTANCE_QUOTA_PER_ZONE - used) },
    'InstanceCount',
  );
}

/** The whole RunInstances verdict once the image and the zone are known (`instancesInZone`: the account's there). */
export function runInstancesViolation(
  req: Pick<RunInstancesRequest, 'InstanceType' | 'SystemDisk' | 'Placement' | 'InstanceName' | 'InstanceCount'>,
  image: Image,
  ctx: { regionId: string; zoneState: 'AVAILABLE' | 'UNAVAILABLE' | undefined; instancesInZone: number },
): Violation | undefined {
  if (ctx.zoneState === undefined)
    return violation(
      'InvalidZone.MismatchRegion',
      'zone.notInRegion',
      { zone: req.Placement.Zone, region: ctx.regionId },
      'Placement.Zone',
    );
  const soldOut = zoneViolation({ Zone: req.Placement.Zone, ZoneState: ctx.zoneState });
  if (soldOut) return soldOut;
  const notSold = instanceTypeOfferViolation(req.InstanceType, { regionId: ctx.regionId });
  if (notSold) return notSold;
  const imageProblem = launchImageViolation(image, findInstanceType(req.InstanceType));
  if (imageProblem) return imageProblem;
  const nameProblem = instanceNameViolation(req.InstanceName, req.InstanceCount ?? 1);
  if (nameProblem) return nameProblem;
  return (
    systemDiskViolation(req.SystemDisk?.DiskSize ?? defaultSystemDiskSize(image), image) ??
    instanceQuotaViolation(ctx.instancesInZone, req.InstanceCount ?? 1, req.Placement.Zone)
  );
}

/** The API's code for an instance state that cannot be imaged, one per state. */
const busyInstanceCodes: Partial<Record<InstanceState, string>> = {
  STOPPING: 'UnsupportedOperation.InstanceStateStopping',
  REBOOTING: 'UnsupportedOperation.InstanceStateRebooting',
  TERMINATING: 'UnsupportedOperation.InstanceStateTerminating',
  SHUTDOWN: 'UnsupportedOperation.InstanceStateShutdown',
};

export function createImageFromInstanceViolation(instance: Instance): Violation | undefined {
  if (instance.InstanceState !== 'RUNNING' && instance.InstanceState !== 'STOPPED')
    return violation(
      busyInstanceCodes[instance.InstanceState] ?? 'UnsupportedOperation.InstanceStateStarting',
      'instance.notImageable',
      { instanceId: instance.InstanceId, state: instance.InstanceState },
      'InstanceId',
    );
  return undefined;
}

/** What each step of the instance-creation wizard must hold before the next one. */
export const wizardStepSchemas = {
  location: z.pick(runInstancesRequestSchema, { Placement: true }),
  type: z.pick(runInstancesRequestSchema, { InstanceType: true }),
  image: z.pick(runInstancesRequestSchema, { ImageId: true }),
  settings: z.pick(runInstancesRequestSchema, { SystemDisk: true, InstanceName: true, InstanceCount: true }),
} as const;

/** A sold-out zone cannot take new instances. */
export function zoneViolation(zone: { Zone: string; ZoneState: string }): Violation | undefined {
  return zone.ZoneState === 'AVAILABLE'
    ? undefined
    : violation('ResourcesSoldOut.SpecifiedInstanceType', 'zone.soldOut', { zone: zone.Zone }, 'Placement.Zone');
}

/** The system disk must hold the image. */
export function systemDiskViolation(size: number, image: Pick<Image, 'ImageSize'>): Violation | undefined {
  return size < image.ImageSize
    ? violation(
        'InvalidParameterValue.InvalidDiskSize',
        'disk.tooSmall',
        { imageSize: image.ImageSize, size },
        'SystemDisk.DiskSize',
      )
    : undefined;
}
