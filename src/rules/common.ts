import { z } from './zod.ts';
import type { Message, MessageKey, MessageParams } from './messages/params.ts';

/** The API version every request carries in `X-TC-Version`. */
export const API_VERSION = '2017-03-12';

// Limits the product enforces (DESIGN.md). Every form and every resolver reads them from here.
export const CUSTOM_IMAGE_QUOTA_PER_REGION = 10;
export const SHARE_RECIPIENTS_MAX = 50;
export const IMAGE_NAME_MIN = 1;
export const IMAGE_NAME_MAX = 60;
export const IMAGE_DESCRIPTION_MAX = 256;
export const DESCRIBE_LIMIT_MAX = 100;
export const DESCRIBE_LIMIT_DEFAULT = 20;
export const FILTERS_MAX = 10;
export const FILTER_VALUES_MAX = 5;
export const FILTER_VALUE_MAX_LENGTH = 256;
/** At most this many IDs in one batch request (DescribeImages ImageIds, DeleteImages, share AccountIds). */
export const BATCH_IDS_MAX = 100;
export const INSTANCE_NAME_MAX = 60;
export const RUN_INSTANCES_COUNT_MAX = 100;
/**
 * Instances an account may hold in one availability zone: Tencent Cloud's documented purchase limit
 * for pay-as-you-go instances ("each user in each availability zone is 30"). There is no way to
 * terminate an instance here, so only Reset demo data frees it.
 */
export const INSTANCE_QUOTA_PER_ZONE = 30;
export const SYSTEM_DISK_MIN_GB = 20;
export const SYSTEM_DISK_MAX_GB = 1024;
export const SYSTEM_DISK_DEFAULT_GB = 50;
/** TagSpecification entries in one CreateImage, ImportImage or RunInstances request. */
export const TAG_SPECIFICATIONS_MAX = 10;

// The shape of any request, checked by the HTTP host before an action's schema reads it, so that
// no request makes the parser build or walk more than a small, fixed amount of data
// (tests/api/request-bounds.test.ts holds them against every request schema).
/** The longest array any request parameter accepts (ImageIds, InstanceIds, AccountIds). */
export const REQUEST_ARRAY_MAX = BATCH_IDS_MAX;
/** Objects and arrays nested in one request, the body counting as one: the deepest valid one has 5 (TagSpecification.N.Tags.N). */
export const REQUEST_DEPTH_MAX = 8;
/** Values (objects, arrays, strings, numbers...) in one request: about 1,600 in the largest valid one. */
export const REQUEST_VALUES_MAX = 5_000;
/** Characters in one parameter name: a JSON key, or a dotted query-string key such as `Filters.0.Values.1`. */
export const PARAMETER_NAME_MAX = 128;

export const IMAGE_ID_PATTERN = /^img-[a-z0-9]{8}$/;
export const INSTANCE_ID_PATTERN = /^ins-[a-z0-9]{8}$/;
/** Root (main) account IDs are digit strings of this many digits; collaborator/QQ numbers are not accepted. */
export const ACCOUNT_ID_MIN_DIGITS = 10;
export const ACCOUNT_ID_MAX_DIGITS = 12;
export const ACCOUNT_ID_PATTERN = new RegExp(`^[1-9][0-9]{${ACCOUNT_ID_MIN_DIGITS - 1},${ACCOUNT_ID_MAX_DIGITS - 1}}$`);

/**
 * A rule broken, as data: the API error code the backend answers with, the request parameter or
 * form field it concerns, and the message (key and parameters) that renderMessage turns into text.
 */
export type Violation = Message & {
  code: string;
  /** The request parameter or form field it concerns, when there is one. */
  field?: string;
  /** The values of a list parameter refused one by one (a share's account IDs), each with its own reason. */
  refused?: readonly Refusal[];
};

/** One value of a list parameter, refused. */
export interface Refusal {
  value: string;
  violation: Violation;
}

export function violation<K extends MessageKey>(
  code: string,
  key: K,
  params: MessageParams<K>,
  field?: string,
): Violation {
  return (field === undefined ? { code, key, params } : { code, key, params, field }) as Violation;
}

