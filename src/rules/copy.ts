import { z } from './zod.ts';
import { CUSTOM_IMAGE_QUOTA_PER_REGION, imageIdSchema, imageNameSchema, violation, type Violation } from './common.ts';
import { imageKind, quotaViolation, stateMessage, type Image } from './images.ts';
import { findRegion, regionLabel, regions, type Region } from './regions.ts';

export const syncImagesRequestSchema = z.strictObject({
  ImageIds: z.array(imageIdSchema).check(
    z.minLength(1),
    z.superRefine((ids, ctx) => {
      if (ids.length > 1)
        ctx.addIssue({
          code: 'custom',
          message: `SyncImages copies one image per call (got ${ids.length}); send one call per image.`,
          params: { code: 'InvalidParameterValue.LimitExceeded' },
        });
    }),
  ),
  DestinationRegions: z.array(z.string().check(z.maxLength(64))).check(z.minLength(1), z.maxLength(regions.length)),
  DryRun: z.optional(z.boolean()),
  ImageName: z.optional(imageNameSchema),
  ImageSetRequired: z.optional(z.boolean()),
  Encrypt: z.optional(z.boolean()),
  KmsKeyId: z.optional(z.string().check(z.maxLength(128))),
});
export type SyncImagesRequest = z.infer<typeof syncImagesRequestSchema>;
export interface SyncImagesResponse {
  /** The copies, one per destination; empty unless ImageSetRequired. */
  ImageSet: { ImageId: string; Region: string }[];
}

/** Why this image cannot be copied at all (before any destination is chosen). */
export function copyBlockedReason(image: Image, accountId: string): Violation | undefined {
  switch (imageKind(image, accountId)) {
    case 'public':
      return violation(
        'InvalidParameterValue.InvalidImageId',
        'Public images are in every region already; only your own custom images can be copied.',
        'ImageIds',
      );
    case 'market':
      return violation(
        'InvalidParameterValue.InvalidImageId',
        'Marketplace images cannot be copied; only your own custom images can.',
        'ImageIds',
      );
    case 'shared':
      return violation(
        'InvalidParameterValue.InvalidImageIdIsShared',
        'Images shared with you cannot be copied; ask the owner to copy and share it in the region you need.',
        'ImageIds',
      );
    case 'foreign':
      return violation(
        'UnauthorizedOperation.ImageNotBelongToAccount',
        'The image belongs to another account.',
        'ImageIds',
      );
    case 'own':
      break;
  }
  if (image.ImageState !== 'NORMAL')
    return violation('InvalidImageId.IncorrectState', stateMessage(image.ImageState, 'copied'), 'ImageIds');
  return undefined;
}

/** Why a copy from `source` to `destination` is impossible, regardless of quota. */
export function destinationViolation(sourceId: string, destinationId: string): Violation | undefined {
  const source = findRegion(sourceId);
  const dest = findRegion(destinationId);
  if (!dest)
    return violation('InvalidRegion.NotFound', `Region "${destinationId}" does not exist.`, 'DestinationRegions');
  if (!source) return violation('InvalidRegion.NotFound', `Region "${sourceId}" does not exist.`);
  if (dest.id === source.id)
    return violation(
      'InvalidParameterValue.InvalidRegion',
      'This is the image’s own region; choose other regions to copy to.',
      'DestinationRegions',
    );
  if (source.finance !== dest.finance)
    return violation(
      'InvalidRegion.Unavailable',
      source.finance
        ? `Images in finance regions can only be copied to other finance regions, not to ${dest.city}.`
        : `${dest.city} is a finance region; only images in finance regions can be copied there.`,
      'DestinationRegions',
    );
  if (source.mainland !== dest.mainland)
    return violation(
      'InvalidRegion.Unavailable',
      source.mainland
        ? `Images cannot be copied from the Chinese mainland to ${dest.city}, outside the mainland.`
        : `Images cannot be copied from outside the Chinese mainland to ${dest.city}, in the mainland.`,
      'DestinationRegions',
    );
  return undefined;
}

export interface CopyTarget {
  region: Region;
  /** Undefined when the image can be copied there. */
  reason?: Violation;
}

/**
 * Every region with whether this image may be copied there now, and why not.
 * `customImagesUsed(regionId)` counts the caller's custom images in a region (copies in flight included).
 */
export function copyTargets(sourceRegionId: string, customImagesUsed: (regionId: string) => number): CopyTarget[] {
  return regions.map((region) => {
    const reason =
      destinationViolation(sourceRegionId, region.id) ?? quotaViolation(customImagesUsed(region.id), 1, region.id);
    return reason ? { region, reason } : { region };
  });
}

/** A copy keeps its name (or takes a new one), which must be free among the caller's images in each destination. */
export function copyNameViolation(
  name: string,
  namesInDestination: Iterable<string>,
  destinationId: string,
): Violation | undefined {
  for (const existing of namesInDestination)
    if (existing === name)
      return violation(
        'InvalidImageName.Duplicate',
        `You already have an image named "${name}" in ${regionLabel(destinationId)}; give the copy another name.`,
        'ImageName',
      );
  return undefined;
}

/** The whole SyncImages verdict: the image, then each destination in the order given. */
export function syncRequestViolation(
  image: Image,
  sourceRegionId: string,
  destinations: readonly string[],
  ctx: { accountId: string; customImagesUsed: (regionId: string) => number },
): Violation | undefined {
  const blocked = copyBlockedReason(image, ctx.accountId);
  if (blocked) return blocked;
  const seen = new Set<string>();
  for (const dest of destinations) {
    if (seen.has(dest))
      return violation('InvalidParameterValue', `Region ${dest} is listed twice.`, 'DestinationRegions');
    seen.add(dest);
    const reason =
      destinationViolation(sourceRegionId, dest) ??
      (ctx.customImagesUsed(dest) >= CUSTOM_IMAGE_QUOTA_PER_REGION
        ? quotaViolation(ctx.customImagesUsed(dest), 1, dest)
        : undefined);
    if (reason) return reason;
  }
  return undefined;
}
