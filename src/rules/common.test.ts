import { describe, it, expect } from 'vitest';
import { z } from './zod.ts';
import { ACCOUNT_ID_PATTERN, accountIdProblem, accountIdSchema, imageIdSchema, instanceIdSchema } from './ids.ts';
import {
  CUSTOM_IMAGE_QUOTA_PER_REGION,
  IMAGE_DESCRIPTION_MAX,
  IMAGE_NAME_MAX,
  SHARE_RECIPIENTS_MAX,
} from './limits.ts';
import { accounts, isKnownAccount } from './accounts.ts';
import { charLength, quote } from './text.ts';
import {
  imageDescriptionProblem,
  imageDescriptionSchema,
  imageNameProblem,
  imageNameSchema,
  sameName,
  shownName,
} from './names.ts';
import {
  coded,
  fieldViolations,
  parseRequest,
  violation,
  violationFromIssue,
  violationFromZod,
  type Violation,
} from './violation.ts';
import { renderMessage } from './messages/render.ts';
import { expectFieldViolation } from '../test/fixtures.ts';

function failure(schema: z.ZodMiniType, input: unknown): Violation {
  const result = parseRequest(schema, input);
  if (result.ok) throw new Error(`expected ${JSON.stringify(input)} to be rejected`);
  return result.violation;
}

describe('limits (DESIGN.md)', () => {
  it.each([
    ['custom images per region', CUSTOM_IMAGE_QUOTA_PER_REGION, 10],
    ['share recipients per image', SHARE_RECIPIENTS_MAX, 50],
    ['image name length', IMAGE_NAME_MAX, 60],
    ['image description length', IMAGE_DESCRIPTION_MAX, 256],
  ])('%s is %i', (_name, actual, expected) => {
    expect(actual).toBe(expected);
  });
});

describe('violation', () => {
  it('omits the field when there is none', () => {
    expect(violation('X', 'image.foreign', {})).toEqual({ code: 'X', key: 'image.foreign', params: {} });
    expect(Object.hasOwn(violation('X', 'image.foreign', {}), 'field')).toBe(false);
  });
  it('keeps the field when given', () => {
    expect(violation('X', 'name.duplicate', { name: 'web' }, 'ImageName')).toEqual({
      code: 'X',
      key: 'name.duplicate',
      params: { name: 'web' },
      field: 'ImageName',
    });
  });
});

describe('imageIdSchema', () => {
  it.each(['img-9qabwvbn', 'img-00000000', 'img-abcdefgh'])('accepts %s', (id) => {
    expect(parseRequest(imageIdSchema, id)).toEqual({ ok: true, value: id });
  });
  it.each([
    ['empty', ''],
    ['no prefix', '9qabwvbn'],
    ['wrong prefix', 'ins-9qabwvbn'],
    ['7 characters', 'img-9qabwvb'],
    ['9 characters', 'img-9qabwvbnx'],
    ['upper case', 'img-9QABWVBN'],
    ['punctuation', 'img-9qab_vbn'],
    ['surrounding space', ' img-9qabwvbn'],
  ])('rejects %s', (_name, id) => {
    const v = failure(imageIdSchema, id);
    expectFieldViolation(v, 'InvalidImageId.Malformed', undefined, 'img-', '8 lowercase letters or digits');
  });
  it('rejects a non-string as a wrong type', () => {
    expectFieldViolation(failure(imageIdSchema, 12345678), 'InvalidParameter', '', 'must be a string, not a number');
  });
});

describe('instanceIdSchema', () => {
  it.each(['ins-2zvpghhk', 'ins-00000000'])('accepts %s', (id) => {
    expect(parseRequest(instanceIdSchema, id).ok).toBe(true);
  });
  it.each([
    ['empty', ''],
    ['image id', 'img-2zvpghhk'],
    ['too short', 'ins-2zvp'],
    ['upper case', 'ins-2ZVPGHHK'],
  ])('rejects %s', (_name, id) => {
    expectFieldViolation(
      failure(instanceIdSchema, id),
      'InvalidInstanceId.Malformed',
      undefined,
      'ins-',
      '8 lowercase letters or digits',
    );
  });
});

