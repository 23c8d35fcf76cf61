import { z } from './zod.ts';
import {
  BATCH_IDS_MAX,
  CUSTOM_IMAGE_QUOTA_PER_REGION,
  imageDescriptionSchema,
  imageIdSchema,
  imageNameSchema,
  instanceIdSchema,
  sameName,
  shownName,
  stringBooleanSchema,
  violation,
  violationIssue,
  type Violation,
} from './common.ts';
import { filtersSchema, limitSchema, offsetSchema } from './describe.ts';
import { tagSpecificationSchema } from './tags.ts';

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
  // Extensions of this product (documented in the README; src/rules/extensions.ts names them).
  /** The SDK's Image has no BootMode: a real endpoint may leave it out. */
  BootMode: z.optional(z.enum(['Legacy BIOS', 'UEFI'])),
  MarketInfo: z.nullable(marketInfoSchema),
  /** For a copy: the image and region it was copied from. */
  CopiedFrom: z.nullable(z.object({ ImageId: z.string(), Region: z.string() })),
  /** Own custom images: with how many accounts it is shared. */
  SharedAccountCount: z.int(),
  /** IMPORTFAILED / CREATEFAILED: why. */
  FailureReason: z.nullable(z.string()),
  /**
   * Own custom images: the copies of it still being made in other regions (SyncImages), with their
   * progress. Absent on a real endpoint, which says only that the image is busy when asked to change it.
   */
  CopyingTo: z.optional(z.array(z.object({ ImageId: z.string(), Region: z.string(), SyncPercent: z.int() }))),
  /**
   * Own custom images: the exports of it still being written to object storage (ExportImages), with
   * their progress. Absent on a real endpoint, like CopyingTo.
   */
  ExportingTo: z.optional(z.array(z.object({ TaskId: z.int(), BucketName: z.string(), ExportPercent: z.int() }))),
});
export type Image = z.infer<typeof imageSchema>;

export const sharePermissionSchema = z.object({ CreatedTime: z.string(), AccountId: z.string() });
export type SharePermission = z.infer<typeof sharePermissionSchema>;

// ---------------------------------------------------------------- request schemas

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

export const imageOrderFields = ['CreatedTime', 'ImageName', 'ImageSize', 'OsName'] as const;
export type ImageOrderField = (typeof imageOrderFields)[number];

export const describeImagesRequestSchema = z
  .strictObject({
    ImageIds: z.optional(z.array(imageIdSchema).check(z.maxLength(BATCH_IDS_MAX))),
    Filters: z.optional(filtersSchema(imageFilterNames, { tagFilters: true })),
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
        ctx.addIssue(
          violationIssue(
            violation('InvalidParameter.InvalidParameterCoexistImageIdsFilters', 'images.idsWithFilters', {}),
            ['ImageIds'],
          ),
        );
    }),
  );
export type DescribeImagesRequest = z.infer<typeof describeImagesRequestSchema>;
export interface DescribeImagesResponse {
  TotalCount: number;
  ImageSet: Image[];
}

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
    TagSpecification: z.optional(tagSpecificationSchema('image')),
    ImageFamily: z.optional(z.string().check(z.maxLength(60))),
  })
  .check(
    z.superRefine((req, ctx) => {
      if ((req.InstanceId === undefined) === (req.SnapshotIds === undefined))
        ctx.addIssue(
          violationIssue(violation('InvalidParameter.SpecifyOneParameter', 'createImage.oneSource', {}), [
            'InstanceId',
          ]),
        );
    }),
  );
export type CreateImageRequest = z.infer<typeof createImageRequestSchema>;
export interface CreateImageResponse {
  ImageId: string;
}

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
  TagSpecification: z.optional(tagSpecificationSchema('image')),
  LicenseType: z.optional(z.enum(['TencentCloud', 'BYOL'])),
  BootMode: z.optional(z.enum(['Legacy BIOS', 'UEFI'])),
  ImageFamily: z.optional(z.string().check(z.maxLength(60))),
  ImportImageDataDiskList: z.optional(
    z.array(z.strictObject({ ImageUrl: z.string().check(z.maxLength(1024)) })).check(z.maxLength(5)),
  ),
});
export type ImportImageRequest = z.infer<typeof importImageRequestSchema>;
export interface ImportImageResponse {
  ImageId: string;
}