/** A zod issue that carries a violation; violationFromIssue reads it back, with the field from the issue's path. */
export function violationIssue(v: Violation, path?: PropertyKey[]): z.core.$ZodRawIssue {
  return { code: 'custom', input: undefined, message: v.key, params: { violation: v }, ...(path ? { path } : {}) };
}

/**
 * Attach a violation to a refinement, so that mapping a zod issue to an API error needs no second
 * table: violationFromIssue reads it back.
 */
export function coded<T extends z.ZodMiniType, K extends MessageKey>(
  schema: T,
  check: (value: z.output<T>) => boolean,
  code: string,
  key: K,
  params: MessageParams<K>,
): T {
  return schema.check(
    z.refine(check, { message: key, params: { violation: violation(code, key, params) }, abort: true }),
  );
}

export const imageIdSchema = coded(
  z.string(),
  (v) => IMAGE_ID_PATTERN.test(v),
  'InvalidImageId.Malformed',
  'image.idMalformed',
  {},
);

export const instanceIdSchema = coded(
  z.string(),
  (v) => INSTANCE_ID_PATTERN.test(v),
  'InvalidInstanceId.Malformed',
  'instance.idMalformed',
  {},
);

/** What a person typed, repeated in a message without letting a huge input flood it. */
export function quote(input: string, max = 64): string {
  return charLength(input) <= max ? input : `${[...input].slice(0, max).join('')}…`;
}

const digits = { min: ACCOUNT_ID_MIN_DIGITS, max: ACCOUNT_ID_MAX_DIGITS };

/** Why `id` is not a root account ID. */
export function accountIdProblem(id: string): Violation | undefined {
  const code = 'InvalidParameterValue.InvalidAppIdFormat';
  if (id === '') return violation(code, 'account.empty', {}, 'AccountIds');
  if (!/^[0-9]+$/.test(id)) return violation(code, 'account.notDigits', { id: quote(id) }, 'AccountIds');
  if (!ACCOUNT_ID_PATTERN.test(id))
    return violation(code, 'account.malformed', { id: quote(id), ...digits }, 'AccountIds');
  return undefined;
}

export const accountIdSchema = coded(
  z.string(),
  (v) => accountIdProblem(v) === undefined,
  'InvalidParameterValue.InvalidAppIdFormat',
  'account.malformedAny',
  digits,
);

/** Length counted in characters as a person sees them (an emoji counts once). */
export function charLength(s: string): number {
  let n = 0;
  for (const _ of s) n++;
  return n;
}

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

/** `"true"` / `"false"` as the API's string booleans (CreateImage ForcePoweroff, Sysprep). */
export const stringBooleanSchema = z.enum(['true', 'false']);

/** The violation a refinement attached to an issue (see coded and violationIssue). */
function violationOf(issue: z.core.$ZodIssue): Violation | undefined {
  if (issue.code !== 'custom') return undefined;
  return (issue as { params?: { violation?: Violation } }).params?.violation;
}

function paramName(path: readonly PropertyKey[]): string {
  let out = '';
  for (const part of path) {
    if (typeof part === 'number') out += `.${part}`;
    else out += out ? `.${String(part)}` : String(part);
  }
  return out;
}

/** What a value is, for a message: `null`, `array`, or its `typeof`. */
function typeName(value: unknown): string {
  if (value === null) return 'null';
  if (Array.isArray(value)) return 'array';
  return typeof value;
}

/**
 * Turn one problem zod found in a request into the API error the backend answers with.
 * The message always names the parameter, and the limit where there is one.
 */