describe('accountIdProblem', () => {
  it.each(['100000000001', '1000000000', '999999999999', '103849387508'])('accepts %s', (id) => {
    expect(accountIdProblem(id)).toBeUndefined();
    expect(ACCOUNT_ID_PATTERN.test(id)).toBe(true);
    expect(parseRequest(accountIdSchema, id).ok).toBe(true);
  });
  it.each([
    ['empty', '', ['empty']],
    ['letters', 'abc', ['"abc"', 'digits only']],
    ['digits and a dash', '1000-0000001', ['"1000-0000001"', 'digits only']],
    ['9 digits', '123456789', ['"123456789"', '10 to 12 digits']],
    ['13 digits', '1234567890123', ['"1234567890123"', '10 to 12 digits']],
    ['leading zero', '0100000000', ['"0100000000"', 'not starting with 0']],
  ])('rejects %s', (_name, id, parts) => {
    const problem = accountIdProblem(id);
    expect(problem).toBeDefined();
    for (const part of parts) expect(renderMessage(problem)).toContain(part);
    expectFieldViolation(
      failure(accountIdSchema, id),
      'InvalidParameterValue.InvalidAppIdFormat',
      undefined,
      '10 to 12 digits',
    );
  });
});

describe('quote', () => {
  it('repeats input of up to 64 characters as it is', () => {
    expect(quote('ap-mars')).toBe('ap-mars');
    expect(quote('a'.repeat(64))).toBe('a'.repeat(64));
  });
  it('cuts longer input to 64 characters and an ellipsis, counting characters not UTF-16 units', () => {
    expect(quote('a'.repeat(10_000))).toBe(`${'a'.repeat(64)}…`);
    expect(quote('😀'.repeat(65))).toBe(`${'😀'.repeat(64)}…`);
    expect(quote('abcdef', 3)).toBe('abc…');
  });
  it('cuts a huge account ID in its message', () => {
    const problem = accountIdProblem('z'.repeat(10_000));
    expect(renderMessage(problem)).toBe(`Account ID "${'z'.repeat(64)}…" must contain digits only.`);
  });
});

describe('accounts', () => {
  it('are valid root account IDs, unique', () => {
    for (const a of accounts) expect(accountIdProblem(a.accountId)).toBeUndefined();
    expect(new Set(accounts.map((a) => a.accountId)).size).toBe(accounts.length);
  });
  it.each([
    ['100000000001', true],
    ['100000000002', true],
    ['100000000003', true],
    ['100000000004', false],
    ['', false],
  ])('isKnownAccount(%j) is %s', (id, known) => {
    expect(isKnownAccount(id)).toBe(known);
  });
});

describe('charLength', () => {
  it.each([
    ['empty', '', 0],
    ['ascii', 'abc', 3],
    ['chinese', '镜像名称', 4],
    ['emoji (surrogate pair)', '😀', 1],
    ['accented', 'São Paulo', 9],
  ])('%s', (_name, s, n) => {
    expect(charLength(s)).toBe(n);
  });
});

