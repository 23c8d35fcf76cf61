import { z } from './zod.ts';
import {
  BATCH_IDS_MAX,
  CUSTOM_IMAGE_QUOTA_PER_REGION,
  DESCRIBE_LIMIT_MAX,
  FILTER_VALUES_MAX,
  FILTERS_MAX,
  coded,
  quote,
  imageDescriptionSchema,
  imageIdSchema,
  imageNameSchema,
  instanceIdSchema,
  stringBooleanSchema,
  TAG_SPECIFICATIONS_MAX,
  violation,
  type Violation,
} from './common.ts';
import { findRegion, regionLabel } from './regions.ts';

export const architectureSchema = z.enum(['x86_64', 'i386', 'arm']);
export type Architecture = z.infer<typeof architectureSchema>;

export const architectureLabels: Record<Architecture, string> = {
  x86_64: '64-bit x86',
  i386: '32-bit x86',
  arm: 'ARM',
};

export const imageTypeSchema = z.enum(['PUBLIC_IMAGE', 'PRIVATE_IMAGE', 'SHARED_IMAGE', 'MARKET_IMAGE']);
export type ImageType = z.infer<typeof imageTypeSchema>;

export const imageStateSchema = z.enum(['CREATING', 'NORMAL', 'CREATEFAILED', 'SYNCING', 'IMPORTING', 'IMPORTFAILED']);
export type ImageState = z.infer<typeof imageStateSchema>;

export const imageSourceSchema = z.enum(['OFFICIAL', 'CREATE_IMAGE', 'EXTERNAL_IMPORT']);
export type ImageSource = z.infer<typeof imageSourceSchema>;

export const snapshotSchema = z.object({
  SnapshotId: z.string(),
  DiskUsage: z.enum(['SYSTEM_DISK', 'DATA_DISK']),
  DiskSize: z.int(),
});
export type Snapshot = z.infer<typeof snapshotSchema>;

export const tagSchema = z.strictObject({
  Key: z.string().check(z.maxLength(127)),
  Value: z.string().check(z.maxLength(255)),
});

export const priceModeSchema = z.enum(['FREE', 'HOURLY', 'MONTHLY']);

/** Extension object on MARKET_IMAGE listings: who sells it, what it holds, what it costs. */
export const marketInfoSchema = z.object({
  Vendor: z.string(),
  Software: z.array(z.string()),
  PriceMode: priceModeSchema,
  /** CNY per hour (HOURLY) or per month (MONTHLY); 0 when FREE. */
  Price: z.number(),
  Audited: z.boolean(),
});
export type MarketInfo = z.infer<typeof marketInfoSchema>;

export const imageSchema = z.object({
  ImageId: z.string(),
  OsName: z.string(),
  ImageType: imageTypeSchema,
  CreatedTime: z.string(),
  ImageName: z.string(),
  ImageDescription: z.string(),
  ImageSize: z.int(),
  Architecture: architectureSchema,
  ImageState: imageStateSchema,
  Platform: z.string(),
  ImageCreator: z.string(),
  ImageSource: imageSourceSchema,
  SyncPercent: z.nullable(z.int()),
  IsSupportCloudinit: z.boolean(),
  SnapshotSet: z.array(snapshotSchema),
  Tags: z.array(z.object({ Key: z.string(), Value: z.string() })),
  LicenseType: z.enum(['TencentCloud', 'BYOL']),
  ImageFamily: z.string(),
  ImageDeprecated: z.boolean(),
  BootMode: z.enum(['Legacy BIOS', 'UEFI']),
  // Extensions of this product (documented in the README):
  MarketInfo: z.nullable(marketInfoSchema),
  /** For a copy: the image and region it was copied from. */
  CopiedFrom: z.nullable(z.object({ ImageId: z.string(), Region: z.string() })),
  /** Own custom images: with how many accounts it is shared. */
  SharedAccountCount: z.int(),
  /** IMPORTFAILED / CREATEFAILED: why. */
  FailureReason: z.nullable(z.string()),
});
export type Image = z.infer<typeof imageSchema>;

