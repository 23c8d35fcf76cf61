import { describe, it, expect } from 'vitest';
import { parseRequest } from './violation.ts';
import { type Image, type ImageState } from './images.ts';
import {
  createImageRequestSchema,
  deleteBlockedReason,
  deleteImagesRequestSchema,
  describeImageQuotaRequestSchema,
  duplicateNameViolation,
  modifyBlockedReason,
  modifyImageAttributeRequestSchema,
  quotaViolation,
} from './custom-images.ts';
import {
  expectFieldViolation,
  expectViolation,
  requestRefusal,
  ME,
  customImage as image,
  publicImage,
  marketImage,
  sharedInImage as sharedIn,
  foreignImage as foreign,
} from '../test/fixtures.ts';

const copyTo = (Region: string) => ({ ImageId: 'img-copy0001', Region, SyncPercent: 40 });

describe('createImageRequestSchema', () => {
  it.each<[string, unknown]>([
    ['from an instance', { ImageName: 'web', InstanceId: 'ins-abcd1234' }],
    ['from snapshots', { ImageName: 'web', SnapshotIds: ['snap-abcd1234'] }],
    [
      'with every option',
      {
        ImageName: 'web',
        InstanceId: 'ins-abcd1234',
        ImageDescription: 'd'.repeat(256),
        ForcePoweroff: 'true',
        Sysprep: 'false',
        DataDiskIds: ['disk-1'],
        DryRun: true,
        TagSpecification: [{ ResourceType: 'image', Tags: [{ Key: 'env', Value: 'prod' }] }],
        ImageFamily: 'web',
      },
    ],
    ['a 60-character name', { ImageName: 'n'.repeat(60), InstanceId: 'ins-abcd1234' }],
  ])('accepts %s', (_name, input) => {
    expect(parseRequest(createImageRequestSchema, input).ok).toBe(true);
  });

  it.each<[string, unknown, string, string, string[]]>([
    [
      'neither InstanceId nor SnapshotIds',
      { ImageName: 'web' },
      'InvalidParameter.SpecifyOneParameter',
      'InstanceId',
      ['InstanceId', 'SnapshotIds'],
    ],
    [
      'both InstanceId and SnapshotIds',
      { ImageName: 'web', InstanceId: 'ins-abcd1234', SnapshotIds: ['snap-1'] },
      'InvalidParameter.SpecifyOneParameter',
      'InstanceId',
      ['exactly one'],
    ],
    [
      'a 61-character name',
      { ImageName: 'n'.repeat(61), InstanceId: 'ins-abcd1234' },
      'InvalidParameterValue.TooLarge',
      'ImageName',
      ['60', 'it has 61'],
    ],
    [
      'a blank name',
      { ImageName: '  ', InstanceId: 'ins-abcd1234' },
      'InvalidParameterValue',
      'ImageName',
      ['required', '60'],
    ],
    ['no name', { InstanceId: 'ins-abcd1234' }, 'MissingParameter', 'ImageName', ['`ImageName`']],
    [
      'a 257-character description',
      { ImageName: 'web', InstanceId: 'ins-abcd1234', ImageDescription: 'd'.repeat(257) },
      'InvalidParameterValue.TooLarge',
      'ImageDescription',
      ['256'],
    ],
    [
      'a malformed instance id',
      { ImageName: 'web', InstanceId: 'i-123' },
      'InvalidInstanceId.Malformed',
      'InstanceId',
      ['ins-'],
    ],
    [
      'a boolean ForcePoweroff',
      { ImageName: 'web', InstanceId: 'ins-abcd1234', ForcePoweroff: true },
      'InvalidParameter',
      'ForcePoweroff',
      ['must be a string', 'not a boolean'],
    ],
    [
      'a ForcePoweroff that is neither "true" nor "false"',
      { ImageName: 'web', InstanceId: 'ins-abcd1234', ForcePoweroff: 'yes' },
      'InvalidParameterValue',
      'ForcePoweroff',
      ['"true", "false"'],
    ],
    [
      '21 data disks',
      { ImageName: 'web', InstanceId: 'ins-abcd1234', DataDiskIds: Array.from({ length: 21 }, (_, i) => `disk-${i}`) },
      'InvalidParameterValue.LimitExceeded',
      'DataDiskIds',
      ['20'],
    ],
    [
      'an unknown key',
      { ImageName: 'web', InstanceId: 'ins-abcd1234', Zone: 'x' },
      'UnknownParameter',
      'Zone',
      ['`Zone`'],
    ],
  ])('rejects %s', (_name, input, code, field, parts) => {
    const v = requestRefusal(createImageRequestSchema, input);
    expectFieldViolation(v, code, field, ...parts);
  });
});

