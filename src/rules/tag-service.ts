import { z } from './zod.ts';
import { notOwnViolation } from './custom-images.ts';
import { imageKind, type Image } from './images.ts';
import { REQUEST_ARRAY_MAX } from './limits.ts';
import { isKnownRegion } from './regions.ts';
import { quote } from './text.ts';
import { tagKeyProblem, tagSetViolation, tagValueProblem, type Tag } from './tags.ts';
import { violation, violationIssue, type Violation } from './violation.ts';

// The tag service (tag 2018-08-13), beside CVM: CVM has no action that edits an image's tags, and
// Tencent Cloud's console edits them with ModifyResourceTags on the image's six-segment resource
// name. This mock answers that one action, for images only, with the tag service's error codes.

const IMAGE_RESOURCE = /^qcs::cvm:([a-z0-9-]+):uin\/(\d+):image\/(img-[a-z0-9]+)$/;

/** `qcs::cvm:<region>:uin/<account ID>:image/<image ID>`, the name the tag service knows an image by. */
export function imageResourceName(region: string, accountId: string, imageId: string): string {
  return `qcs::cvm:${region}:uin/${accountId}:image/${imageId}`;
}

export interface ImageResource {
  region: string;
  accountId: string;
  imageId: string;
}

/** The image a resource name designates, or why it designates none this service can tag. */
export function parseImageResource(resource: string): ImageResource | Violation {
  const match = IMAGE_RESOURCE.exec(resource);
  if (!match)
    return violation(
      'InvalidParameterValue.ResourceDescriptionError',
      'tagResource.malformed',
      { resource: quote(resource) },
      'Resource',
    );
  const [, region, accountId, imageId] = match as unknown as [string, string, string, string];
  if (!isKnownRegion(region))
    return violation('InvalidParameterValue.RegionInvalid', 'api.noSuchRegion', { region: quote(region) }, 'Resource');
  return { region, accountId, imageId };
}

/** Why an image's tags cannot be edited by `accountId`: only the owner tags an image (the resolver's rule, said early). */
export function tagBlockedReason(image: Image, accountId: string): Violation | undefined {
  const notOwn = notOwnViolation(imageKind(image, accountId), 'edit');
  return notOwn && { ...notOwn, code: 'InvalidParameterValue.UinInvalid', field: 'Resource' };
}

/**
 * The tag service's code for a tag rule broken (the rules in tags.ts carry CVM's codes, which
 * TagSpecification answers): the same message, the code ModifyResourceTags documents.
 */
export function tagServiceViolation(v: Violation): Violation {
  const part = (v.params as { part?: 'key' | 'value' }).part === 'value' ? 'Value' : 'Key';
  const codes: Partial<Record<Violation['key'], string>> = {
    'tag.empty':
      part === 'Key' ? 'InvalidParameterValue.TagKeyEmpty' : 'InvalidParameterValue.TagValueCharacterIllegal',
    'tag.tooLong': `InvalidParameterValue.Tag${part}LengthExceeded`,
    'tag.spaces': `InvalidParameterValue.Tag${part}CharacterIllegal`,
    'tag.characters': `InvalidParameterValue.Tag${part}CharacterIllegal`,
    'tag.reserved': 'InvalidParameterValue.ReservedTagKey',
    'tags.tooMany': 'LimitExceeded.ResourceAttachedTags',
    'tags.duplicateKey': 'InvalidParameter.Tag',
  };
  return { ...v, code: codes[v.key] ?? v.code };
}

function checked(problem: (text: string) => Violation | undefined) {
  return z.string().check(
    z.superRefine((text, ctx) => {
      const found = problem(text);
      if (found) ctx.addIssue(violationIssue(tagServiceViolation(found)));
    }),
  );
}

const serviceTagSchema = z.strictObject({ TagKey: checked(tagKeyProblem), TagValue: checked(tagValueProblem) });

export const modifyResourceTagsRequestSchema = z
  .strictObject({
    Resource: z.string(),
    ReplaceTags: z.optional(z.array(serviceTagSchema).check(z.maxLength(REQUEST_ARRAY_MAX))),
    DeleteTags: z.optional(z.array(z.strictObject({ TagKey: z.string() })).check(z.maxLength(REQUEST_ARRAY_MAX))),
  })
  .check(
    z.superRefine((req, ctx) => {
      const replace = req.ReplaceTags ?? [];
      // More than the limit or a key twice in the request itself; the tags the image ends with are counted by the resolver.
      const problem = tagSetViolation(replace.map((t) => ({ Key: t.TagKey, Value: t.TagValue })));
      if (problem)
        ctx.addIssue(
          violationIssue(
            tagServiceViolation(problem.violation),
            problem.index === undefined ? ['ReplaceTags'] : ['ReplaceTags', problem.index, 'TagKey'],
          ),
        );
      const replaced = new Set(replace.map((t) => t.TagKey));
      const both = (req.DeleteTags ?? []).findIndex((t) => replaced.has(t.TagKey));
      if (both >= 0)
        ctx.addIssue(
          violationIssue(
            violation('InvalidParameterValue.DeleteTagsParamError', 'tags.deleteAndReplace', {
              key: quote(req.DeleteTags![both]!.TagKey),
            }),
            ['DeleteTags', both, 'TagKey'],
          ),
        );
    }),
  );

/** ModifyResourceTags answers nothing but its RequestId. */
export type ModifyResourceTagsResponse = Record<string, never>;

/** The tags a resource carries after ModifyResourceTags: replaced in place, added at the end, deleted. */
export function retagged(
  tags: readonly Tag[],
  replace: readonly { TagKey: string; TagValue: string }[],
  remove: readonly { TagKey: string }[],
): Tag[] {
  const removed = new Set(remove.map((t) => t.TagKey));
  const values = new Map(replace.map((t) => [t.TagKey, t.TagValue]));
  const kept = tags
    .filter((t) => !removed.has(t.Key))
    .map((t) => ({ Key: t.Key, Value: values.get(t.Key) ?? t.Value }));
  const present = new Set(kept.map((t) => t.Key));
  return [...kept, ...replace.filter((t) => !present.has(t.TagKey)).map((t) => ({ Key: t.TagKey, Value: t.TagValue }))];
}

/**
 * What ModifyResourceTags sends to make `before` into `after` (the Edit tags dialog's one call):
 * every tag kept or set, so that the API judges the whole set the form shows, and the keys removed.
 */
export function tagChanges(
  before: readonly Tag[],
  after: readonly Tag[],
): { ReplaceTags: { TagKey: string; TagValue: string }[]; DeleteTags: { TagKey: string }[] } {
  const kept = new Set(after.map((t) => t.Key));
  return {
    ReplaceTags: after.map((t) => ({ TagKey: t.Key, TagValue: t.Value })),
    DeleteTags: before.filter((t) => !kept.has(t.Key)).map((t) => ({ TagKey: t.Key })),
  };
}