export const sharePermissionSchema = z.object({ CreatedTime: z.string(), AccountId: z.string() });
export type SharePermission = z.infer<typeof sharePermissionSchema>;

// ---------------------------------------------------------------- request schemas

const int = (name: string) =>
  z.int({ error: (iss) => (iss.input === undefined ? undefined : `${name} must be an integer`) });

export const imageFilterNames = [
  'image-id',
  'image-type',
  'image-name',
  'image-state',
  'platform',
  'architecture',
  'tag-key',
  'tag-value',
  // Extensions: name or ID, for the console's search box; copies of an image, for its lineage.
  'keyword',
  'copied-from',
] as const;
export type ImageFilterName = (typeof imageFilterNames)[number];

export const filterSchema = z.strictObject({
  Name: z.string(),
  Values: z.array(z.string().check(z.maxLength(256))),
});
export type Filter = z.infer<typeof filterSchema>;

function filtersSchema(names: readonly string[]) {
  return z.array(filterSchema).check(
    z.superRefine((filters, ctx) => {
      if (filters.length > FILTERS_MAX) {
        ctx.addIssue({
          code: 'custom',
          message: `At most ${FILTERS_MAX} filters per request (got ${filters.length}).`,
          params: { code: 'InvalidParameterValue.LimitExceeded' },
        });
        return;
      }
      filters.forEach((f, i) => {
        if (!names.includes(f.Name) && !f.Name.startsWith('tag:')) {
          ctx.addIssue({
            code: 'custom',
            path: [i, 'Name'],
            message: `Unknown filter "${quote(f.Name)}"; supported filters: ${names.join(', ')}.`,
            params: { code: 'InvalidFilter' },
          });
        } else if (f.Values.length > FILTER_VALUES_MAX) {
          ctx.addIssue({
            code: 'custom',
            path: [i, 'Values'],
            message: `Filter "${f.Name}" takes at most ${FILTER_VALUES_MAX} values (got ${f.Values.length}).`,
            params: { code: 'InvalidFilterValue.LimitExceeded' },
          });
        } else if (f.Values.length === 0) {
          ctx.addIssue({
            code: 'custom',
            path: [i, 'Values'],
            message: `Filter "${f.Name}" needs at least one value.`,
            params: { code: 'InvalidFilterValue.LimitExceeded' },
          });
        }
      });
    }),
  );
}

export const offsetSchema = coded(int('Offset'), (v) => v >= 0, 'InvalidParameterValue', 'Offset must be 0 or more.');
export const limitSchema = coded(
  int('Limit'),
  (v) => v >= 1 && v <= DESCRIBE_LIMIT_MAX,
  'InvalidParameterValue.InvalidParameterValueLimit',
  `Limit must be between 1 and ${DESCRIBE_LIMIT_MAX}.`,
);

export const imageOrderFields = ['CreatedTime', 'ImageName', 'ImageSize', 'OsName'] as const;
export type ImageOrderField = (typeof imageOrderFields)[number];

export const describeImagesRequestSchema = z
  .strictObject({
    ImageIds: z.optional(z.array(imageIdSchema).check(z.maxLength(BATCH_IDS_MAX))),
    Filters: z.optional(filtersSchema(imageFilterNames)),
    Offset: z.optional(offsetSchema),
    Limit: z.optional(limitSchema),
    InstanceType: z.optional(z.string().check(z.maxLength(64))),
    // Extension: server-side sorting for the console's sortable table.
    OrderField: z.optional(z.enum(imageOrderFields)),
    Order: z.optional(z.enum(['ASC', 'DESC'])),
  })
  .check(
    z.superRefine((req, ctx) => {
      if (req.ImageIds && req.Filters)
        ctx.addIssue({
          code: 'custom',
          path: ['ImageIds'],
          message: 'ImageIds and Filters cannot be specified at the same time.',
          params: { code: 'InvalidParameter.InvalidParameterCoexistImageIdsFilters' },
        });
    }),
  );
export type DescribeImagesRequest = z.infer<typeof describeImagesRequestSchema>;

