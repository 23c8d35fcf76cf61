import { z } from './zod.ts';
import { BATCH_IDS_MAX } from './limits.ts';
import { imageIdSchema } from './ids.ts';
import { imageNameSchema, sameName, shownName } from './names.ts';
import { violation, violationIssue, type Violation } from './violation.ts';
import { busySourceViolation, imageKind, stateViolation, type Image } from './images.ts';
import { quotaViolation } from './custom-images.ts';
import { findRegion, regions, type Region } from './regions.ts';

export const syncImagesRequestSchema = z.strictObject({
  ImageIds: z.array(imageIdSchema).check(
    z.minLength(1),
    z.maxLength(BATCH_IDS_MAX),
    z.superRefine((ids, ctx) => {
      if (ids.length > 1)
        ctx.addIssue(
          violationIssue(violation('InvalidParameterValue.LimitExceeded', 'copy.oneImage', { count: ids.length })),
        );
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
      return violation('InvalidParameterValue.InvalidImageId', 'copy.public', {}, 'ImageIds');
    case 'market':
      return violation('InvalidParameterValue.InvalidImageId', 'copy.market', {}, 'ImageIds');
    case 'shared':
      return violation('InvalidParameterValue.InvalidImageIdIsShared', 'copy.shared', {}, 'ImageIds');
    case 'foreign':
      return violation('UnauthorizedOperation.ImageNotBelongToAccount', 'image.foreign', {}, 'ImageIds');
    case 'own':
      break;
  }
  if (image.ImageState !== 'NORMAL')
    return stateViolation('InvalidImageId.IncorrectState', image.ImageState, 'copy', 'ImageIds');
  // "The image is busy. Please try again later.": a second copy waits for the first.
  return busySourceViolation(image, 'FailedOperation.InvalidImageState', 'copy', 'ImageIds');
}

/** Why a copy from `source` to `destination` is impossible, regardless of quota. */
export function destinationViolation(sourceId: string, destinationId: string): Violation | undefined {
  const source = findRegion(sourceId);
  const dest = findRegion(destinationId);
  const unavailable = (key: 'copy.fromFinance' | 'copy.toFinance' | 'copy.fromMainland' | 'copy.toMainland') =>
    violation('InvalidRegion.Unavailable', key, { region: destinationId }, 'DestinationRegions');
  if (!dest)
    return violation('InvalidRegion.NotFound', 'region.notFound', { region: destinationId }, 'DestinationRegions');
  if (!source) return violation('InvalidRegion.NotFound', 'region.notFound', { region: sourceId });
  if (dest.id === source.id)
    return violation('InvalidParameterValue.InvalidRegion', 'copy.ownRegion', {}, 'DestinationRegions');
  if (source.finance !== dest.finance) return unavailable(source.finance ? 'copy.fromFinance' : 'copy.toFinance');
  if (source.mainland !== dest.mainland) return unavailable(source.mainland ? 'copy.fromMainland' : 'copy.toMainland');
  return undefined;
}

/** What the caller holds in a destination region: its custom images there (copies in flight count), by name. */
export interface DestinationHoldings {
  used: number;
  names: readonly string[];
}

/** One image to copy, and the name its copy takes. */
export interface CopyItem {
  imageId: string;
  name: string;
}

export interface CopyVerdict {
  /** Why none of the images can be copied there now. */
  reason?: Violation;
  /** The images that alone cannot be copied there (a copy's name is taken), each with its reason. */
  refused: { imageId: string; reason: Violation }[];
}

/**
 * Whether `copies` can go from `sourceId` to `destinationId`: geography first, then the
 * destination's quota for all of them, then each copy's name. With `holdings` unknown (not read
 * yet), only geography is judged.
 */
export function copyDestination(
  sourceId: string,
  destinationId: string,
  copies: readonly CopyItem[],
  holdings: DestinationHoldings | undefined,
): CopyVerdict {
  const reason =
    destinationViolation(sourceId, destinationId) ??
    (holdings && quotaViolation(holdings.used, copies.length, destinationId));
  if (reason) return { reason, refused: [] };
  if (!holdings) return { refused: [] };
  const refused = [];
  for (const copy of copies) {
    const clash = copyNameViolation(copy.name, holdings.names, destinationId);
    if (clash) refused.push({ imageId: copy.imageId, reason: clash });
  }
  return { refused };
}

/** Every region, in region order, with whether `copies` can be copied there from `sourceId` now. */
export function copyDestinations(
  sourceId: string,
  copies: readonly CopyItem[],
  holdingsIn: (regionId: string) => DestinationHoldings | undefined,
): (CopyVerdict & { region: Region })[] {
  return regions.map((region) => ({ region, ...copyDestination(sourceId, region.id, copies, holdingsIn(region.id)) }));
}

/** A copy keeps its name (or takes a new one), which must be free among the caller's images in each destination. */
export function copyNameViolation(
  name: string,
  namesInDestination: Iterable<string>,
  destinationId: string,
): Violation | undefined {
  for (const existing of namesInDestination)
    if (sameName(existing, name))
      return violation(
        'InvalidImageName.Duplicate',
        'copy.nameTaken',
        { name: shownName(name), region: destinationId },
        'ImageName',
      );
  return undefined;
}

/**
 * The whole SyncImages verdict, in the order the API reports it: the image, then each
 * destination (listed twice, geography, quota) in the order given, then encryption, then the
 * copy's name in each destination.
 */
export function syncRequestViolation(
  image: Image,
  sourceRegionId: string,
  req: Pick<SyncImagesRequest, 'DestinationRegions' | 'ImageName' | 'Encrypt'>,
  ctx: { accountId: string; holdingsIn: (regionId: string) => DestinationHoldings },
): Violation | undefined {
  const blocked = copyBlockedReason(image, ctx.accountId);
  if (blocked) return blocked;
  const copy = { imageId: image.ImageId, name: req.ImageName ?? image.ImageName };
  const seen = new Set<string>();
  const verdicts: CopyVerdict[] = [];
  for (const dest of req.DestinationRegions) {
    if (seen.has(dest))
      return violation('InvalidParameterValue', 'copy.listedTwice', { region: dest }, 'DestinationRegions');
    seen.add(dest);
    const verdict = copyDestination(sourceRegionId, dest, [copy], ctx.holdingsIn(dest));
    if (verdict.reason) return verdict.reason;
    verdicts.push(verdict);
  }
  if (req.Encrypt)
    return violation('UnsupportedOperation.EncryptedImagesNotSupported', 'copy.encrypted', {}, 'Encrypt');
  return verdicts.find((v) => v.refused.length > 0)?.refused[0]!.reason;
}

/** The groups a person chooses destinations in: the ordinary mainland regions, the finance regions, the rest. */
export type RegionGroup = 'mainland' | 'finance' | 'outside';

export function regionGroup(region: Pick<Region, 'mainland' | 'finance'>): RegionGroup {
  return region.finance ? 'finance' : region.mainland ? 'mainland' : 'outside';
}

/** A reason of geography said once for a whole group of regions, without naming each. */
const groupKeys = {
  'copy.fromFinance': 'copy.groupFromFinance',
  'copy.toFinance': 'copy.groupToFinance',
  'copy.fromMainland': 'copy.groupFromMainland',
  'copy.toMainland': 'copy.groupToMainland',
} as const;

/** A destination as the copy dialog offers it. */
export interface CopyOption extends CopyVerdict {
  region: Region;
  /** Why no image can go there (its own reason, or the one every image is refused for). */
  closed?: Violation;
}

export interface CopyGroup {
  group: RegionGroup;
  options: CopyOption[];
  /** The one reason every region of the group is closed for, when they share one. */
  reason?: Violation;
}

/**
 * Every destination by group: closed when no image can go there; open, perhaps with some images
 * refused (a bulk copy takes the others there). A group whose regions are all closed for the same
 * reason of geography carries that reason once, so ten regions do not repeat one sentence.
 */
export function copyOptions(
  sourceId: string,
  copies: readonly CopyItem[],
  holdingsIn: (regionId: string) => DestinationHoldings | undefined,
): CopyGroup[] {
  const groups: CopyGroup[] = (['mainland', 'finance', 'outside'] as const).map((group) => ({ group, options: [] }));
  for (const verdict of copyDestinations(sourceId, copies, holdingsIn)) {
    const allRefused = copies.length > 0 && verdict.refused.length === copies.length;
    const closed = verdict.reason ?? (allRefused ? verdict.refused[0]!.reason : undefined);
    groups.find((g) => g.group === regionGroup(verdict.region))!.options.push({ ...verdict, closed });
  }
  for (const group of groups) {
    const first = group.options[0]?.closed;
    if (!first || !(first.key in groupKeys)) continue;
    if (group.options.every((o) => o.closed?.key === first.key))
      group.reason = violation(first.code, groupKeys[first.key as keyof typeof groupKeys], {}, first.field);
  }
  return groups;
}

/** Where each image goes: the open destinations chosen, less those that refuse it alone (and why). */
export function copyPlan(
  copies: readonly CopyItem[],
  chosen: Iterable<string>,
  groups: readonly CopyGroup[],
): { imageId: string; destinations: string[]; refused: { region: string; reason: Violation }[] }[] {
  const options = groups.flatMap((g) => g.options);
  const open = [...chosen].flatMap((id) => options.filter((o) => o.region.id === id && !o.closed));
  return copies.map(({ imageId }) => {
    const refused = open.flatMap((o) =>
      o.refused.filter((r) => r.imageId === imageId).map((r) => ({ region: o.region.id, reason: r.reason })),
    );
    const destinations = open.map((o) => o.region.id).filter((id) => !refused.some((r) => r.region === id));
    return { imageId, destinations, refused };
  });
}
