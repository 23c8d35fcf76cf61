import { CUSTOM_IMAGE_QUOTA_PER_REGION, DESCRIBE_LIMIT_DEFAULT } from '../../rules/limits.ts';
import { violation } from '../../rules/violation.ts';
import {
  deleteBlockedReason,
  duplicateNameViolation,
  modifyBlockedReason,
  quotaViolation,
} from '../../rules/custom-images.ts';
import { importOsViolation, importUrlViolation } from '../../rules/image-import.ts';
import type { Image } from '../../rules/images.ts';
import type { Filter } from '../../rules/describe.ts';
import { isPageFilter, matchesPageFilter, sortImages } from '../../rules/extensions.ts';
import { tagsOf } from '../../rules/tags.ts';
import { inLineage } from '../../rules/lineage.ts';
import { architectureFits, findInstanceType, instanceTypeOfferViolation } from '../../rules/instance-types.ts';
import { createImageFromInstanceViolation } from '../../rules/instances.ts';
import {
  customImagesOf,
  instanceStateAt,
  imageIdTaken,
  locateImage,
  locateVisibleImage,
  visibleEntries,
  type Filterable,
  type Located,
} from '../store-views.ts';
import { isoTime } from '../clock.ts';
import { nextId } from '../random.ts';
import { importImageOsList } from '../catalogue/import-os.ts';
import { createFailure, importFailure } from '../sentinels.ts';
import type { StoredImage } from '../store.ts';
import { ApiFailure, fail, resolver, type ResolverContext } from './context.ts';

/** Filters on what the API derives when it presents an image (type, state); the others work on stored fields. */
const DERIVED_FILTERS = new Set(['image-type', 'image-state']);

function matches(image: Filterable & Partial<Pick<Image, 'ImageType' | 'ImageState'>>, filter: Filter): boolean {
  // keyword, architecture, image-state: as the console applies them in the page (src/rules/extensions.ts).
  if (isPageFilter(filter)) return matchesPageFilter(image, filter);
  const lower = filter.Values.map((v) => v.toLowerCase());
  switch (filter.Name) {
    case 'image-id':
      return filter.Values.includes(image.ImageId);
    case 'image-type':
      return image.ImageType !== undefined && filter.Values.includes(image.ImageType);
    case 'image-name':
      return lower.some((v) => image.ImageName.toLowerCase().includes(v));
    case 'platform':
      return lower.some((v) => image.Platform.toLowerCase().includes(v));
    case 'copied-from':
      return image.CopiedFrom !== null && filter.Values.includes(image.CopiedFrom.ImageId);
    case 'lineage':
      return inLineage(image, filter.Values);
    case 'tag-key':
      return image.Tags.some((t) => filter.Values.includes(t.Key));
    case 'tag-value':
      return image.Tags.some((t) => filter.Values.includes(t.Value));
    default: {
      const key = filter.Name.slice('tag:'.length);
      return image.Tags.some((t) => t.Key === key && filter.Values.includes(t.Value));
    }
  }
}

export const describeImages = resolver('DescribeImages', (req, ctx) => {
  // The image-type filter is applied while listing: the others are never formatted.
  const typeFilters = (req.Filters ?? []).filter((f) => f.Name === 'image-type');
  const types = new Set(ctx.listedTypes.filter((t) => typeFilters.every((f) => f.Values.includes(t))));
  // Filters on stored fields (IDs, names, search) run before images are presented, so a search
  // among thousands of custom images formats only the matches.
  const filters = req.Filters ?? [];
  const early = filters.filter((f) => !DERIVED_FILTERS.has(f.Name));
  const ids = req.ImageIds ? new Set(req.ImageIds) : undefined;
  const keep = (i: Filterable) => (!ids || ids.has(i.ImageId)) && early.every((f) => matches(i, f));
  // Only the page asked for is presented (each page of 5,000 custom images presented all of them:
  // 30 to 40 ms at CPU 4x): the type is known before, and the fields sorted on are stored as
  // presented; a state filter alone presents every image.
  let images = visibleEntries(ctx.data, ctx.accountId, ctx.region, ctx.now, types, keep);
  for (const filter of filters)
    if (filter.Name === 'image-type') images = images.filter((i) => filter.Values.includes(i.ImageType));
    else if (DERIVED_FILTERS.has(filter.Name)) images = images.filter((i) => matches(i.present(), filter));
  if (req.InstanceType !== undefined) {
    fail(instanceTypeOfferViolation(req.InstanceType, { regionId: ctx.region }));
    const type = findInstanceType(req.InstanceType)!;
    images = images.filter((i) => architectureFits(i.Architecture, type.Architecture));
  }
  if (req.OrderField) images = sortImages(images, req.OrderField, req.Order);
  const offset = req.Offset ?? 0;
  const limit = req.Limit ?? DESCRIBE_LIMIT_DEFAULT;
  return { TotalCount: images.length, ImageSet: images.slice(offset, offset + limit).map((i) => i.present()) };
});

