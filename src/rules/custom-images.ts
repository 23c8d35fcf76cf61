import { z } from './zod.ts';
import { CUSTOM_IMAGE_QUOTA_PER_REGION, BATCH_IDS_MAX } from './limits.ts';
import { imageIdSchema, instanceIdSchema } from './ids.ts';
import { type Violation, violation, violationIssue } from './violation.ts';
import { shownName, sameName, imageNameSchema, imageDescriptionSchema } from './names.ts';
import { type Image, type ImageKind, imageKind, BUSY_STATES, stateViolation, busySourceViolation } from './images.ts';
import { tagSpecificationSchema } from './tags.ts';
import { imageFamilySchema } from './families.ts';

// The caller's own custom images: creating, editing and deleting them, and the quota they count against.

/** `"true"` / `"false"` as the API's string booleans (CreateImage ForcePoweroff, Sysprep). */
export const stringBooleanSchema = z.enum(['true', 'false']);

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
    ImageFamily: z.optional(imageFamilySchema),
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

export const modifyImageAttributeRequestSchema = z.strictObject({
  ImageId: imageIdSchema,
  ImageName: z.optional(imageNameSchema),
  ImageDescription: z.optional(imageDescriptionSchema),
  ImageFamily: z.optional(imageFamilySchema),
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

/** The refusal shared by every owner-only action on an image that is not the caller's own custom image. */
export function notOwnViolation(kind: ImageKind, action: 'edit' | 'delete'): Violation | undefined {
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