describe('imageNameProblem / imageNameSchema', () => {
  it.each([
    ['one character', 'a'],
    ['60 characters', 'a'.repeat(60)],
    ['60 Chinese characters', '镜'.repeat(60)],
    ['60 emoji (120 UTF-16 units)', '😀'.repeat(60)],
    ['spaces inside', 'web server'],
    ['a visible character among invisible ones', '\u200bweb\u200e'],
  ])('accepts %s', (_name, name) => {
    expect(imageNameProblem(name)).toBeUndefined();
    expect(parseRequest(imageNameSchema, name).ok).toBe(true);
  });

  it.each([
    ['empty', '', 'InvalidParameterValue', ['required', '60']],
    ['whitespace only', '   \t ', 'InvalidParameterValue', ['required', '60']],
    ['a zero-width space only', '\u200b', 'InvalidParameterValue', ['required', '60']],
    ['direction marks and spaces only', ' \u200e\u200f \u202e', 'InvalidParameterValue', ['required', '60']],
    ['a zero-width joiner and a BOM only', '\u200d\ufeff', 'InvalidParameterValue', ['required', '60']],
    ['61 characters', 'a'.repeat(61), 'InvalidParameterValue.TooLarge', ['at most 60', 'it has 61']],
    ['61 emoji', '😀'.repeat(61), 'InvalidParameterValue.TooLarge', ['at most 60', 'it has 61']],
  ])('rejects %s', (_name, name, code, parts) => {
    const problem = imageNameProblem(name);
    expect(problem).toBeDefined();
    for (const part of parts) expect(renderMessage(problem)).toContain(part);
    expectFieldViolation(failure(imageNameSchema, name), code, undefined, ...parts);
  });

  it.each([
    ['spaces around', '  web  ', 'web'],
    ['a tab and a new line', '\tweb\n', 'web'],
    ['full-width and no-break spaces', '\u3000web\u00a0', 'web'],
    ['zero-width characters around', '\u200bweb\ufeff', 'web'],
    ['a direction mark, which changes how it shows', '\u202eweb', '\u202eweb'],
    ['spaces inside', ' web  server ', 'web  server'],
  ])('takes a name as shown: %s', (_name, name, shown) => {
    expect(shownName(name)).toBe(shown);
    expect(parseRequest(imageNameSchema, name)).toEqual({ ok: true, value: shown });
  });

  it('counts the limit on the name as shown: 60 characters and spaces around fit', () => {
    expect(parseRequest(imageNameSchema, ` ${'a'.repeat(60)} `)).toEqual({ ok: true, value: 'a'.repeat(60) });
  });

  it.each<[string, string, string, boolean]>([
    ['the same name', 'web', 'web', true],
    ['spaces around', 'web ', ' web', true],
    ['a zero-width space inside', 'w\u200beb', 'web', true],
    ['composed and decomposed é', 'caf\u00e9', 'cafe\u0301', true],
    ['another case', 'Web', 'web', false],
    ['a space inside', 'we b', 'web', false],
    ['a direction mark', '\u202eweb', 'web', false],
  ])('sameName: %s', (_name, a, b, same) => {
    expect(sameName(a, b)).toBe(same);
  });
});

describe('imageDescriptionProblem / imageDescriptionSchema', () => {
  it.each([
    ['empty', ''],
    ['256 characters', 'd'.repeat(256)],
    ['256 emoji', '😀'.repeat(256)],
  ])('accepts %s', (_name, text) => {
    expect(imageDescriptionProblem(text)).toBeUndefined();
    expect(parseRequest(imageDescriptionSchema, text).ok).toBe(true);
  });
  it.each([
    ['257 characters', 'd'.repeat(257)],
    ['257 emoji', '😀'.repeat(257)],
  ])('rejects %s', (_name, text) => {
    expect(renderMessage(imageDescriptionProblem(text))).toContain('at most 256');
    expect(renderMessage(imageDescriptionProblem(text))).toContain('it has 257');
    expectFieldViolation(failure(imageDescriptionSchema, text), 'InvalidParameterValue.TooLarge', undefined, '256');
  });
});

describe('coded', () => {
  const even = coded(z.number(), (n) => n % 2 === 0, 'InvalidParameterValue.Odd', 'param.invalid', { name: 'N' });

  it('attaches the violation, code and message, to the refinement', () => {
    const result = even.safeParse(3);
    expect(result.success).toBe(false);
    expect(violationFromIssue(result.error!.issues[0]!, 3)).toEqual({
      code: 'InvalidParameterValue.Odd',
      key: 'param.invalid',
      params: { name: 'N' },
    });
  });
  it('leaves a built-in issue to the built-in mapping', () => {
    const result = even.safeParse('3');
    expect(violationFromIssue(result.error!.issues[0]!, '3').code).toBe('InvalidParameter');
  });
});

// A request schema exercising every branch of violationFromZod.
const requestSchema = z.strictObject({
  Name: z.string(),
  Count: z.optional(z.int()),
  Size: z.optional(z.number().check(z.minimum(1), z.maximum(10))),
  Mode: z.optional(z.enum(['SHARE', 'CANCEL'])),
  Ids: z.optional(z.array(z.string()).check(z.minLength(1), z.maxLength(3))),
  Label: z.optional(z.string().check(z.minLength(1), z.maxLength(5))),
  ImageId: z.optional(imageIdSchema),
  Nested: z.optional(z.strictObject({ Zone: z.string() })),
  Items: z.optional(z.array(z.strictObject({ Key: z.string() }))),
  Even: z.optional(
    coded(z.number(), (n) => n % 2 === 0, 'InvalidParameterValue.Odd', 'param.invalid', { name: 'Even' }),
  ),
});

