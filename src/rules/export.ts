import { z } from './zod.ts';
import { BATCH_IDS_MAX } from './limits.ts';
import { imageIdSchema } from './ids.ts';
import { violation, type Violation } from './violation.ts';
import { busySourceViolation, imageKind, stateViolation, type Image } from './images.ts';

// ExportImages (CVM 2017-03-12): a custom image's disks written as files to an object-storage
// (COS) bucket of the caller's in the image's region. The documented refusals, as rules.

export const exportFormats = ['RAW', 'QCOW2', 'VHD', 'VMDK'] as const;
export type ExportFormat = (typeof exportFormats)[number];

/** The role CVM takes to write into the bucket when the request names none. */
export const EXPORT_ROLE_DEFAULT = 'CVM_QcsRole';
/** Each disk exported must be at most this large (GB). */
export const EXPORT_DISK_MAX_GB = 500;
/** A whole-machine export takes at most this many data disks. */
export const EXPORT_DATA_DISKS_MAX = 5;
/**
 * Export tasks one account may have in flight in a region. The API documents that a limit exists
 * (`LimitExceeded.ExportImageTaskLimitExceeded`), not its value: this is the mock's.
 */
export const EXPORT_TASK_LIMIT = 5;
export const FILE_NAME_PREFIX_MAX = 60;
/**
 * A prefix is the start of an object key: letters, digits, `-`, `_`, `.`, and `/` between folder
 * names, none of which is `.` or `..` (a key that would climb out of its folder).
 */
const FILE_NAME_PREFIX_PATTERN = /^(?!\.\.?(\/|$))[A-Za-z0-9_.-]+(\/(?!\.\.?(\/|$))[A-Za-z0-9_.-]+)*$/;

export const exportImagesRequestSchema = z.strictObject({
  BucketName: z.string().check(z.maxLength(128)),
  // Optional in the contract because `SnapshotIds` is its alternative, which the API has not opened.
  ImageIds: z.optional(z.array(imageIdSchema).check(z.minLength(1), z.maxLength(BATCH_IDS_MAX))),
  ExportFormat: z.optional(z.enum(exportFormats)),
  FileNamePrefixList: z.optional(z.array(z.string().check(z.maxLength(256))).check(z.maxLength(BATCH_IDS_MAX))),
  OnlyExportRootDisk: z.optional(z.boolean()),
  DryRun: z.optional(z.boolean()),
  RoleName: z.optional(z.string().check(z.maxLength(128))),
});
export type ExportImagesRequest = z.infer<typeof exportImagesRequestSchema>;
export interface ExportImagesResponse {
  TaskId: number;
  /** The files written, one per disk of each image: `<prefix>_<imageId>_system_<snapshotId>.<format>`. */
  CosPaths: string[];
}

/** An object-storage bucket: `<name>-<appid>`, in one region, of one account. */
export interface Bucket {
  BucketName: string;
  Region: string;
  OwnerId: string;
}

/**
 * DescribeBuckets (an extension, src/rules/extensions.ts): the caller's buckets in the request's
 * region, for the export dialog to offer. The real console asks object storage; without this action
 * the console takes a typed bucket name.
 */
export const describeBucketsRequestSchema = z.strictObject({});
export interface DescribeBucketsResponse {
  TotalCount: number;
  BucketSet: Omit<Bucket, 'OwnerId'>[];
}

