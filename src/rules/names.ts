import { z } from './zod.ts';
import { IMAGE_NAME_MIN, IMAGE_NAME_MAX, IMAGE_DESCRIPTION_MAX } from './limits.ts';
import { charLength } from './text.ts';
import { type Violation, violation, violationIssue, coded } from './violation.ts';

// Names as a person types and sees them: trimmed, compared as shown; the image name and description
// rules built on them.

/** Spaces and invisible characters (zero-width, direction marks): a name of only these is no name. */
const INVISIBLE = /[\s\p{Cf}]/gu;
/**
 * Characters that take no room and change nothing shown: zero-width space, non-joiner, joiner,
 * word joiner, byte order mark. Direction marks do change how the characters around them show.
 */
const ZERO_WIDTH = /[\u200B-\u200D\u2060\uFEFF]/gu;
/** Spaces and zero-width characters around a name. */
const AROUND = /^[\s\u200B-\u200D\u2060\uFEFF]+|[\s\u200B-\u200D\u2060\uFEFF]+$/gu;

/**
 * A name as a person sees it, and as it is stored: without the spaces and zero-width characters
 * around it. Trimmed rather than refused: what was typed or pasted by accident around a name is not
 * part of it, and neither a form nor a script needs to be told so.
 */
export function shownName(name: string): string {
  return name.replace(AROUND, '');
}

/** What two names must differ in for a person to tell them apart: trimmed, composed (NFC), zero-width characters removed. */
function nameKey(name: string): string {
  return shownName(name).normalize('NFC').replace(ZERO_WIDTH, '');
}

/** Whether two names look the same, so that one of them is a duplicate of the other. */
export function sameName(a: string, b: string): boolean {
  return nameKey(a) === nameKey(b);
}

/** Why a name (as typed: it is judged as shown) cannot be an image's. */
export function imageNameProblem(name: string): Violation | undefined {
  const shown = shownName(name);
  if (shown.replace(INVISIBLE, '') === '')
    return violation(
      'InvalidParameterValue',
      'name.required',
      { min: IMAGE_NAME_MIN, max: IMAGE_NAME_MAX },
      'ImageName',
    );
  if (charLength(shown) > IMAGE_NAME_MAX)
    return violation(
      'InvalidParameterValue.TooLarge',
      'name.tooLong',
      { max: IMAGE_NAME_MAX, length: charLength(shown) },
      'ImageName',
    );
  return undefined;
}

/** An image name in a request: the API stores it as shown (shownName). */
export const imageNameSchema = z.pipe(z.string(), z.transform(shownName)).check(
  z.superRefine((v, ctx) => {
    const problem = imageNameProblem(v);
    if (problem) ctx.addIssue(violationIssue(problem));
  }),
);

export function imageDescriptionProblem(description: string): Violation | undefined {
  const length = charLength(description);
  if (length > IMAGE_DESCRIPTION_MAX)
    return violation(
      'InvalidParameterValue.TooLarge',
      'description.tooLong',
      { max: IMAGE_DESCRIPTION_MAX, length },
      'ImageDescription',
    );
  return undefined;
}

export const imageDescriptionSchema = coded(
  z.string(),
  (v) => imageDescriptionProblem(v) === undefined,
  'InvalidParameterValue.TooLarge',
  'description.tooLongShort',
  { max: IMAGE_DESCRIPTION_MAX },
);