describe('modifyImageAttributeRequestSchema', () => {
  it.each<[string, unknown]>([
    ['only the id', { ImageId: 'img-abcd1234' }],
    [
      'a new name and description',
      { ImageId: 'img-abcd1234', ImageName: 'n'.repeat(60), ImageDescription: 'd'.repeat(256) },
    ],
    ['deprecation', { ImageId: 'img-abcd1234', ImageDeprecated: true }],
  ])('accepts %s', (_name, input) => {
    expect(parseRequest(modifyImageAttributeRequestSchema, input).ok).toBe(true);
  });

  it.each<[string, unknown, string, string, string[]]>([
    ['no ImageId', { ImageName: 'x' }, 'MissingParameter', 'ImageId', ['`ImageId`']],
    ['a malformed ImageId', { ImageId: 'img-1' }, 'InvalidImageId.Malformed', 'ImageId', ['img-']],
    [
      'a 61-character name',
      { ImageId: 'img-abcd1234', ImageName: 'n'.repeat(61) },
      'InvalidParameterValue.TooLarge',
      'ImageName',
      ['60'],
    ],
    ['an empty name', { ImageId: 'img-abcd1234', ImageName: '' }, 'InvalidParameterValue', 'ImageName', ['required']],
    [
      'a 257-character description',
      { ImageId: 'img-abcd1234', ImageDescription: 'd'.repeat(257) },
      'InvalidParameterValue.TooLarge',
      'ImageDescription',
      ['256'],
    ],
  ])('rejects %s', (_name, input, code, field, parts) => {
    const v = requestRefusal(modifyImageAttributeRequestSchema, input);
    expectFieldViolation(v, code, field, ...parts);
  });
});

describe('deleteImagesRequestSchema', () => {
  it('accepts 1 to 100 ids', () => {
    expect(parseRequest(deleteImagesRequestSchema, { ImageIds: ['img-abcd1234'] }).ok).toBe(true);
    expect(
      parseRequest(deleteImagesRequestSchema, { ImageIds: Array(100).fill('img-abcd1234'), DeleteBindedSnap: true }).ok,
    ).toBe(true);
  });

  it.each<[string, unknown, string, string, string[]]>([
    ['no ids', { ImageIds: [] }, 'InvalidParameterValue', 'ImageIds', ['at least 1']],
    [
      '101 ids',
      { ImageIds: Array(101).fill('img-abcd1234') },
      'InvalidParameterValue.LimitExceeded',
      'ImageIds',
      ['100'],
    ],
    ['a malformed id', { ImageIds: ['x'] }, 'InvalidImageId.Malformed', 'ImageIds.0', ['img-']],
    ['no ImageIds', {}, 'MissingParameter', 'ImageIds', ['`ImageIds`']],
  ])('rejects %s', (_name, input, code, field, parts) => {
    const v = requestRefusal(deleteImagesRequestSchema, input);
    expectFieldViolation(v, code, field, ...parts);
  });
});