const tagSpecificationSchema = z
  .array(z.strictObject({ ResourceType: z.string(), Tags: z.array(tagSchema).check(z.maxLength(50)) }))
  .check(z.maxLength(TAG_SPECIFICATIONS_MAX));

export const createImageRequestSchema = z
  .strictObject({
    ImageName: imageNameSchema,
    InstanceId: z.optional(instanceIdSchema),
    ImageDescription: z.optional(imageDescriptionSchema),
    ForcePoweroff: z.optional(stringBooleanSchema),
    Sysprep: z.optional(stringBooleanSchema),
    DataDiskIds: z.optional(z.array(z.string()).check(z.maxLength(20))),
    SnapshotIds: z.optional(z.array(z.string()).check(z.maxLength(20))),
    DryRun: z.optional(z.boolean()),
    TagSpecification: z.optional(tagSpecificationSchema),
    ImageFamily: z.optional(z.string().check(z.maxLength(60))),
  })
  .check(
    z.superRefine((req, ctx) => {
      if ((req.InstanceId === undefined) === (req.SnapshotIds === undefined))
        ctx.addIssue({
          code: 'custom',
          path: ['InstanceId'],
          message: 'Specify exactly one of InstanceId and SnapshotIds: the instance to make the image from.',
          params: { code: 'InvalidParameter.SpecifyOneParameter' },
        });
    }),
  );
export type CreateImageRequest = z.infer<typeof createImageRequestSchema>;

export const importArchitectureSchema = z.enum(['x86_64', 'i386', 'arm_64']);
export const importFormats = ['RAW', 'VHD', 'QCOW2', 'VMDK', 'ISO'] as const;

export const importImageRequestSchema = z.strictObject({
  Architecture: importArchitectureSchema,
  OsType: z.string().check(z.minLength(1), z.maxLength(64)),
  OsVersion: z.string().check(z.minLength(1), z.maxLength(64)),
  ImageUrl: z.string().check(z.minLength(1), z.maxLength(1024)),
  ImageName: imageNameSchema,
  ImageDescription: z.optional(imageDescriptionSchema),
  DryRun: z.optional(z.boolean()),
  Force: z.optional(z.boolean()),
  TagSpecification: z.optional(tagSpecificationSchema),
  LicenseType: z.optional(z.enum(['TencentCloud', 'BYOL'])),
  BootMode: z.optional(z.enum(['Legacy BIOS', 'UEFI'])),
  ImageFamily: z.optional(z.string().check(z.maxLength(60))),
  ImportImageDataDiskList: z.optional(
    z.array(z.strictObject({ ImageUrl: z.string().check(z.maxLength(1024)) })).check(z.maxLength(5)),
  ),
});
export type ImportImageRequest = z.infer<typeof importImageRequestSchema>;

export const modifyImageAttributeRequestSchema = z.strictObject({
  ImageId: imageIdSchema,
  ImageName: z.optional(imageNameSchema),
  ImageDescription: z.optional(imageDescriptionSchema),
  ImageFamily: z.optional(z.string().check(z.maxLength(60))),
  ImageDeprecated: z.optional(z.boolean()),
});
export type ModifyImageAttributeRequest = z.infer<typeof modifyImageAttributeRequestSchema>;

export const deleteImagesRequestSchema = z.strictObject({
  ImageIds: z.array(imageIdSchema).check(z.minLength(1), z.maxLength(BATCH_IDS_MAX)),
  DeleteBindedSnap: z.optional(z.boolean()),
  DryRun: z.optional(z.boolean()),
});
export type DeleteImagesRequest = z.infer<typeof deleteImagesRequestSchema>;

export const describeImageQuotaRequestSchema = z.strictObject({});
export const describeImportImageOsRequestSchema = z.strictObject({});

// ---------------------------------------------------------------- image kinds and rules

export type ImageKind = 'own' | 'shared' | 'public' | 'market' | 'foreign';

