import { describe, it, expect } from 'vitest';
import { z } from './zod.ts';
import { imageIdSchema } from './ids.ts';
import { coded, fieldViolations, parseRequest, violation, violationFromIssue, violationFromZod } from './violation.ts';
import { renderMessage } from './messages/render.ts';
import { expectFieldViolation, requestRefusal } from '../test/fixtures.ts';

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
    [
      'a fraction for an integer',
      { Name: 'x', Count: 1.5 },
      'InvalidParameter',
      'Count',
      ['`Count` must be a whole number (got 1.5).'],
    ],
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
    expectFieldViolation(requestRefusal(requestSchema, input), code, field, ...parts);
  });
});

describe('a record parameter', () => {
  const schema = z.strictObject({ Settings: z.optional(z.record(z.string(), z.unknown())) });
  it.each<[string, unknown, string]>([
    ['a string', { Settings: 'x' }, 'must be an object, not a string'],
    ['an array', { Settings: [] }, 'must be an object, not an array'],
  ])('is described as an object when given %s', (_name, input, part) => {
    expectFieldViolation(requestRefusal(schema, input), 'InvalidParameter', 'Settings', '`Settings`', part);
  });
});

describe('a missing required enum parameter', () => {
  const schema = z.strictObject({ Permission: z.enum(['SHARE', 'CANCEL']) });

  it('is reported as a missing parameter', () => {
    expectFieldViolation(requestRefusal(schema, {}), 'MissingParameter', 'Permission', '`Permission`', 'missing');
  });
  it('a wrong value is an invalid value naming the choices', () => {
    expectFieldViolation(
      requestRefusal(schema, { Permission: 'ADD' }),
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
    expect(renderMessage(v, 'en-US')).toBe('The parameter `Nested.Foo` is not recognized by this action.');
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
