import { z } from './zod.ts';
import {
  INSTANCE_NAME_MAX,
  RUN_INSTANCES_COUNT_MAX,
  SYSTEM_DISK_DEFAULT_GB,
  SYSTEM_DISK_MAX_GB,
  SYSTEM_DISK_MIN_GB,
  BATCH_IDS_MAX,
  TAG_SPECIFICATIONS_MAX,
  charLength,
  coded,
  quote,
  imageIdSchema,
  instanceIdSchema,
  violation,
  type Violation,
} from './common.ts';
import {
  architectureLabels,
  filterSchema,
  limitSchema,
  offsetSchema,
  stateMessage,
  type Architecture,
  type Image,
} from './images.ts';

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

export const describeInstancesRequestSchema = z
  .strictObject({
    InstanceIds: z.optional(z.array(instanceIdSchema).check(z.maxLength(BATCH_IDS_MAX))),
    Filters: z.optional(z.array(filterSchema).check(z.maxLength(10))),
    Offset: z.optional(offsetSchema),
    Limit: z.optional(limitSchema),
  })
  .check(
    z.superRefine((req, ctx) => {
      for (const [i, f] of (req.Filters ?? []).entries())
        if (!['zone', 'instance-name', 'instance-state', 'image-id', 'instance-type'].includes(f.Name))
          ctx.addIssue({
            code: 'custom',
            path: ['Filters', i, 'Name'],
            message: `Unknown filter "${quote(f.Name)}"; supported: zone, instance-name, instance-state, image-id, instance-type.`,
            params: { code: 'InvalidFilter' },
          });
    }),
  );

export const describeInstanceTypeConfigsRequestSchema = z.strictObject({
  Filters: z.optional(z.array(filterSchema).check(z.maxLength(10))),
});

const systemDiskSchema = z.strictObject({
  DiskType: z.optional(z.enum(['CLOUD_PREMIUM', 'CLOUD_SSD', 'CLOUD_BSSD'])),
  DiskSize: z.optional(
    coded(
      z.int(),
      (v) => v >= SYSTEM_DISK_MIN_GB && v <= SYSTEM_DISK_MAX_GB,
      'InvalidParameterValue.Range',
      `System disk size must be between ${SYSTEM_DISK_MIN_GB} and ${SYSTEM_DISK_MAX_GB} GB.`,
    ),
  ),
  DiskId: z.optional(z.string()),
});

const instanceNameSchema = coded(
  z.string(),
  (v) => charLength(v) >= 1 && charLength(v) <= INSTANCE_NAME_MAX,
  'InvalidParameterValue.TooLarge',
  `Instance name must be 1 to ${INSTANCE_NAME_MAX} characters.`,
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
      `Instance count must be between 1 and ${RUN_INSTANCES_COUNT_MAX}.`,
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
  TagSpecification: z.optional(z.array(z.record(z.string(), z.unknown())).check(z.maxLength(TAG_SPECIFICATIONS_MAX))),
};

export const runInstancesRequestSchema = z.strictObject(runShape);
export type RunInstancesRequest = z.infer<typeof runInstancesRequestSchema>;
export const inquiryPriceRunInstancesRequestSchema = z.strictObject(runShape);

/** The smallest system disk that can hold this image, and the default the wizard proposes. */
export function defaultSystemDiskSize(image: Pick<Image, 'ImageSize'>): number {
  return Math.max(SYSTEM_DISK_DEFAULT_GB, image.ImageSize);
}

/** Why this image cannot be used for an instance of this type (shown before the user picks it). */
export function launchImageViolation(image: Image, type: InstanceTypeSpec | undefined): Violation | undefined {
  if (image.ImageState !== 'NORMAL')
    return violation('InvalidImageId.IncorrectState', stateMessage(image.ImageState, 'launched'), 'ImageId');
  if (type && !architectureFits(image.Architecture, type.Architecture))
    return violation(
      'InvalidParameterValue.InvalidImageForGivenInstanceType',
      `This ${architectureLabels[image.Architecture]} image does not run on ${type.InstanceType}, which is ${type.Architecture === 'arm' ? 'an ARM' : 'a 64-bit x86'} instance type.`,
      'ImageId',
    );
  return undefined;
}

/** Several instances are named "<name>-1", "<name>-2"...: the numbered names must fit too. */
export function instanceNameViolation(name: string | undefined, count: number): Violation | undefined {
  if (name === undefined || count <= 1) return undefined;
  const longest = charLength(name) + 1 + String(count).length;
  if (longest <= INSTANCE_NAME_MAX) return undefined;
  return violation(
    'InvalidParameterValue.TooLarge',
    `Instance name must be at most ${INSTANCE_NAME_MAX - 1 - String(count).length} characters when launching ${count} instances, so that "-1" to "-${count}" fit in ${INSTANCE_NAME_MAX}.`,
    'InstanceName',
  );
}

/** The whole RunInstances verdict once the image and the zone are known. */
export function runInstancesViolation(
  req: Pick<RunInstancesRequest, 'InstanceType' | 'SystemDisk' | 'Placement' | 'InstanceName' | 'InstanceCount'>,
  image: Image,
  ctx: { regionId: string; zoneState: 'AVAILABLE' | 'UNAVAILABLE' | undefined },
): Violation | undefined {
  if (ctx.zoneState === undefined)
    return violation(
      'InvalidZone.MismatchRegion',
      `Zone ${req.Placement.Zone} is not in region ${ctx.regionId}.`,
      'Placement.Zone',
    );
  const soldOut = zoneViolation({ Zone: req.Placement.Zone, ZoneState: ctx.zoneState });
  if (soldOut) return soldOut;
  const type = findInstanceType(req.InstanceType);
  if (!type || !instanceTypesIn(ctx.regionId).includes(type))
    return violation(
      'InvalidParameterValue.InstanceTypeNotFound',
      `Instance type ${req.InstanceType} is not sold in ${ctx.regionId}.`,
      'InstanceType',
    );
  const imageProblem = launchImageViolation(image, type);
  if (imageProblem) return imageProblem;
  const nameProblem = instanceNameViolation(req.InstanceName, req.InstanceCount ?? 1);
  if (nameProblem) return nameProblem;
  return systemDiskViolation(req.SystemDisk?.DiskSize ?? defaultSystemDiskSize(image), image);
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
      `Instance ${instance.InstanceId} is ${instance.InstanceState.toLowerCase()}; images can be made from running or stopped instances.`,
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
    : violation(
        'ResourcesSoldOut.SpecifiedInstanceType',
        `${zone.Zone} is sold out; choose another zone.`,
        'Placement.Zone',
      );
}

/** The system disk must hold the image. */
export function systemDiskViolation(size: number, image: Pick<Image, 'ImageSize'>): Violation | undefined {
  return size < image.ImageSize
    ? violation(
        'InvalidParameterValue.InvalidDiskSize',
        `System disk must be at least ${image.ImageSize} GB, the size of the image (got ${size} GB).`,
        'SystemDisk.DiskSize',
      )
    : undefined;
}