/** Why this image cannot be exported at all (by the caller, whatever the bucket). */
export function exportBlockedReason(
  image: Image,
  accountId: string,
  onlyRootDisk: boolean = false,
): Violation | undefined {
  switch (imageKind(image, accountId)) {
    case 'public':
      return violation('UnsupportedOperation.PublicImageExportUnsupported', 'export.public', {}, 'ImageIds');
    case 'market':
      return violation('UnsupportedOperation.MarketImageExportUnsupported', 'export.market', {}, 'ImageIds');
    case 'shared':
      return violation('UnsupportedOperation.SharedImageExportUnsupported', 'export.shared', {}, 'ImageIds');
    case 'foreign':
      return violation('UnauthorizedOperation.ImageNotBelongToAccount', 'image.foreign', {}, 'ImageIds');
    case 'own':
      break;
  }
  if (image.MarketDerived)
    return violation('UnsupportedOperation.MarketImageExportUnsupported', 'export.marketDerived', {}, 'ImageIds');
  if (image.Encrypted)
    return violation('UnsupportedOperation.EncryptedImagesNotSupported', 'export.encrypted', {}, 'ImageIds');
  if (image.Platform.toLowerCase() === 'windows')
    return violation('UnsupportedOperation.WindowsImageExportUnsupported', 'export.windows', {}, 'ImageIds');
  if (/red\s*hat/i.test(image.Platform) || /red\s*hat/i.test(image.OsName))
    return violation('UnsupportedOperation.RedHatImageExportUnsupported', 'export.redHat', {}, 'ImageIds');
  if (image.ImageState !== 'NORMAL')
    return stateViolation('InvalidParameterValue.InvalidImageState', image.ImageState, 'export', 'ImageIds');
  const busy = busySourceViolation(image, 'InvalidParameterValue.InvalidImageState', 'export', 'ImageIds');
  if (busy) return busy;
  const disks = exportedDisks(image, onlyRootDisk);
  const large = disks.find((d) => d.DiskSize > EXPORT_DISK_MAX_GB);
  if (large)
    return violation(
      'UnsupportedOperation.ImageTooLargeExportUnsupported',
      'export.diskTooLarge',
      { snapshotId: large.SnapshotId, size: large.DiskSize, max: EXPORT_DISK_MAX_GB },
      'ImageIds',
    );
  const dataDisks = disks.filter((d) => d.DiskUsage === 'DATA_DISK').length;
  if (dataDisks > EXPORT_DATA_DISKS_MAX)
    return violation(
      'InvalidParameterValue.LimitExceeded',
      'export.tooManyDataDisks',
      { count: dataDisks, max: EXPORT_DATA_DISKS_MAX },
      'OnlyExportRootDisk',
    );
  return undefined;
}

/** The disks an export writes: the system disk, and the data disks unless only the root disk is asked for. */
export function exportedDisks(image: Pick<Image, 'SnapshotSet'>, onlyRootDisk: boolean): Image['SnapshotSet'] {
  return onlyRootDisk ? image.SnapshotSet.filter((s) => s.DiskUsage === 'SYSTEM_DISK') : image.SnapshotSet;
}

/** Why the prefixes cannot name the files of these images: one per image, each a valid key start. */
export function fileNamePrefixViolation(prefixes: readonly string[], imageCount: number): Violation | undefined {
  if (prefixes.length !== imageCount)
    return violation(
      'InvalidParameterValue.InvalidFileNamePrefixList',
      'export.prefixCount',
      { count: prefixes.length, images: imageCount },
      'FileNamePrefixList',
    );
  const long = prefixes.find((p) => p.length > FILE_NAME_PREFIX_MAX);
  if (long !== undefined)
    return violation(
      'InvalidParameterValue.InvalidFileNamePrefixList',
      'export.prefixTooLong',
      { max: FILE_NAME_PREFIX_MAX, length: long.length },
      'FileNamePrefixList',
    );
  const bad = prefixes.find((p) => !FILE_NAME_PREFIX_PATTERN.test(p));
  if (bad !== undefined)
    return violation(
      'InvalidParameterValue.InvalidFileNamePrefixList',
      'export.prefixInvalid',
      { prefix: bad, max: FILE_NAME_PREFIX_MAX },
      'FileNamePrefixList',
    );
  return undefined;
}