export const describeImageQuota = resolver('DescribeImageQuota', () => ({
  ImageNumQuota: CUSTOM_IMAGE_QUOTA_PER_REGION,
}));

export const describeImportImageOs = resolver('DescribeImportImageOs', () => ({ ...importImageOsList }));

function ownNames(ctx: ResolverContext, region: string, except?: string): string[] {
  return customImagesOf(ctx.data, ctx.accountId, region)
    .filter((i) => i.ImageId !== except)
    .map((i) => i.ImageName);
}

function checkNewImage(ctx: ResolverContext, name: string): void {
  fail(duplicateNameViolation(name, ownNames(ctx, ctx.region)));
  fail(quotaViolation(customImagesOf(ctx.data, ctx.accountId, ctx.region).length, 1, ctx.region));
}

export const createImage = resolver('CreateImage', (req, ctx) => {
  if (req.SnapshotIds)
    throw new ApiFailure(
      violation(
        'InvalidParameter.SnapshotNotFound',
        'createImage.noSnapshot',
        { snapshotId: req.SnapshotIds[0] ?? '' },
        'SnapshotIds',
      ),
    );
  const instance = ctx.data.instances.find(
    (i) => i.InstanceId === req.InstanceId && i.Region === ctx.region && i.OwnerId === ctx.accountId,
  );
  if (!instance)
    throw new ApiFailure(
      violation(
        'InvalidInstanceId.NotFound',
        'instance.notFound',
        { instanceId: req.InstanceId ?? '', region: ctx.region },
        'InstanceId',
      ),
    );
  fail(
    createImageFromInstanceViolation({
      ...instance,
      InstanceState: instanceStateAt(instance, ctx.now, ctx.durations.launch),
    }),
  );
  for (const diskId of req.DataDiskIds ?? []) {
    if (diskId === instance.SystemDisk.DiskId)
      throw new ApiFailure(
        violation('InvalidParameter.DataDiskIdContainsRootDisk', 'createImage.rootDisk', { diskId }, 'DataDiskIds'),
      );
    if (!instance.DataDisks.some((d) => d.DiskId === diskId))
      throw new ApiFailure(
        violation(
          'InvalidParameter.DataDiskNotBelongSpecifiedInstance',
          'createImage.diskNotAttached',
          { diskId, instanceId: instance.InstanceId },
          'DataDiskIds',
        ),
      );
  }
  checkNewImage(ctx, req.ImageName);
  const source = locateImage(ctx.data, ctx.accountId, ctx.region, instance.ImageId, ctx.now);
  const base = 'code' in source ? undefined : source.image;
  const snapshot = () => nextId(ctx.draft, 'snap', () => false);
  const imageId = nextId(ctx.draft, 'img', (id) => imageIdTaken(ctx.data, id));
  const failure = createFailure(req.ImageName);
  const image: StoredImage = {
    ImageId: imageId,
    OsName: instance.OsName,
    CreatedTime: isoTime(ctx.now),
    ImageName: req.ImageName,
    ImageDescription: req.ImageDescription ?? '',
    ImageSize: instance.SystemDisk.DiskSize,
    Architecture: base?.Architecture ?? (instance.Architecture === 'arm' ? 'arm' : 'x86_64'),
    Platform: base?.Platform ?? instance.OsName.split(' ')[0] ?? 'Linux',
    ImageCreator: ctx.accountId,
    ImageSource: 'CREATE_IMAGE',
    IsSupportCloudinit: base?.IsSupportCloudinit ?? true,
    SnapshotSet: [
      { SnapshotId: snapshot(), DiskUsage: 'SYSTEM_DISK', DiskSize: instance.SystemDisk.DiskSize },
      ...instance.DataDisks.filter((d) => req.DataDiskIds?.includes(d.DiskId)).map((d) => ({
        SnapshotId: snapshot(),
        DiskUsage: 'DATA_DISK' as const,
        DiskSize: d.DiskSize,
      })),
    ],
    Tags: tagsOf(req.TagSpecification),
    LicenseType: base?.LicenseType ?? 'TencentCloud',
    ImageFamily: req.ImageFamily ?? '',
    ImageDeprecated: false,
    BootMode: base?.BootMode ?? 'Legacy BIOS',
    // Made from a marketplace image's instance (or from an image made so): it cannot be exported.
    ...(base?.ImageType === 'MARKET_IMAGE' || base?.MarketDerived ? { MarketDerived: true } : {}),
    ...madeHere(ctx, 'CREATE', failure),
  };
  ctx.draft.addImage(image);
  return { ImageId: imageId };
});

/**
 * The fields of a custom image this account starts making in this region (CreateImage, ImportImage):
 * no marketplace listing, no source region, and a task that ends NORMAL, or failed with `failure`.
 */