/** What an image is to the account looking at it. */
export function imageKind(image: Pick<Image, 'ImageType' | 'ImageCreator'>, accountId: string): ImageKind {
  switch (image.ImageType) {
    case 'PUBLIC_IMAGE':
      return 'public';
    case 'MARKET_IMAGE':
      return 'market';
    case 'SHARED_IMAGE':
      return 'shared';
    case 'PRIVATE_IMAGE':
      return image.ImageCreator === accountId ? 'own' : 'foreign';
  }
}

export const BUSY_STATES: readonly ImageState[] = ['CREATING', 'SYNCING', 'IMPORTING'];

export const stateLabels: Record<ImageState, string> = {
  CREATING: 'Creating',
  NORMAL: 'Normal',
  CREATEFAILED: 'Creation failed',
  SYNCING: 'Copying',
  IMPORTING: 'Importing',
  IMPORTFAILED: 'Import failed',
};

/**
 * Why an image in this state cannot be used for something yet (or at all): "shared",
 * "copied", "launched from", "edited", "deleted".
 */
export function stateMessage(state: ImageState, what: string): string {
  switch (state) {
    case 'CREATING':
      return `The image is still being created; it can be ${what} once it is normal.`;
    case 'IMPORTING':
      return `The image is still being imported; it can be ${what} once it is normal.`;
    case 'SYNCING':
      return `The image is still being copied; it can be ${what} once it is normal.`;
    case 'CREATEFAILED':
      return `Creating the image failed, so it cannot be ${what}; delete it and create it again.`;
    case 'IMPORTFAILED':
      return `Importing the image failed, so it cannot be ${what}; delete it and import the file again.`;
    case 'NORMAL':
      return `The image is normal.`;
  }
}

/** The refusal shared by every owner-only action on an image that is not the caller's own custom image. */
function notOwnViolation(kind: ImageKind, action: string): Violation | undefined {
  switch (kind) {
    case 'own':
      return undefined;
    case 'public':
      return violation(
        'InvalidParameterValue.InvalidImageId',
        `Public images cannot be ${action}; only your own custom images can.`,
        'ImageId',
      );
    case 'market':
      return violation(
        'InvalidParameterValue.InvalidImageId',
        `Marketplace images cannot be ${action}; only your own custom images can.`,
        'ImageId',
      );
    case 'shared':
      return violation(
        'InvalidParameterValue.InvalidImageIdIsShared',
        `This image is shared with you by another account, so it cannot be ${action}; only its owner can.`,
        'ImageId',
      );
    case 'foreign':
      return violation(
        'UnauthorizedOperation.ImageNotBelongToAccount',
        'The image belongs to another account.',
        'ImageId',
      );
  }
}

export function quotaViolation(used: number, adding: number, regionId: string): Violation | undefined {
  if (used + adding <= CUSTOM_IMAGE_QUOTA_PER_REGION) return undefined;
  const where = regionLabel(regionId);
  return violation(
    'ImageQuotaLimitExceeded',
    adding === 1
      ? `${used} of ${CUSTOM_IMAGE_QUOTA_PER_REGION} custom images used in ${where}; delete one to make room.`
      : `${used} of ${CUSTOM_IMAGE_QUOTA_PER_REGION} custom images used in ${where}; ${adding} more would exceed the quota.`,
  );
}

export function duplicateNameViolation(name: string, existingNames: Iterable<string>): Violation | undefined {
  for (const existing of existingNames)
    if (existing === name)
      return violation(
        'InvalidImageName.Duplicate',
        `You already have an image named "${name}" in this region; choose another name.`,
        'ImageName',
      );
  return undefined;
}

export function modifyBlockedReason(image: Image, accountId: string): Violation | undefined {
  const kind = imageKind(image, accountId);
  if (kind === 'shared')
    return violation(
      'UnsupportedOperation.SharedImageModifyUnsupported',
      'Images shared with you by another account cannot be renamed or edited.',
      'ImageId',
    );
  const notOwn = notOwnViolation(kind, 'edited');
  if (notOwn) return notOwn;
  if (image.ImageState !== 'NORMAL' && image.ImageState !== 'CREATEFAILED' && image.ImageState !== 'IMPORTFAILED')
    return violation('InvalidImageId.IncorrectState', stateMessage(image.ImageState, 'edited'), 'ImageId');
  return undefined;
}