describe('parseRequest', () => {
  it('returns the parsed value on success', () => {
    expect(parseRequest(requestSchema, { Name: 'x', Mode: 'SHARE' })).toEqual({
      ok: true,
      value: { Name: 'x', Mode: 'SHARE' },
    });
  });

  it.each<[string, unknown, string, string, string[]]>([
    ['an unknown top-level key', { Name: 'x', Bogus: 1 }, 'UnknownParameter', 'Bogus', ['`Bogus`', 'not recognized']],
    [
      'an unknown nested key',
      { Name: 'x', Nested: { Zone: 'z', Extra: 1 } },
      'UnknownParameter',
      'Nested.Extra',
      ['`Nested.Extra`'],
    ],
    [
      'an unknown key in an array item',
      { Name: 'x', Items: [{ Key: 'k', Value: 'v' }] },
      'UnknownParameter',
      'Items.0.Value',
      ['`Items.0.Value`'],
    ],
    ['a missing required key', {}, 'MissingParameter', 'Name', ['missing', '`Name`']],
    ['a missing nested key', { Name: 'x', Nested: {} }, 'MissingParameter', 'Nested.Zone', ['`Nested.Zone`']],
    ['a number for a string', { Name: 5 }, 'InvalidParameter', 'Name', ['`Name`', 'must be a string, not a number']],
    [
      'a string for a number',
      { Name: 'x', Count: '5' },
      'InvalidParameter',
      'Count',
      ['`Count`', 'must be a number, not a string'],
    ],
    ['a fraction for an integer', { Name: 'x', Count: 1.5 }, 'InvalidParameter', 'Count', ['`Count`', 'an integer']],
    [
      'a string for an array',
      { Name: 'x', Ids: 'a' },
      'InvalidParameter',
      'Ids',
      ['`Ids`', 'must be an array, not a string'],
    ],
    [
      'an array for an object',
      { Name: 'x', Nested: [] },
      'InvalidParameter',
      'Nested',
      ['`Nested`', 'must be an object, not an array'],
    ],
    ['null for an object', { Name: 'x', Nested: null }, 'InvalidParameter', 'Nested', ['not null']],
    ['an object for a string', { Name: {} }, 'InvalidParameter', 'Name', ['not an object']],
    [
      'a value outside an enum',
      { Name: 'x', Mode: 'ADD' },
      'InvalidParameterValue',
      'Mode',
      ['`Mode`', '"SHARE", "CANCEL"'],
    ],
    [
      'an array too long',
      { Name: 'x', Ids: ['a', 'b', 'c', 'd'] },
      'InvalidParameterValue.LimitExceeded',
      'Ids',
      ['`Ids`', 'at most 3 items'],
    ],
    ['an empty array', { Name: 'x', Ids: [] }, 'InvalidParameterValue', 'Ids', ['`Ids`', 'at least 1 item']],
    [
      'a string too long',
      { Name: 'x', Label: 'abcdef' },
      'InvalidParameterValue.TooLarge',
      'Label',
      ['`Label`', 'at most 5 characters'],
    ],
    ['an empty string', { Name: 'x', Label: '' }, 'InvalidParameterValue', 'Label', ['`Label`', 'must not be empty']],
    ['a number too large', { Name: 'x', Size: 11 }, 'InvalidParameterValue', 'Size', ['`Size`', 'at most 10']],
    ['a number too small', { Name: 'x', Size: 0 }, 'InvalidParameterValue', 'Size', ['`Size`', 'at least 1']],
    ['a coded refinement', { Name: 'x', Even: 3 }, 'InvalidParameterValue.Odd', 'Even', ['`Even` is invalid.']],
    [
      'a coded schema inside an object',
      { Name: 'x', ImageId: 'img-BAD' },
      'InvalidImageId.Malformed',
      'ImageId',
      ['Image ID must be', 'img-'],
    ],
    ['a body that is not an object', 'hello', 'InvalidParameter', '', ['must be an object, not a string']],
  ])('maps %s', (_name, input, code, field, parts) => {
    expectFieldViolation(failure(requestSchema, input), code, field, ...parts);
  });
});

