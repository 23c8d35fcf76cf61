import { z } from './zod.ts';

/** The API version every request carries in `X-TC-Version`. */
export const API_VERSION = '2017-03-12';

// Limits the product enforces (DESIGN.md). Every form and every resolver reads them from here.
export const CUSTOM_IMAGE_QUOTA_PER_REGION = 10;
export const SHARE_RECIPIENTS_MAX = 50;
export const IMAGE_NAME_MAX = 60;
export const IMAGE_DESCRIPTION_MAX = 256;
export const DESCRIBE_LIMIT_MAX = 100;
export const DESCRIBE_LIMIT_DEFAULT = 20;
export const FILTERS_MAX = 10;
export const FILTER_VALUES_MAX = 5;
/** At most this many IDs in one batch request (DescribeImages ImageIds, DeleteImages, share AccountIds). */
export const BATCH_IDS_MAX = 100;
export const INSTANCE_NAME_MAX = 60;
export const RUN_INSTANCES_COUNT_MAX = 100;
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
/** Root (main) account IDs are digit strings; collaborator/QQ numbers are not accepted. */
export const ACCOUNT_ID_PATTERN = /^[1-9][0-9]{9,11}$/;

/** A rule broken: the API error code the backend answers with and a message a person can act on. */
export interface Violation {
  code: string;
  message: string;
  /** The request parameter or form field it concerns, when there is one. */
  field?: string;
}

export function violation(code: string, message: string, field?: string): Violation {
  return field === undefined ? { code, message } : { code, message, field };
}

/**
 * Attach an API error code to a refinement, so that mapping a zod issue to an API error
 * needs no second table: `codeOf(issue)` reads it back.
 */
export function coded<T extends z.ZodMiniType>(
  schema: T,
  check: (value: z.output<T>) => boolean,
  code: string,
  message: string,
): T {
  return schema.check(z.refine(check, { message, params: { code }, abort: true }));
}

export const imageIdSchema = coded(
  z.string(),
  (v) => IMAGE_ID_PATTERN.test(v),
  'InvalidImageId.Malformed',
  'Image ID must be "img-" followed by 8 lowercase letters or digits, such as img-9qabwvbn.',
);

export const instanceIdSchema = coded(
  z.string(),
  (v) => INSTANCE_ID_PATTERN.test(v),
  'InvalidInstanceId.Malformed',
  'Instance ID must be "ins-" followed by 8 lowercase letters or digits, such as ins-2zvpghhk.',
);

/** What a person typed, repeated in a message without letting a huge input flood it. */
export function quote(input: string, max = 64): string {
  return charLength(input) <= max ? input : `${[...input].slice(0, max).join('')}…`;
}

export function accountIdProblem(id: string): string | undefined {
  if (id === '') return 'Account ID is empty.';
  if (!/^[0-9]+$/.test(id)) return `Account ID "${quote(id)}" must contain digits only.`;
  if (!ACCOUNT_ID_PATTERN.test(id))
    return `Account ID "${quote(id)}" must be a root account ID of 10 to 12 digits, not starting with 0.`;
  return undefined;
}

export const accountIdSchema = coded(
  z.string(),
  (v) => accountIdProblem(v) === undefined,
  'InvalidParameterValue.InvalidAppIdFormat',
  'Account ID must be a root account ID of 10 to 12 digits, not starting with 0.',
);

/** Length counted in characters as a person sees them (an emoji counts once). */
export function charLength(s: string): number {
  let n = 0;
  for (const _ of s) n++;
  return n;
}

/** Spaces and invisible characters (zero-width, direction marks): a name of only these is no name. */
const INVISIBLE = /[\s\p{Cf}]/gu;

export function imageNameProblem(name: string): string | undefined {
  if (name.replace(INVISIBLE, '') === '') return 'Image name is required (1 to 60 characters).';
  if (charLength(name) > IMAGE_NAME_MAX)
    return `Image name must be at most ${IMAGE_NAME_MAX} characters (it has ${charLength(name)}).`;
  return undefined;
}

export const imageNameSchema = z.string().check(
  z.superRefine((v, ctx) => {
    const problem = imageNameProblem(v);
    if (problem)
      ctx.addIssue({
        code: 'custom',
        message: problem,
        params: {
          code: v.replace(INVISIBLE, '') === '' ? 'InvalidParameterValue' : 'InvalidParameterValue.TooLarge',
        },
      });
  }),
);

export function imageDescriptionProblem(description: string): string | undefined {
  const len = charLength(description);
  if (len > IMAGE_DESCRIPTION_MAX)
    return `Image description must be at most ${IMAGE_DESCRIPTION_MAX} characters (it has ${len}).`;
  return undefined;
}

export const imageDescriptionSchema = coded(
  z.string(),
  (v) => imageDescriptionProblem(v) === undefined,
  'InvalidParameterValue.TooLarge',
  `Image description must be at most ${IMAGE_DESCRIPTION_MAX} characters.`,
);

/** `"true"` / `"false"` as the API's string booleans (CreateImage ForcePoweroff, Sysprep). */
export const stringBooleanSchema = z.enum(['true', 'false']);