export function deleteBlockedReason(image: Image, accountId: string): Violation | undefined {
  const notOwn = notOwnViolation(imageKind(image, accountId), 'deleted');
  if (notOwn) return notOwn;
  if (BUSY_STATES.includes(image.ImageState))
    return violation('InvalidImageId.IncorrectState', stateMessage(image.ImageState, 'deleted'), 'ImageId');
  if (image.SharedAccountCount > 0)
    return violation(
      'InvalidImageId.InShared',
      `Cancel sharing with ${image.SharedAccountCount} account${image.SharedAccountCount === 1 ? '' : 's'} before deleting.`,
      'ImageId',
    );
  return undefined;
}

export function importOsViolation(
  osList: readonly { OsName: string; OsVersions: readonly string[]; Architecture: readonly string[] }[],
  req: Pick<ImportImageRequest, 'OsType' | 'OsVersion' | 'Architecture'>,
): Violation | undefined {
  const os = osList.find((o) => o.OsName === req.OsType);
  if (!os)
    return violation(
      'InvalidImageOsType.Unsupported',
      `OS type "${req.OsType}" cannot be imported; choose one of ${osList.map((o) => o.OsName).join(', ')}.`,
      'OsType',
    );
  if (!os.OsVersions.includes(req.OsVersion))
    return violation(
      'InvalidImageOsVersion.Unsupported',
      `${os.OsName} version "${req.OsVersion}" cannot be imported; choose one of ${os.OsVersions.join(', ')}.`,
      'OsVersion',
    );
  if (!os.Architecture.includes(req.Architecture))
    return violation(
      'InvalidParameterValue',
      `${os.OsName} images can be imported for ${os.Architecture.join(' or ')} only.`,
      'Architecture',
    );
  return undefined;
}

/**
 * Where an import may come from: an object-storage (COS) URL in the same region,
 * `https://<bucket>-<appid>.cos.<region>.myqcloud.com/<key>.<format>`.
 */
export function importUrlViolation(url: string, regionId: string, force: boolean): Violation | undefined {
  let parsed: URL;
  try {
    parsed = new URL(url);
  } catch {
    return violation(
      'InvalidParameter.InvalidParameterUrlError',
      'Image file URL must be a full URL, such as https://bucket-1250000000.cos.ap-guangzhou.myqcloud.com/image.qcow2.',
      'ImageUrl',
    );
  }
  const host = /^[a-z0-9-]+\.cos\.([a-z0-9-]+)\.myqcloud\.com$/.exec(parsed.hostname);
  if ((parsed.protocol !== 'https:' && parsed.protocol !== 'http:') || !host)
    return violation(
      'InvalidParameter.InvalidParameterUrlError',
      'Image file URL must point to a COS bucket: https://<bucket>-<appid>.cos.<region>.myqcloud.com/<file>.',
      'ImageUrl',
    );
  const bucketRegion = host[1]!;
  if (bucketRegion !== regionId) {
    const other = findRegion(bucketRegion);
    return violation(
      'InvalidParameter.InvalidParameterUrlError',
      `The bucket is in ${other ? other.city : bucketRegion}, but images can only be imported from a bucket in ${regionLabel(regionId)}.`,
      'ImageUrl',
    );
  }
  const format = importFormatOf(parsed.pathname);
  if (!format)
    return violation(
      'InvalidParameter.InvalidParameterUrlError',
      'Image file must be a .raw, .vhd, .qcow2, .vmdk or .iso file.',
      'ImageUrl',
    );
  if (format === 'ISO' && !force)
    return violation(
      'InvalidParameterValue.ISOMustImportByForce',
      'ISO files must be imported with forced import turned on.',
      'Force',
    );
  return undefined;
}

export function importFormatOf(path: string): (typeof importFormats)[number] | undefined {
  const ext = /\.([a-z0-9]+)$/i.exec(path)?.[1]?.toUpperCase();
  if (ext === 'IMG') return 'RAW';
  return importFormats.find((f) => f === ext);
}