describe('a record parameter', () => {
  const schema = z.strictObject({ Settings: z.optional(z.record(z.string(), z.unknown())) });
  it.each<[string, unknown, string]>([
    ['a string', { Settings: 'x' }, 'must be an object, not a string'],
    ['an array', { Settings: [] }, 'must be an object, not an array'],
  ])('is described as an object when given %s', (_name, input, part) => {
    expectFieldViolation(failure(schema, input), 'InvalidParameter', 'Settings', '`Settings`', part);
  });
});

describe('a missing required enum parameter', () => {
  const schema = z.strictObject({ Permission: z.enum(['SHARE', 'CANCEL']) });

  it('is reported as a missing parameter', () => {
    expectFieldViolation(failure(schema, {}), 'MissingParameter', 'Permission', '`Permission`', 'missing');
  });
  it('a wrong value is an invalid value naming the choices', () => {
    expectFieldViolation(
      failure(schema, { Permission: 'ADD' }),
      'InvalidParameterValue',
      'Permission',
      '"SHARE", "CANCEL"',
    );
  });
});

describe('violationFromZod', () => {
  it('reports only the first issue', () => {
    const error = requestSchema.safeParse({ Name: 1, Mode: 'ADD' }).error!;
    expect(error.issues.length).toBeGreaterThan(1);
    expectFieldViolation(violationFromZod(error, { Name: 1, Mode: 'ADD' }), 'InvalidParameter', 'Name');
  });

  it('does not prefix a coded message that has no path', () => {
    const schema = coded(z.string(), () => false, 'FailedOperation', 'api.dryRun', {});
    const error = schema.safeParse('x').error!;
    expect(violationFromZod(error, 'x')).toEqual({ code: 'FailedOperation', key: 'api.dryRun', params: {} });
  });

  it('names an unknown key with its full path', () => {
    const input = { Name: 'x', Nested: { Zone: 'z', Foo: 1 } };
    const v = violationFromZod(requestSchema.safeParse(input).error!, input);
    expect(v).toEqual({
      code: 'UnknownParameter',
      key: 'param.unknown',
      params: { name: 'Nested.Foo' },
      field: 'Nested.Foo',
    });
    expect(renderMessage(v)).toBe('The parameter `Nested.Foo` is not recognized by this action.');
  });
});

describe('violationFromIssue', () => {
  it('maps one issue the way violationFromZod maps the first', () => {
    const input = { Name: 'x', Mode: 'ADD' };
    const error = requestSchema.safeParse(input).error!;
    expect(violationFromIssue(error.issues[0]!, input)).toEqual(violationFromZod(error, input));
  });
});

describe('fieldViolations', () => {
  it('is empty for a valid input', () => {
    expect(fieldViolations(requestSchema, { Name: 'x' })).toEqual({});
  });

  it('gives each field its own first problem', () => {
    const out = fieldViolations(requestSchema, { Name: 5, Mode: 'ADD', Label: 'abcdefg', ImageId: 'img-BAD' });
    expect(Object.keys(out).sort()).toEqual(['ImageId', 'Label', 'Mode', 'Name']);
    expectFieldViolation(out.Name, 'InvalidParameter', 'Name', '`Name`');
    expectFieldViolation(out.Mode, 'InvalidParameterValue', 'Mode', '"SHARE", "CANCEL"');
    expectFieldViolation(out.Label, 'InvalidParameterValue.TooLarge', 'Label', 'at most 5');
    expectFieldViolation(out.ImageId, 'InvalidImageId.Malformed', 'ImageId', 'img-');
  });

  it('files a problem without a field under the empty key', () => {
    const out = fieldViolations(
      coded(z.string(), () => false, 'FailedOperation', 'api.dryRun', {}),
      'x',
    );
    expect(out).toEqual({ '': { code: 'FailedOperation', key: 'api.dryRun', params: {} } });
  });
});
