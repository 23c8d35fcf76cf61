import { z } from './zod.ts';
import {
  INSTANCE_NAME_MAX,
  RUN_INSTANCES_COUNT_MAX,
  INSTANCE_QUOTA_PER_ZONE,
  SYSTEM_DISK_MIN_GB,
  SYSTEM_DISK_MAX_GB,
  SYSTEM_DISK_DEFAULT_GB,
} from './limits.ts';
import { imageIdSchema } from './ids.ts';
import { type Violation, violation, coded } from './violation.ts';
import { charLength } from './text.ts';
import { type Image, stateViolation } from './images.ts';
import {
  type InstanceTypeConfig,
  type InstanceTypeSpec,
  findInstanceType,
  architectureFits,
  instanceTypeConfigs,
  instanceTypeOfferViolation,
} from './instance-types.ts';
import { tagSpecificationSchema } from './tags.ts';
import type { Currency } from './messages/params.ts';

// RunInstances and InquiryPriceRunInstances: one request shape, and the verdict on it once the image
// and the zone are known.

/**
 * The name RunInstances gives an instance launched without InstanceName: the real API documents
 * "不指定实例显示名称则默认显示‘未命名’" and stores that name, whatever the request's language (the
 * RunInstances reference; Tencent's SDKs, e.g. tencentcloud-sdk-python's RunInstancesRequest). It
 * is data, so the console shows it as is in every language.
 */
export const DEFAULT_INSTANCE_NAME = '未命名';

const systemDiskSchema = z.strictObject({
  DiskType: z.optional(z.enum(['CLOUD_PREMIUM', 'CLOUD_SSD', 'CLOUD_BSSD'])),
  DiskSize: z.optional(
    coded(
      coded(z.number(), Number.isInteger, 'InvalidParameter', 'disk.whole', {}),
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
      coded(z.number(), Number.isInteger, 'InvalidParameter', 'instance.countWhole', {}),
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

/** Whether a region's own offers run an architecture (or it sells nothing), by `region architecture`. */
const soldIn = new Map<string, boolean>();

/**
 * Why this image cannot launch in the region at all: no type on offer there runs its architecture
 * (ARM images where no ARM type is sold). Said before a type is chosen, so the wizard is no dead end.
 */
export function imageRegionViolation(
  image: Pick<Image, 'Architecture'>,
  regionId: string,
  offers?: readonly Pick<InstanceTypeConfig, 'InstanceType'>[],
): Violation | undefined {
  // What a region sells is rules data: its answer per architecture is kept (every row of a list
  // asks, on every render: 20 rows built the region's offers 20 times, about 19 ms at CPU 4x).
  const key = `${regionId} ${image.Architecture}`;
  let fits = offers ? undefined : soldIn.get(key);
  if (fits === undefined) {
    const asked = offers ?? instanceTypeConfigs(regionId);
    fits =
      asked.length === 0 ||
      asked.some((c) => {
        const type = findInstanceType(c.InstanceType);
        return type !== undefined && architectureFits(image.Architecture, type.Architecture);
      });
    if (!offers) soldIn.set(key, fits);
  }
  return fits
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