export const modifyImageAttributeRequestSchema = z.strictObject({
  ImageId: imageIdSchema,
  ImageName: z.optional(imageNameSchema),
  ImageDescription: z.optional(imageDescriptionSchema),
  ImageFamily: z.optional(z.string().check(z.maxLength(60))),
  ImageDeprecated: z.optional(z.boolean()),
});
export type ModifyImageAttributeRequest = z.infer<typeof modifyImageAttributeRequestSchema>;
/** Nothing but the RequestId. */
export type ModifyImageAttributeResponse = Record<string, never>;

export const deleteImagesRequestSchema = z.strictObject({
  ImageIds: z.array(imageIdSchema).check(z.minLength(1), z.maxLength(BATCH_IDS_MAX)),
  DeleteBindedSnap: z.optional(z.boolean()),
  DryRun: z.optional(z.boolean()),
});
export type DeleteImagesRequest = z.infer<typeof deleteImagesRequestSchema>;
/** Nothing but the RequestId. */
export type DeleteImagesResponse = Record<string, never>;

export const describeImageQuotaRequestSchema = z.strictObject({});
export interface DescribeImageQuotaResponse {
  ImageNumQuota: number;
}

export const describeImportImageOsRequestSchema = z.strictObject({});
export interface DescribeImportImageOsResponse {
  ImportImageOsListSupported: { Linux: string[]; Windows: string[] };
  ImportImageOsVersionSet: { OsName: string; OsVersions: string[]; Architecture: string[] }[];
}

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

/** What is done with an image, in the messages that say why it cannot be. */
export type ImageAction = 'share' | 'copy' | 'launch' | 'edit' | 'delete' | 'export';

const stateKeys = {
  CREATING: 'image.creating',
  IMPORTING: 'image.importing',
  SYNCING: 'image.syncing',
  CREATEFAILED: 'image.createFailed',
  IMPORTFAILED: 'image.importFailed',
} as const;

/** Why an image in this state cannot be shared, copied, launched from, edited, deleted or exported yet (or at all). */
export function stateViolation(code: string, state: ImageState, action: ImageAction, field: string): Violation {
  return state === 'NORMAL'
    ? violation(code, 'image.normal', {}, field)
    : violation(code, stateKeys[state], { action }, field);
}

/**
 * Whether an image is busy with a long operation: being created, imported or copied into, or the
 * source of copies or exports still being made (it is read until they are done).
 */
export function isBusyImage(image: Pick<Image, 'ImageState' | 'CopyingTo' | 'ExportingTo'>): boolean {
  return (
    BUSY_STATES.includes(image.ImageState) || (image.CopyingTo?.length ?? 0) > 0 || (image.ExportingTo?.length ?? 0) > 0
  );
}

/**
 * Why the source of copies or exports still being made cannot be shared, copied, exported, edited or
 * deleted yet, with the code the API documents for that action.
 */
export function busySourceViolation(
  image: Pick<Image, 'CopyingTo' | 'ExportingTo'>,
  code: string,
  action: ImageAction,
  field: string,
): Violation | undefined {
  const copies = image.CopyingTo?.length ?? 0;
  if (copies > 0) return violation(code, 'image.copyingTo', { action, count: copies }, field);
  const exports = image.ExportingTo?.length ?? 0;
  if (exports > 0) return violation(code, 'image.exporting', { action, count: exports }, field);
  return undefined;
}

/** The refusal shared by every owner-only action on an image that is not the caller's own custom image. */
function notOwnViolation(kind: ImageKind, action: 'edit' | 'delete'): Violation | undefined {
  switch (kind) {
    case 'own':
      return undefined;
    case 'public':
      return violation('InvalidParameterValue.InvalidImageId', 'image.publicNotOwn', { action }, 'ImageId');
    case 'market':
      return violation('InvalidParameterValue.InvalidImageId', 'image.marketNotOwn', { action }, 'ImageId');
    case 'shared':
      return violation('InvalidParameterValue.InvalidImageIdIsShared', 'image.sharedNotOwn', { action }, 'ImageId');
    case 'foreign':
      return violation('UnauthorizedOperation.ImageNotBelongToAccount', 'image.foreign', {}, 'ImageId');
  }
}