describe('describeImageQuotaRequestSchema', () => {
  it('takes no parameters', () => {
    expect(parseRequest(describeImageQuotaRequestSchema, {}).ok).toBe(true);
    expectViolation(requestRefusal(describeImageQuotaRequestSchema, { Region: 'x' }), 'UnknownParameter', '`Region`');
  });
});

describe('quotaViolation', () => {
  it.each([
    ['an empty region', 0, 1],
    ['9 used, adding 1', 9, 1],
    ['8 used, adding 2', 8, 2],
    ['10 used, adding none', 10, 0],
  ])('allows %s', (_name, used, adding) => {
    expect(quotaViolation(used, adding, 'ap-guangzhou')).toBeUndefined();
  });

  it.each([
    ['10 used, adding 1', 10, 1, 'ap-guangzhou', '10 of 10 custom images used in Guangzhou; delete one to make room.'],
    ['10 used, adding 3', 10, 3, 'ap-shanghai', '10 of 10 custom images used in Shanghai'],
    [
      '9 used, adding 2',
      9,
      2,
      'ap-guangzhou',
      '9 of 10 custom images used in Guangzhou; 2 more would exceed the quota.',
    ],
    ['an unknown region', 10, 1, 'xx-nowhere', '10 of 10 custom images used in xx-nowhere'],
  ])('refuses %s', (_name, used, adding, regionId, message) => {
    expectViolation(quotaViolation(used, adding, regionId), 'ImageQuotaLimitExceeded', message);
  });
});

describe('duplicateNameViolation', () => {
  it.each([
    ['no images', 'web', []],
    ['other names', 'web', ['db', 'cache']],
    ['a name differing in case', 'web', ['Web']],
    ['a name differing by a space inside', 'web server', ['webserver']],
    ['a name differing by a direction mark, which changes how it shows', '\u202Eweb', ['web']],
  ])('allows %s', (_name, name, existing) => {
    expect(duplicateNameViolation(name, existing)).toBeUndefined();
  });

  // Names as a person sees them: spaces and zero-width characters around a name are not part of it,
  // and the same letters composed or decomposed look the same (this used to allow "web" beside "web ").
  it.each<[string, string, string[], string]>([
    ['a trailing space', 'web', ['web '], '"web"'],
    ['a leading space, typed', ' web', ['web'], '"web"'],
    ['a full-width space and a tab', '\u3000web\t', ['web'], '"web"'],
    ['a zero-width space around and inside', '\u200Bw\u200Beb', ['web'], '"w\u200Beb"'],
    ['é composed and decomposed', 'caf\u00E9', ['cafe\u0301'], '"caf\u00E9"'],
  ])('refuses a name that looks the same but for %s', (_name, name, existing, shown) => {
    expectFieldViolation(duplicateNameViolation(name, existing), 'InvalidImageName.Duplicate', 'ImageName', shown);
  });

  it.each([
    ['an array', ['db', 'web']],
    ['a set', new Set(['web'])],
    [
      'a generator',
      (function* () {
        yield 'web';
      })(),
    ],
  ])('refuses a name already in %s', (_name, existing) => {
    const v = duplicateNameViolation('web', existing);
    expectFieldViolation(v, 'InvalidImageName.Duplicate', 'ImageName', '"web"');
  });
});

