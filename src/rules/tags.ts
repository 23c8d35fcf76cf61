import { z } from './zod.ts';
import { REQUEST_ARRAY_MAX, TAG_SPECIFICATIONS_MAX } from './limits.ts';
import { charLength, quote } from './text.ts';
import { violation, violationIssue, type Violation } from './violation.ts';

// Tags, as Tencent Cloud's tag service documents them (Tag, "Use Limits"): at most 50 per resource,
// one value per key; a key of 1 to 127 characters and a value of 1 to 255, of letters, digits,
// spaces (not at either end) and the characters + - = . _ : / @ ( ) [ ] , ; > < (in Chinese input,
// also 【 】 and the full-width （ ） ：); keys starting with qcs:, project: or 项目 are reserved.

/** Tags on one resource (an image, an instance). */
export const TAGS_PER_RESOURCE_MAX = 50;
export const TAG_KEY_MAX = 127;
export const TAG_VALUE_MAX = 255;
export const RESERVED_TAG_KEY_PREFIXES = ['qcs:', 'project:', '项目'] as const;
/** The punctuation a tag may hold besides letters, digits and spaces, as the messages list it. */
export const TAG_PUNCTUATION = '+ - = . _ : / @ ( ) [ ] , ; > < 【 】 （ ） ：';

const TAG_CHARACTERS = /^[\p{L}\p{M}0-9 +\-=._:/@()[\],;><【】（）：]*$/u;

export interface Tag {
  Key: string;
  Value: string;
}

function tagTextProblem(text: string, part: 'key' | 'value'): Violation | undefined {
  const key = part === 'key';
  const code = key ? 'FailedOperation.IllegalTagKey' : 'FailedOperation.IllegalTagValue';
  const max = key ? TAG_KEY_MAX : TAG_VALUE_MAX;
  const field = key ? 'Key' : 'Value';
  const length = charLength(text);
  if (length === 0) return violation(code, 'tag.empty', { part, max }, field);
  if (length > max) return violation('InvalidParameterValue.TooLarge', 'tag.tooLong', { part, max, length }, field);
  if (text.trim() !== text) return violation(code, 'tag.spaces', { part, text: quote(text) }, field);
  if (!TAG_CHARACTERS.test(text))
    return violation(code, 'tag.characters', { part, text: quote(text), punctuation: TAG_PUNCTUATION }, field);
  return undefined;
}

/** Why a tag key cannot be used. */
export function tagKeyProblem(key: string): Violation | undefined {
  const problem = tagTextProblem(key, 'key');
  if (problem) return problem;
  const prefix = RESERVED_TAG_KEY_PREFIXES.find((p) => key.startsWith(p));
  return prefix ? violation('FailedOperation.TagKeyReserved', 'tag.reserved', { prefix }, 'Key') : undefined;
}

/** Why a tag value cannot be used. */
export function tagValueProblem(value: string): Violation | undefined {
  return tagTextProblem(value, 'value');
}

export const tagSchema = z.strictObject({
  Key: z.string().check(
    z.superRefine((key, ctx) => {
      const problem = tagKeyProblem(key);
      if (problem) ctx.addIssue(violationIssue(problem));
    }),
  ),
  Value: z.string().check(
    z.superRefine((value, ctx) => {
      const problem = tagValueProblem(value);
      if (problem) ctx.addIssue(violationIssue(problem));
    }),
  ),
});

/**
 * What is wrong with the tags one resource would carry, each tag being well-formed: more than
 * TAGS_PER_RESOURCE_MAX, or a key given twice (the index of the second).
 */
export function tagSetViolation(tags: readonly Tag[]): { violation: Violation; index?: number } | undefined {
  if (tags.length > TAGS_PER_RESOURCE_MAX)
    return {
      violation: violation('InvalidParameterValue.TagQuotaLimitExceeded', 'tags.tooMany', {
        max: TAGS_PER_RESOURCE_MAX,
        count: tags.length,
      }),
    };
  const seen = new Set<string>();
  for (const [index, tag] of tags.entries()) {
    if (seen.has(tag.Key))
      return {
        index,
        violation: violation(
          'InvalidParameterValue.DuplicateTags',
          'tags.duplicateKey',
          { key: quote(tag.Key) },
          'Key',
        ),
      };
    seen.add(tag.Key);
  }
  return undefined;
}

/**
 * What is wrong with each of a form's tags (its key, its value), then with the set of them (too
 * many, a key twice: `index` is the row it shows on). The API finds them in the same order: each
 * tag's own problem first, in order, then the set's.
 */
export function tagListProblems(tags: readonly Tag[]): {
  rows: { Key?: Violation; Value?: Violation }[];
  set?: { violation: Violation; index?: number };
} {
  const rows = tags.map((t) => {
    const key = tagKeyProblem(t.Key);
    const value = tagValueProblem(t.Value);
    return { ...(key ? { Key: key } : {}), ...(value ? { Value: value } : {}) };
  });
  const set = tagSetViolation(tags);
  return set ? { rows, set } : { rows };
}

/** The first of a form's tag problems, the one the API answers with. */
export function firstTagProblem(problems: ReturnType<typeof tagListProblems>): Violation | undefined {
  for (const row of problems.rows) if (row.Key ?? row.Value) return row.Key ?? row.Value;
  return problems.set?.violation;
}

/**
 * The TagSpecification of an action that tags the resources it makes (`image` for CreateImage and
 * ImportImage, `instance` for RunInstances): the tags of every entry together are the resource's.
 */
export function tagSpecificationSchema(resourceType: 'image' | 'instance') {
  return z
    .array(
      z.strictObject({
        ResourceType: z.string(),
        Tags: z.array(tagSchema).check(z.maxLength(REQUEST_ARRAY_MAX)),
      }),
    )
    .check(
      z.maxLength(TAG_SPECIFICATIONS_MAX),
      z.superRefine((specs, ctx) => {
        const where: PropertyKey[][] = [];
        for (const [i, spec] of specs.entries()) {
          if (spec.ResourceType !== resourceType) {
            ctx.addIssue(
              violationIssue(
                violation('InvalidParameterValue', 'tags.resourceType', {
                  expected: resourceType,
                  given: quote(spec.ResourceType),
                }),
                [i, 'ResourceType'],
              ),
            );
            return;
          }
          for (const j of spec.Tags.keys()) where.push([i, 'Tags', j, 'Key']);
        }
        const problem = tagSetViolation(specs.flatMap((s) => s.Tags));
        if (problem)
          ctx.addIssue(violationIssue(problem.violation, problem.index === undefined ? [] : where[problem.index]));
      }),
    );
}

/** The tags a resource gets from a request's TagSpecification. */
export function tagsOf(specs: readonly { Tags: readonly Tag[] }[] | undefined): Tag[] {
  return (specs ?? []).flatMap((s) => s.Tags.map((t) => ({ Key: t.Key, Value: t.Value })));
}
