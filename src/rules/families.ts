import { z } from './zod.ts';
import { IMAGE_FAMILY_MAX } from './limits.ts';
import { charLength, quote } from './text.ts';
import { type Violation, violation, violationIssue } from './violation.ts';
import type { Image } from './images.ts';

// Image families (ImageFamily, ImageDeprecated, DescribeImageFromFamily): versions of one image
// under one name, the newest usable one standing for the family. Tencent Cloud documents the error
// `InvalidParameterValue.InvalidImageFamily` ("invalid format of image family name") but not the
// format itself; the one here follows its example (`business-daily-update`) and the peers' rules
// (README, "Image families").

/** Starts with a letter; letters, digits, hyphens, underscores and dots after it. */
const FAMILY_PATTERN = /^[A-Za-z][A-Za-z0-9._-]*$/;

/** Why a family name cannot be set on an image; the empty name (no family) is always accepted. */
export function imageFamilyProblem(family: string): Violation | undefined {
  if (family === '') return undefined;
  const length = charLength(family);
  if (length > IMAGE_FAMILY_MAX)
    return violation(
      'InvalidParameterValue.TooLarge',
      'family.tooLong',
      { max: IMAGE_FAMILY_MAX, length },
      'ImageFamily',
    );
  if (!FAMILY_PATTERN.test(family))
    return violation(
      'InvalidParameterValue.InvalidImageFamily',
      'family.format',
      { family: quote(family) },
      'ImageFamily',
    );
  return undefined;
}

/** ImageFamily in CreateImage, ImportImage and ModifyImageAttribute. */
export const imageFamilySchema = z.string().check(
  z.superRefine((family, ctx) => {
    const problem = imageFamilyProblem(family);
    if (problem) ctx.addIssue(violationIssue(problem));
  }),
);

export const describeImageFromFamilyRequestSchema = z.strictObject({
  // Not documented as refused in any format: a name no image carries finds nothing.
  ImageFamily: z.optional(z.string().check(z.maxLength(IMAGE_FAMILY_MAX))),
});
export type DescribeImageFromFamilyRequest = z.infer<typeof describeImageFromFamilyRequestSchema>;
export interface DescribeImageFromFamilyResponse {
  /** The family's image to launch from now; null when it has none (the SDK: "may return null"). */
  Image: Image | null;
}

/**
 * The image a family stands for: the one created last among its NORMAL images that are not
 * deprecated. Deprecating the newest version rolls the family back to the one before.
 */
export function latestInFamily<
  T extends Pick<Image, 'ImageFamily' | 'ImageState' | 'ImageDeprecated' | 'CreatedTime' | 'ImageId'>,
>(images: Iterable<T>, family: string): T | undefined {
  if (family === '') return undefined;
  let latest: T | undefined;
  for (const image of images) {
    if (image.ImageFamily !== family || image.ImageState !== 'NORMAL' || image.ImageDeprecated) continue;
    if (
      !latest ||
      image.CreatedTime > latest.CreatedTime ||
      (image.CreatedTime === latest.CreatedTime && image.ImageId > latest.ImageId)
    )
      latest = image;
  }
  return latest;
}