/** Why the bucket cannot take the files: it must be the caller's, in the image's region. */
export function bucketViolation(
  bucketName: string,
  regionId: string,
  accountId: string,
  buckets: readonly Bucket[],
): Violation | undefined {
  const bucket = buckets.find((b) => b.BucketName === bucketName);
  if (!bucket)
    return violation(
      'InvalidParameterValue.BucketNotFound',
      'export.bucketNotFound',
      { bucket: bucketName },
      'BucketName',
    );
  if (bucket.OwnerId !== accountId)
    return violation(
      'InvalidParameterValue.InvalidBucketPermissionForExport',
      'export.bucketNotOwn',
      { bucket: bucketName },
      'BucketName',
    );
  if (bucket.Region !== regionId)
    return violation(
      'InvalidParameterValue.BucketNotFound',
      'export.bucketRegion',
      { bucket: bucketName, bucketRegion: bucket.Region, region: regionId },
      'BucketName',
    );
  return undefined;
}

/** The files an export writes for one image, one per disk. */
export function exportCosPaths(
  image: Pick<Image, 'ImageId' | 'SnapshotSet'>,
  prefix: string | undefined,
  format: ExportFormat,
  onlyRootDisk: boolean,
): string[] {
  const start = prefix ? `${prefix}_` : '';
  return exportedDisks(image, onlyRootDisk).map(
    (disk) =>
      `${start}${image.ImageId}_${disk.DiskUsage === 'SYSTEM_DISK' ? 'system' : 'data'}_${disk.SnapshotId}.${format.toLowerCase()}`,
  );
}

export interface ExportContext {
  accountId: string;
  regionId: string;
  /** The images asked for, in the order of `ImageIds`. */
  images: readonly Image[];
  buckets: readonly Bucket[];
  /** The caller's export tasks still running in this region. */
  tasksInFlight: number;
}

/**
 * The whole ExportImages verdict, in the order the mock reports it: what was asked (the images, each
 * once, their prefixes, the role), each image, the bucket, then the task limit.
 */
export function exportRequestViolation(
  req: Pick<ExportImagesRequest, 'ImageIds' | 'FileNamePrefixList' | 'OnlyExportRootDisk' | 'RoleName' | 'BucketName'>,
  ctx: ExportContext,
): Violation | undefined {
  if (!req.ImageIds)
    return violation('InvalidParameter.ImageIdsSnapshotIdsMustOne', 'export.imageIdsRequired', {}, 'ImageIds');
  const twice = req.ImageIds.find((id, index) => req.ImageIds!.indexOf(id) !== index);
  if (twice !== undefined)
    return violation('InvalidParameterValue', 'export.listedTwice', { imageId: twice }, 'ImageIds');
  if (req.FileNamePrefixList) {
    const prefixes = fileNamePrefixViolation(req.FileNamePrefixList, req.ImageIds.length);
    if (prefixes) return prefixes;
  }
  if (req.RoleName !== undefined && req.RoleName !== EXPORT_ROLE_DEFAULT)
    return violation(
      'AuthFailure.CamRoleNameAuthenticateFailed',
      'export.role',
      { role: req.RoleName, known: EXPORT_ROLE_DEFAULT },
      'RoleName',
    );
  for (const image of ctx.images) {
    const blocked = exportBlockedReason(image, ctx.accountId, req.OnlyExportRootDisk ?? false);
    if (blocked) return blocked;
  }
  const bucket = bucketViolation(req.BucketName, ctx.regionId, ctx.accountId, ctx.buckets);
  if (bucket) return bucket;
  return exportTaskLimitViolation(ctx.tasksInFlight);
}

/**
 * The export tasks running among these images (the caller's in one region): one task may write
 * several images, so tasks are counted by their ID.
 */
export function exportTasksRunning(images: readonly Pick<Image, 'ExportingTo'>[]): number {
  return new Set(images.flatMap((image) => (image.ExportingTo ?? []).map((e) => e.TaskId))).size;
}

/** Why no export can start now: the caller already has the most export tasks a region allows running there. */
export function exportTaskLimitViolation(tasksInFlight: number): Violation | undefined {
  return tasksInFlight >= EXPORT_TASK_LIMIT
    ? violation('LimitExceeded.ExportImageTaskLimitExceeded', 'export.taskLimit', {
        count: tasksInFlight,
        max: EXPORT_TASK_LIMIT,
      })
    : undefined;
}
