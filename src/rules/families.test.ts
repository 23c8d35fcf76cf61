import { describe, it, expect } from 'vitest';
import { fieldViolations, parseRequest } from './violation.ts';
import { createImageRequestSchema, modifyImageAttributeRequestSchema } from './custom-images.ts';
import { importImageRequestSchema } from './image-import.ts';
import { describeImageFromFamilyRequestSchema, imageFamilyProblem, latestInFamily } from './families.ts';
import type { Image } from './images.ts';
import { expectFieldViolation, requestRefusal } from '../test/fixtures.ts';

const IMPORT = {
  Architecture: 'x86_64',
  OsType: 'CentOS',
  OsVersion: '7',
  ImageUrl: 'https://images-1250000000.cos.ap-guangzhou.myqcloud.com/centos.qcow2',
  ImageName: 'imported',
};
/** Every request that sets a family, as the forms send them. */
const requests = [
  ['CreateImage', createImageRequestSchema, { ImageName: 'web', InstanceId: 'ins-abcd1234' }],
  ['ImportImage', importImageRequestSchema, IMPORT],
  ['ModifyImageAttribute', modifyImageAttributeRequestSchema, { ImageId: 'img-abcd1234' }],
] as const;

describe('imageFamilyProblem', () => {
  it.each(['', 'web', 'business-daily-update', 'App_Base.v2', 'a', `f${'x'.repeat(59)}`])('accepts %j', (family) => {
    expect(imageFamilyProblem(family)).toBeUndefined();
    for (const [, schema, base] of requests)
      expect(parseRequest(schema, { ...base, ImageFamily: family }).ok).toBe(true);
  });

  it.each<[string, string, string, string[]]>([
    ['a digit first', '2025-base', 'InvalidParameterValue.InvalidImageFamily', ['"2025-base"', 'start with a letter']],
    ['a hyphen first', '-web', 'InvalidParameterValue.InvalidImageFamily', ['"-web"']],
    ['a space', 'web tier', 'InvalidParameterValue.InvalidImageFamily', ['"web tier"', 'hyphens (-)']],
    ['a slash', 'web/tier', 'InvalidParameterValue.InvalidImageFamily', ['"web/tier"']],
    ['Chinese characters', '网站', 'InvalidParameterValue.InvalidImageFamily', ['"网站"']],
    ['spaces around it', ' web', 'InvalidParameterValue.InvalidImageFamily', ['" web"']],
    ['61 characters', `f${'x'.repeat(60)}`, 'InvalidParameterValue.TooLarge', ['at most 60', 'it has 61']],
  ])('refuses %s, in every request and form alike', (_name, family, code, parts) => {
    expectFieldViolation(imageFamilyProblem(family), code, 'ImageFamily', ...parts);
    for (const [action, schema, base] of requests) {
      const request = { ...base, ImageFamily: family };
      expect(requestRefusal(schema, request), action).toEqual(imageFamilyProblem(family));
      expect(fieldViolations(schema, request).ImageFamily, action).toEqual(imageFamilyProblem(family));
    }
  });
});

describe('describeImageFromFamilyRequestSchema', () => {
  it.each<unknown>([{}, { ImageFamily: 'app-base' }, { ImageFamily: '' }, { ImageFamily: 'any name at all' }])(
    'accepts %j (a name no image carries finds nothing)',
    (input) => expect(parseRequest(describeImageFromFamilyRequestSchema, input).ok).toBe(true),
  );

  it('refuses a name past the limit and an unknown parameter', () => {
    expectFieldViolation(
      requestRefusal(describeImageFromFamilyRequestSchema, { ImageFamily: 'f'.repeat(61) }),
      'InvalidParameterValue.TooLarge',
      'ImageFamily',
      '60',
    );
    expectFieldViolation(
      requestRefusal(describeImageFromFamilyRequestSchema, { Family: 'web' }),
      'UnknownParameter',
      'Family',
    );
  });
});

describe('latestInFamily', () => {
  type Member = Pick<Image, 'ImageId' | 'ImageFamily' | 'ImageState' | 'ImageDeprecated' | 'CreatedTime'>;
  const member = (ImageId: string, CreatedTime: string, more: Partial<Member> = {}): Member => ({
    ImageId,
    CreatedTime,
    ImageFamily: 'web',
    ImageState: 'NORMAL',
    ImageDeprecated: false,
    ...more,
  });
  const jan = member('img-00000001', '2025-01-01T00:00:00Z');
  const feb = member('img-00000002', '2025-02-01T00:00:00Z');

  it.each<[string, Member[], string, Member | undefined]>([
    ['the newest', [jan, feb], 'web', feb],
    ['in any order', [feb, jan], 'web', feb],
    ['not a deprecated one', [jan, { ...feb, ImageDeprecated: true }], 'web', jan],
    ['not one being made', [jan, { ...feb, ImageState: 'CREATING' }], 'web', jan],
    ['not a failed one', [jan, { ...feb, ImageState: 'CREATEFAILED' }], 'web', jan],
    ['not one being copied in', [jan, { ...feb, ImageState: 'SYNCING' }], 'web', jan],
    ['only of its family', [jan, { ...feb, ImageFamily: 'db' }], 'web', jan],
    [
      'of the same time, the higher ID',
      [{ ...feb, ImageId: 'img-00000009' }, feb],
      'web',
      { ...feb, ImageId: 'img-00000009' },
    ],
    ['nothing when every version is deprecated', [{ ...jan, ImageDeprecated: true }], 'web', undefined],
    ['nothing for no family', [{ ...jan, ImageFamily: '' }], '', undefined],
    ['nothing for an unknown family', [jan, feb], 'db', undefined],
  ])('takes %s', (_name, images, family, expected) => {
    expect(latestInFamily(images, family)).toEqual(expected);
  });
});
