import { z } from './zod.ts';
import { BATCH_IDS_MAX } from './limits.ts';
import { imageIdSchema } from './ids.ts';
import { type Violation, violation, violationIssue } from './violation.ts';
import { filtersSchema, limitSchema, offsetSchema } from './describe.ts';

// An image as the API shows it, the DescribeImages request, what an image is to the account looking
// at it, and whether it is busy.

export const architectureSchema = z.enum(['x86_64', 'i386', 'arm']);
export type Architecture = z.infer<typeof architectureSchema>;

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

export const exportStateSchema = z.enum(['EXPORTING', 'EXPORTED', 'FAILED']);
export type ExportState = z.infer<typeof exportStateSchema>;

/** An export task of one image: its bucket, its files (one per disk) with their progress, and its outcome. */
export const latestExportSchema = z.object({
  TaskId: z.int(),
  BucketName: z.string(),
  State: exportStateSchema,
  Files: z.array(z.object({ CosPath: z.string(), Percent: z.int() })),
  FailureReason: z.nullable(z.string()),
});
export type LatestExport = z.infer<typeof latestExportSchema>;

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
  /**
   * For a copy: the image its line of copies started from (the original, for a copy of a copy too).
   * Kept when that image is deleted, so its copies still find each other (src/rules/lineage.ts).
   */
  LineageRoot: z.optional(z.object({ ImageId: z.string(), Region: z.string() })),
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
  /**
   * Own custom images: the latest export, running, done or failed, with each file's progress.
   * Absent on a real endpoint, whose console learns of an export from the bucket.
   */
  LatestExport: z.optional(z.nullable(latestExportSchema)),
  /** Its disks are encrypted (KMS): it cannot be exported. Absent on a real endpoint, which refuses. */
  Encrypted: z.optional(z.boolean()),
  /** Made from an instance of a marketplace image (or a copy of one): it cannot be exported. Absent likewise. */
  MarketDerived: z.optional(z.boolean()),
});
export type Image = z.infer<typeof imageSchema>;

export const sharePermissionSchema = z.object({ CreatedTime: z.string(), AccountId: z.string() });
export type SharePermission = z.infer<typeof sharePermissionSchema>;

// ---------------------------------------------------------------- DescribeImages

export const imageFilterNames = [
  'image-id',
  'image-type',
  'image-name',
  'image-state',
  'platform',
  'architecture',
  'tag-key',
  'tag-value',
  // Extensions: name or ID, for the console's search box; copies of an image, and the whole family
  // of copies an original started (by the original's ID), for its lineage; deprecated or not
  // (`true`/`false`), for the picker that hides deprecated images.
  'keyword',
  'copied-from',
  'lineage',
  'image-deprecated',
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

// ---------------------------------------------------------------- image kinds and states

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