function madeHere(
  ctx: ResolverContext,
  kind: 'CREATE' | 'IMPORT',
  failure: string | undefined,
): Pick<StoredImage, 'MarketInfo' | 'CopiedFrom' | 'FailureReason' | 'Region' | 'OwnerId' | 'BaseState' | 'Task'> {
  return {
    MarketInfo: null,
    CopiedFrom: null,
    FailureReason: failure ?? null,
    Region: ctx.region,
    OwnerId: ctx.accountId,
    BaseState: 'NORMAL',
    Task: {
      kind,
      startedAt: ctx.now,
      durationMs: kind === 'CREATE' ? ctx.durations.create : ctx.durations.import,
      outcome: failure ? (kind === 'CREATE' ? 'CREATEFAILED' : 'IMPORTFAILED') : 'NORMAL',
    },
  };
}

export const importImage = resolver('ImportImage', (req, ctx) => {
  fail(importOsViolation(importImageOsList.ImportImageOsVersionSet, req));
  fail(importUrlViolation(req.ImageUrl, ctx.region, req.Force ?? false));
  for (const disk of req.ImportImageDataDiskList ?? [])
    fail(importUrlViolation(disk.ImageUrl, ctx.region, req.Force ?? false));
  checkNewImage(ctx, req.ImageName);
  const imageId = nextId(ctx.draft, 'img', (id) => imageIdTaken(ctx.data, id));
  const failure = importFailure(req.ImageUrl);
  const windows = importImageOsList.ImportImageOsListSupported.Windows.includes(req.OsType);
  const size = 20 + (ctx.data.seq % 4) * 10;
  ctx.draft.addImage({
    ImageId: imageId,
    OsName: `${req.OsType} ${req.OsVersion} ${req.Architecture === 'i386' ? '32位' : '64位'}`,
    CreatedTime: isoTime(ctx.now),
    ImageName: req.ImageName,
    ImageDescription: req.ImageDescription ?? '',
    ImageSize: size,
    Architecture: req.Architecture === 'arm_64' ? 'arm' : req.Architecture,
    Platform: windows ? 'Windows' : req.OsType,
    ImageCreator: ctx.accountId,
    ImageSource: 'EXTERNAL_IMPORT',
    IsSupportCloudinit: !windows && !req.Force,
    SnapshotSet: [
      { SnapshotId: nextId(ctx.draft, 'snap', () => false), DiskUsage: 'SYSTEM_DISK', DiskSize: size },
      ...(req.ImportImageDataDiskList ?? []).map(() => ({
        SnapshotId: nextId(ctx.draft, 'snap', () => false),
        DiskUsage: 'DATA_DISK' as const,
        DiskSize: 50,
      })),
    ],
    Tags: tagsOf(req.TagSpecification),
    LicenseType: req.LicenseType ?? 'TencentCloud',
    ImageFamily: req.ImageFamily ?? '',
    ImageDeprecated: false,
    BootMode: req.BootMode ?? 'Legacy BIOS',
    ...madeHere(ctx, 'IMPORT', failure),
  });
  return { ImageId: imageId };
});

/** Locate an image for a change; failures become API errors. */
export function locateForChange(ctx: ResolverContext, imageId: string): Located {
  const found = locateImage(ctx.data, ctx.accountId, ctx.region, imageId, ctx.now);
  if ('code' in found) throw new ApiFailure(found);
  return found;
}

export const modifyImageAttribute = resolver('ModifyImageAttribute', (req, ctx) => {
  const { image, stored } = locateForChange(ctx, req.ImageId);
  fail(modifyBlockedReason(image, ctx.accountId));
  if (req.ImageName !== undefined) fail(duplicateNameViolation(req.ImageName, ownNames(ctx, ctx.region, req.ImageId)));
  const change: Partial<StoredImage> = {};
  if (req.ImageName !== undefined) change.ImageName = req.ImageName;
  if (req.ImageDescription !== undefined) change.ImageDescription = req.ImageDescription;
  if (req.ImageFamily !== undefined) change.ImageFamily = req.ImageFamily;
  if (req.ImageDeprecated !== undefined) change.ImageDeprecated = req.ImageDeprecated;
  ctx.draft.updateImage(stored!.ImageId, stored!.Region, change);
  return {};
});

export const deleteImages = resolver('DeleteImages', (req, ctx) => {
  const unique = [...new Set(req.ImageIds)];
  // Check every image before deleting any: the request is all-or-nothing.
  for (const id of unique) {
    const found = locateVisibleImage(ctx.data, ctx.accountId, ctx.region, id, ctx.now);
    if ('code' in found) {
      // Another account's image that is not shared with the caller: say whose it is not.
      const any = locateImage(ctx.data, ctx.accountId, ctx.region, id, ctx.now);
      fail('code' in any ? any : deleteBlockedReason(any.image, ctx.accountId));
      continue;
    }
    const reason = deleteBlockedReason(found.image, ctx.accountId);
    if (reason) throw new ApiFailure(violation(reason.code, 'delete.refused', { imageId: id, reason }, reason.field));
  }
  ctx.draft.removeImages(ctx.region, new Set(unique), req.DeleteBindedSnap ?? false);
  return {};
});