export function quotaViolation(used: number, adding: number, regionId: string): Violation | undefined {
  if (used + adding <= CUSTOM_IMAGE_QUOTA_PER_REGION) return undefined;
  return violation('ImageQuotaLimitExceeded', 'quota.exceeded', {
    used,
    quota: CUSTOM_IMAGE_QUOTA_PER_REGION,
    region: regionId,
    adding,
  });
}

/** A name is taken when one of the caller's images in the region has a name that looks the same (sameName). */
export function duplicateNameViolation(name: string, existingNames: Iterable<string>): Violation | undefined {
  for (const existing of existingNames)
    if (sameName(existing, name))
      return violation('InvalidImageName.Duplicate', 'name.duplicate', { name: shownName(name) }, 'ImageName');
  return undefined;
}

export function modifyBlockedReason(image: Image, accountId: string): Violation | undefined {
  const kind = imageKind(image, accountId);
  if (kind === 'shared')
    return violation('UnsupportedOperation.SharedImageModifyUnsupported', 'image.sharedNoEdit', {}, 'ImageId');
  const notOwn = notOwnViolation(kind, 'edit');
  if (notOwn) return notOwn;
  if (image.ImageState !== 'NORMAL' && image.ImageState !== 'CREATEFAILED' && image.ImageState !== 'IMPORTFAILED')
    return stateViolation('InvalidImageId.IncorrectState', image.ImageState, 'edit', 'ImageId');
  return busySourceViolation(image, 'InvalidImageId.IncorrectState', 'edit', 'ImageId');
}

export function deleteBlockedReason(image: Image, accountId: string): Violation | undefined {
  const notOwn = notOwnViolation(imageKind(image, accountId), 'delete');
  if (notOwn) return notOwn;
  if (BUSY_STATES.includes(image.ImageState))
    return stateViolation('InvalidImageId.IncorrectState', image.ImageState, 'delete', 'ImageId');
  const copying = busySourceViolation(image, 'InvalidImageId.IncorrectState', 'delete', 'ImageId');
  if (copying) return copying;
  if (image.SharedAccountCount > 0)
    return violation('InvalidImageId.InShared', 'image.inShared', { count: image.SharedAccountCount }, 'ImageId');
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
      'import.osType',
      { os: req.OsType, supported: osList.map((o) => o.OsName) },
      'OsType',
    );
  if (!os.OsVersions.includes(req.OsVersion))
    return violation(
      'InvalidImageOsVersion.Unsupported',
      'import.osVersion',
      { os: os.OsName, version: req.OsVersion, supported: os.OsVersions },
      'OsVersion',
    );
  if (!os.Architecture.includes(req.Architecture))
    return violation(
      'InvalidParameterValue',
      'import.architecture',
      { os: os.OsName, architectures: os.Architecture },
      'Architecture',
    );
  return undefined;
}

/**
 * Where an import may come from: an object-storage (COS) URL in the same region,
 * `https://<bucket>-<appid>.cos.<region>.myqcloud.com/<key>.<format>`.
 */
export function importUrlViolation(url: string, regionId: string, force: boolean): Violation | undefined {
  const badUrl = (key: 'import.urlNotUrl' | 'import.urlNotCos' | 'import.format') =>
    violation('InvalidParameter.InvalidParameterUrlError', key, {}, 'ImageUrl');
  let parsed: URL;
  try {
    parsed = new URL(url);
  } catch {
    return badUrl('import.urlNotUrl');
  }
  const host = /^[a-z0-9-]+\.cos\.([a-z0-9-]+)\.myqcloud\.com$/.exec(parsed.hostname);
  if ((parsed.protocol !== 'https:' && parsed.protocol !== 'http:') || !host) return badUrl('import.urlNotCos');
  const bucketRegion = host[1]!;
  if (bucketRegion !== regionId)
    return violation(
      'InvalidParameter.InvalidParameterUrlError',
      'import.bucketRegion',
      { bucketRegion, region: regionId },
      'ImageUrl',
    );
  const format = importFormatOf(parsed.pathname);
  if (!format) return badUrl('import.format');
  if (format === 'ISO' && !force)
    return violation('InvalidParameterValue.ISOMustImportByForce', 'import.isoNeedsForce', {}, 'Force');
  return undefined;
}

export function importFormatOf(path: string): (typeof importFormats)[number] | undefined {
  const ext = /\.([a-z0-9]+)$/i.exec(path)?.[1]?.toUpperCase();
  if (ext === 'IMG') return 'RAW';
  return importFormats.find((f) => f === ext);
}