export function violationFromIssue(issue: z.core.$ZodIssue, input: unknown): Violation {
  const name = paramName(issue.path);
  const attached = violationOf(issue);
  if (attached) {
    const { field: _field, ...rest } = attached;
    return (name ? { ...rest, field: name } : rest) as Violation;
  }
  switch (issue.code) {
    case 'unrecognized_keys': {
      const key = issue.keys[0]!;
      const unknown = name ? `${name}.${key}` : key;
      return violation('UnknownParameter', 'param.unknown', { name: quote(unknown) }, unknown);
    }
    case 'invalid_type': {
      const actual = valueAt(input, issue.path);
      if (actual === undefined) return violation('MissingParameter', 'param.missing', { name }, name);
      return violation(
        'InvalidParameter',
        'param.wrongType',
        { name, expected: issue.expected, actual: typeName(actual) },
        name,
      );
    }
    case 'invalid_value': {
      const actual = valueAt(input, issue.path);
      if (actual === undefined) return violation('MissingParameter', 'param.missing', { name }, name);
      const expected = typeof issue.values[0];
      if (typeof actual !== expected)
        return violation('InvalidParameter', 'param.wrongType', { name, expected, actual: typeName(actual) }, name);
      return violation(
        'InvalidParameterValue',
        'param.notOneOf',
        { name, values: issue.values.map((v) => JSON.stringify(v)) },
        name,
      );
    }
    case 'too_big': {
      const max = Number(issue.maximum);
      if (issue.origin === 'array')
        return violation('InvalidParameterValue.LimitExceeded', 'param.tooManyItems', { name, max }, name);
      if (issue.origin === 'string')
        return violation('InvalidParameterValue.TooLarge', 'param.tooLong', { name, max }, name);
      return violation('InvalidParameterValue', 'param.tooLarge', { name, max }, name);
    }
    case 'too_small': {
      const min = Number(issue.minimum);
      if (issue.origin === 'array') return violation('InvalidParameterValue', 'param.tooFewItems', { name, min }, name);
      if (issue.origin === 'string') return violation('InvalidParameterValue', 'param.empty', { name }, name);
      return violation('InvalidParameterValue', 'param.tooSmall', { name, min }, name);
    }
    default:
      return violation('InvalidParameterValue', 'param.invalid', { name }, name);
  }
}

function valueAt(input: unknown, path: readonly PropertyKey[]): unknown {
  let cur: unknown = input;
  for (const key of path) {
    if (cur === null || typeof cur !== 'object') return undefined;
    cur = (cur as Record<PropertyKey, unknown>)[key];
  }
  return cur;
}

export function violationFromZod(error: z.core.$ZodError, input: unknown): Violation {
  return violationFromIssue(error.issues[0]!, input);
}

/** Every field's first problem, for a form that shows each message beside its field. */
export function fieldViolations(schema: z.ZodMiniType, input: unknown): Record<string, Violation> {
  const result = schema.safeParse(input);
  const out: Record<string, Violation> = {};
  if (result.success) return out;
  for (const issue of result.error.issues) {
    const v = violationFromIssue(issue, input);
    out[v.field ?? ''] ??= v;
  }
  return out;
}

/** Parse a request with its schema; a failure becomes the API's error. */
export function parseRequest<S extends z.ZodMiniType>(
  schema: S,
  input: unknown,
): { ok: true; value: z.output<S> } | { ok: false; violation: Violation } {
  const result = schema.safeParse(input);
  if (result.success) return { ok: true, value: result.data };
  return { ok: false, violation: violationFromZod(result.error, input) };
}

export const accounts = [
  { accountId: '100000000001', name: 'Demo: Guangzhou team' },
  { accountId: '100000000002', name: 'Demo: Shanghai partner' },
  { accountId: '100000000003', name: 'Demo: Singapore reseller' },
] as const;

export type AccountId = string;
export const DEFAULT_ACCOUNT_ID = accounts[0].accountId;

/**
 * Whether the account signs in: only the demo accounts do. Other root account IDs may still exist
 * as outside accounts that receive shares (the mock's rule: src/mocks/sentinels.ts, accountExists).
 */
export function isKnownAccount(accountId: string): boolean {
  return accounts.some((a) => a.accountId === accountId);
}

/** Path of the API in the browser (the standalone server also answers at `/`). */
export const CVM_API_PATH = '/api/cvm/';
/**
 * The browser console is signed in without keys: it names its account in this header, and the
 * embedded backend trusts it. The standalone server ignores it and requires TC3 signatures.
 */
export const ACCOUNT_HEADER = 'X-Mock-Account';