describe('modifyBlockedReason', () => {
  it.each<[string, Image]>([
    ['my normal image', image()],
    ['my image whose creation failed', image({ ImageState: 'CREATEFAILED' })],
    ['my image whose import failed', image({ ImageState: 'IMPORTFAILED' })],
    ['my image shared with others', image({ SharedAccountCount: 3 })],
  ])('allows editing %s', (_name, img) => {
    expect(modifyBlockedReason(img, ME)).toBeUndefined();
  });

  it.each<[string, Image, string, string]>([
    ['an image shared with me', sharedIn, 'UnsupportedOperation.SharedImageModifyUnsupported', 'shared with you'],
    ['a public image', publicImage, 'InvalidParameterValue.InvalidImageId', 'Public images cannot be edited'],
    ['a marketplace image', marketImage, 'InvalidParameterValue.InvalidImageId', 'Marketplace images cannot be edited'],
    ["another account's image", foreign, 'UnauthorizedOperation.ImageNotBelongToAccount', 'another account'],
    [
      'my image being created',
      image({ ImageState: 'CREATING' }),
      'InvalidImageId.IncorrectState',
      'The image is still being created; it can be edited once it is normal.',
    ],
    [
      'my image being copied',
      image({ ImageState: 'SYNCING' }),
      'InvalidImageId.IncorrectState',
      'The image is still being copied; it can be edited once it is normal.',
    ],
    [
      'my image being imported',
      image({ ImageState: 'IMPORTING' }),
      'InvalidImageId.IncorrectState',
      'The image is still being imported; it can be edited once it is normal.',
    ],
    [
      'my image that copies are being made from',
      image({ CopyingTo: [copyTo('ap-beijing')] }),
      'InvalidImageId.IncorrectState',
      'The image is being copied to 1 other region; it can be edited once the copies are done.',
    ],
  ])('refuses %s', (_name, img, code, part) => {
    const v = modifyBlockedReason(img, ME);
    expectFieldViolation(v, code, 'ImageId', part);
  });
});

describe('deleteBlockedReason', () => {
  it.each<[string, Image]>([
    ['my normal image', image()],
    ['my image whose creation failed', image({ ImageState: 'CREATEFAILED' })],
    ['my image whose import failed', image({ ImageState: 'IMPORTFAILED' })],
  ])('allows deleting %s', (_name, img) => {
    expect(deleteBlockedReason(img, ME)).toBeUndefined();
  });

  it.each<[string, Image, string, string]>([
    [
      'my image shared with 2 accounts',
      image({ SharedAccountCount: 2 }),
      'InvalidImageId.InShared',
      'Cancel sharing with 2 accounts before deleting.',
    ],
    [
      'my image shared with 1 account',
      image({ SharedAccountCount: 1 }),
      'InvalidImageId.InShared',
      'Cancel sharing with 1 account before deleting.',
    ],
    ...(
      [
        ['SYNCING', 'copied'],
        ['IMPORTING', 'imported'],
        ['CREATING', 'created'],
      ] as [ImageState, string][]
    ).map(([state, doing]): [string, Image, string, string] => [
      `my ${state} image`,
      image({ ImageState: state }),
      'InvalidImageId.IncorrectState',
      `The image is still being ${doing}; it can be deleted once it is normal.`,
    ]),
    [
      'my image being copied to two regions, also shared (the copies first)',
      image({ CopyingTo: [copyTo('ap-beijing'), copyTo('ap-shanghai')], SharedAccountCount: 2 }),
      'InvalidImageId.IncorrectState',
      'The image is being copied to 2 other regions; it can be deleted once the copies are done.',
    ],
    [
      'my busy image that is also shared (state first)',
      image({ ImageState: 'SYNCING', SharedAccountCount: 2 }),
      'InvalidImageId.IncorrectState',
      'The image is still being copied; it can be deleted once it is normal.',
    ],
    ['an image shared with me', sharedIn, 'InvalidParameterValue.InvalidImageIdIsShared', 'shared with you'],
    ['a public image', publicImage, 'InvalidParameterValue.InvalidImageId', 'Public images cannot be deleted'],
    [
      'a marketplace image',
      marketImage,
      'InvalidParameterValue.InvalidImageId',
      'Marketplace images cannot be deleted',
    ],
    ["another account's image", foreign, 'UnauthorizedOperation.ImageNotBelongToAccount', 'another account'],
  ])('refuses %s', (_name, img, code, part) => {
    const v = deleteBlockedReason(img, ME);
    expectFieldViolation(v, code, 'ImageId', part);
  });
});