export function codeOf(issue: z.core.$ZodIssue): string | undefined {
  if (issue.code === 'custom') {
    const params = (issue as { params?: { code?: unknown } }).params;
    if (params && typeof params.code === 'string') return params.code;
  }
  return undefined;
}

function paramName(path: readonly PropertyKey[]): string {
  let out = '';
  for (const part of path) {
    if (typeof part === 'number') out += `.${part}`;
    else out += out ? `.${String(part)}` : String(part);
  }
  return out;
}

function describeType(value: unknown): string {
  if (value === null) return 'null';
  if (Array.isArray(value)) return 'an array';
  return typeof value === 'object' ? 'an object' : `a ${typeof value}`;
}

/**
 * Turn one problem zod found in a request into the API error the backend answers with.
 * The message always names the parameter, and the limit where there is one.
 */
export function violationFromIssue(issue: z.core.$ZodIssue, input: unknown): Violation {
  const field = paramName(issue.path);
  const code = codeOf(issue);
  if (code) return violation(code, issue.message, field || undefined);
  switch (issue.code) {
    case 'unrecognized_keys': {
      const key = issue.keys[0]!;
      const name = field ? `${field}.${key}` : key;
      return violation('UnknownParameter', `The parameter \`${quote(name)}\` is not recognized by this action.`, name);
    }
    case 'invalid_type': {
      const actual = valueAt(input, issue.path);
      if (actual === undefined)
        return violation('MissingParameter', `The request is missing the required parameter \`${field}\`.`, field);
      return violation(
        'InvalidParameter',
        `The parameter \`${field}\` must be ${expectedName(issue.expected)}, not ${describeType(actual)}.`,
        field,
      );
    }
    case 'invalid_value': {
      const actual = valueAt(input, issue.path);
      if (actual === undefined)
        return violation('MissingParameter', `The request is missing the required parameter \`${field}\`.`, field);
      const expected = typeof issue.values[0];
      if (typeof actual !== expected)
        return violation(
          'InvalidParameter',
          `The parameter \`${field}\` must be ${expectedName(expected)}, not ${describeType(actual)}.`,
          field,
        );
      return violation(
        'InvalidParameterValue',
        `The parameter \`${field}\` must be one of ${issue.values.map((v) => JSON.stringify(v)).join(', ')}.`,
        field,
      );
    }
    case 'too_big':
      if (issue.origin === 'array')
        return violation(
          'InvalidParameterValue.LimitExceeded',
          `The parameter \`${field}\` accepts at most ${String(issue.maximum)} items.`,
          field,
        );
      if (issue.origin === 'string')
        return violation(
          'InvalidParameterValue.TooLarge',
          `The parameter \`${field}\` must be at most ${String(issue.maximum)} characters.`,
          field,
        );
      return violation(
        'InvalidParameterValue',
        `The parameter \`${field}\` must be at most ${String(issue.maximum)}.`,
        field,
      );
    case 'too_small':
      if (issue.origin === 'array')
        return violation(
          'InvalidParameterValue',
          `The parameter \`${field}\` needs at least ${String(issue.minimum)} item${issue.minimum === 1 ? '' : 's'}.`,
          field,
        );
      if (issue.origin === 'string')
        return violation('InvalidParameterValue', `The parameter \`${field}\` must not be empty.`, field);
      return violation(
        'InvalidParameterValue',
        `The parameter \`${field}\` must be at least ${String(issue.minimum)}.`,
        field,
      );
    default:
      return violation('InvalidParameterValue', `The parameter \`${field}\` is invalid: ${issue.message}`, field);
  }
}

function expectedName(expected: string): string {
  switch (expected) {
    case 'int':
      return 'an integer';
    case 'array':
      return 'an array';
    case 'object':
    case 'record':
      return 'an object';
    default:
      return `a ${expected}`;
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

/**
 * The request parameter an API error code concerns, for the codes that concern one: the UI
 * shows a refused request's message beside that field (the API 3.0 error carries no field).
 */
const codeFields: Record<string, string> = {
  'InvalidImageName.Duplicate': 'ImageName',
  'InvalidParameter.InvalidParameterUrlError': 'ImageUrl',
  'InvalidParameterValue.ISOMustImportByForce': 'Force',
  'InvalidImageOsType.Unsupported': 'OsType',
  'InvalidImageOsVersion.Unsupported': 'OsVersion',
  'InvalidInstanceId.NotFound': 'InstanceId',
  'InvalidAccountId.NotFound': 'AccountIds',
  'InvalidAccountIs.YourSelf': 'AccountIds',
  'FailedOperation.AccountAlreadyExists': 'AccountIds',
  'InvalidParameterValue.InvalidAppIdFormat': 'AccountIds',
  OverQuota: 'AccountIds',
  'InvalidRegion.Unavailable': 'DestinationRegions',
  'InvalidParameterValue.InvalidRegion': 'DestinationRegions',
  'InvalidParameterValue.InvalidDiskSize': 'SystemDisk.DiskSize',
  'InvalidParameterValue.InvalidImageForGivenInstanceType': 'ImageId',
  'ResourcesSoldOut.SpecifiedInstanceType': 'Placement.Zone',
};

export function fieldOfCode(code: string): string | undefined {
  return codeFields[code];
}
