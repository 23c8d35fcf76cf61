import { describe, it, expect } from 'vitest';
import { z } from './zod.ts';
import { parseRequest, type Violation } from './violation.ts';
import {
  BUSY_STATES,
  describeImagesRequestSchema,
  imageKind,
  imageSchema,
  isBusyImage,
  stateLabels,
  stateViolation,
  type ImageAction,
  type Image,
  type ImageState,
} from './images.ts';
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
import { importFormatOf, importImageRequestSchema, importOsViolation, importUrlViolation } from './image-import.ts';
import { renderMessage } from './messages/render.ts';
import { expectFieldViolation, expectViolation, imageFixture, publicImageFields } from '../test/fixtures.ts';

const ME = '100000000001';
const OTHER = '100000000002';

/** A custom image of ME with its system-disk snapshot. */
const image = (overrides: Partial<Image> = {}) =>
  imageFixture({
    SnapshotSet: [{ SnapshotId: 'snap-abcd1234', DiskUsage: 'SYSTEM_DISK', DiskSize: 50 }],
    ...overrides,
  });

const publicImage = image({ ...publicImageFields, SnapshotSet: [] });
const marketImage = image({
  ImageType: 'MARKET_IMAGE',
  ImageCreator: 'vendor',
  ImageSource: 'OFFICIAL',
  MarketInfo: { Vendor: 'Bitnami', Software: ['WordPress 6'], PriceMode: 'FREE', Price: 0, Audited: true },
});
const sharedIn = image({ ImageType: 'SHARED_IMAGE', ImageCreator: OTHER });
const foreign = image({ ImageType: 'PRIVATE_IMAGE', ImageCreator: OTHER });

function rejected(result: ReturnType<typeof parseRequest>): Violation {
  if (result.ok) throw new Error('expected the request to be rejected');
  return result.violation;
}

describe('image fixture', () => {
  it('is a valid Image', () => {
    for (const i of [image(), publicImage, marketImage, sharedIn, foreign])
      expect(z.strictObject(imageSchema.shape).parse(i)).toEqual(i);
  });
});

const filter = (Name: string, n = 1) => ({ Name, Values: Array.from({ length: n }, (_, i) => `v${i}`) });

describe('describeImagesRequestSchema', () => {
  it.each<[string, unknown]>([
    ['an empty request', {}],
    ['Limit 1', { Limit: 1 }],
    ['Limit 100', { Limit: 100 }],
    ['Offset 0', { Offset: 0 }],
    ['Offset 1000', { Offset: 1000 }],
    ['100 image ids', { ImageIds: Array.from({ length: 100 }, () => 'img-abcd1234') }],
    ['10 filters', { Filters: Array.from({ length: 10 }, () => filter('image-type')) }],
    ['a filter with 5 values', { Filters: [filter('platform', 5)] }],
    [
      'every documented filter',
      { Filters: ['image-id', 'image-type', 'image-name', 'platform', 'tag-key', 'tag-value'].map((n) => filter(n)) },
    ],
    ['the console extensions', { Filters: ['image-state', 'architecture', 'keyword'].map((n) => filter(n)) }],
    ['a tag:<key> filter', { Filters: [filter('tag:env')] }],
    ['an InstanceType', { InstanceType: 'S5.MEDIUM4' }],
    ['sorting', { OrderField: 'ImageName', Order: 'DESC' }],
  ])('accepts %s', (_name, input) => {
    expect(parseRequest(describeImagesRequestSchema, input).ok).toBe(true);
  });

  it.each<[string, unknown, string, string | undefined, string[]]>([
    ['Limit 0', { Limit: 0 }, 'InvalidParameterValue.InvalidParameterValueLimit', 'Limit', ['Limit', '1', '100']],
    ['Limit 101', { Limit: 101 }, 'InvalidParameterValue.InvalidParameterValueLimit', 'Limit', ['Limit', '100']],
    ['Limit as a string', { Limit: '20' }, 'InvalidParameter', 'Limit', ['`Limit`', 'not a string']],
    ['Limit 1.5', { Limit: 1.5 }, 'InvalidParameter', 'Limit', ['`Limit`', 'an integer']],
    ['Offset -1', { Offset: -1 }, 'InvalidParameterValue', 'Offset', ['Offset', '0 or more']],
    [
      '11 filters',
      { Filters: Array.from({ length: 11 }, () => filter('image-type')) },
      'InvalidParameterValue.LimitExceeded',
      'Filters',
      ['10', 'got 11'],
    ],
    [
      'a filter with 6 values',
      { Filters: [filter('platform', 6)] },
      'InvalidFilterValue.LimitExceeded',
      'Filters.0.Values',
      ['"platform"', '5', 'got 6'],
    ],
    [
      'a filter with no values',
      { Filters: [filter('platform', 0)] },
      'InvalidFilterValue.LimitExceeded',
      'Filters.0.Values',
      ['"platform"', 'at least one'],
    ],
    [
      'an unknown filter',
      { Filters: [filter('image-type'), filter('colour')] },
      'InvalidFilter',
      'Filters.1.Name',
      ['"colour"', 'image-type'],
    ],
    [
      'a filter with an extra key',
      { Filters: [{ Name: 'platform', Values: ['x'], Op: 'eq' }] },
      'UnknownParameter',
      'Filters.0.Op',
      ['`Filters.0.Op`'],
    ],
    [
      'a filter value over 256 characters',
      { Filters: [{ Name: 'platform', Values: ['x'.repeat(257)] }] },
      'InvalidParameterValue.TooLarge',
      'Filters.0.Values.0',
      ['256'],
    ],
    [
      'ImageIds with Filters',
      { ImageIds: ['img-abcd1234'], Filters: [filter('platform')] },
      'InvalidParameter.InvalidParameterCoexistImageIdsFilters',
      'ImageIds',
      ['ImageIds', 'Filters'],
    ],
    ['an unknown key', { Foo: 1 }, 'UnknownParameter', 'Foo', ['`Foo`']],
    [
      'a malformed image id',
      { ImageIds: ['img-abcd1234', 'img-BAD'] },
      'InvalidImageId.Malformed',
      'ImageIds.1',
      ['img-'],
    ],
    [
      '101 image ids',
      { ImageIds: Array.from({ length: 101 }, () => 'img-abcd1234') },
      'InvalidParameterValue.LimitExceeded',
      'ImageIds',
      ['`ImageIds`', '100'],
    ],
    [
      'an unknown OrderField',
      { OrderField: 'Price' },
      'InvalidParameterValue',
      'OrderField',
      ['`OrderField`', '"CreatedTime"'],
    ],
    ['a lower-case Order', { Order: 'asc' }, 'InvalidParameterValue', 'Order', ['"ASC", "DESC"']],
  ])('rejects %s', (_name, input, code, field, parts) => {
    const v = rejected(parseRequest(describeImagesRequestSchema, input));
    expectFieldViolation(v, code, field, ...parts);
  });
});

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
    const v = rejected(parseRequest(createImageRequestSchema, input));
    expectFieldViolation(v, code, field, ...parts);
  });
});

describe('importImageRequestSchema', () => {
  const valid = {
    Architecture: 'x86_64',
    OsType: 'CentOS',
    OsVersion: '7',
    ImageUrl: 'https://images-1250000000.cos.ap-guangzhou.myqcloud.com/centos.qcow2',
    ImageName: 'imported',
  };

  it.each<[string, unknown]>([
    ['the required parameters', valid],
    ['arm_64', { ...valid, Architecture: 'arm_64' }],
    [
      'every option',
      {
        ...valid,
        ImageDescription: 'from the lab',
        DryRun: false,
        Force: true,
        LicenseType: 'BYOL',
        BootMode: 'UEFI',
        ImageFamily: 'lab',
        ImportImageDataDiskList: [{ ImageUrl: 'https://b-1.cos.ap-guangzhou.myqcloud.com/d.raw' }],
      },
    ],
  ])('accepts %s', (_name, input) => {
    expect(parseRequest(importImageRequestSchema, input).ok).toBe(true);
  });

  it.each<[string, unknown, string, string, string[]]>([
    ['no ImageUrl', { ...valid, ImageUrl: undefined }, 'MissingParameter', 'ImageUrl', ['`ImageUrl`']],
    ['no Architecture', { ...valid, Architecture: undefined }, 'MissingParameter', 'Architecture', ['`Architecture`']],
    ['an empty ImageUrl', { ...valid, ImageUrl: '' }, 'InvalidParameterValue', 'ImageUrl', ['`ImageUrl`', 'empty']],
    [
      'architecture "arm"',
      { ...valid, Architecture: 'arm' },
      'InvalidParameterValue',
      'Architecture',
      ['"x86_64", "i386", "arm_64"'],
    ],
    ['an empty OsType', { ...valid, OsType: '' }, 'InvalidParameterValue', 'OsType', ['`OsType`', 'empty']],
    [
      'a 61-character name',
      { ...valid, ImageName: 'n'.repeat(61) },
      'InvalidParameterValue.TooLarge',
      'ImageName',
      ['60'],
    ],
    [
      'a 257-character description',
      { ...valid, ImageDescription: 'd'.repeat(257) },
      'InvalidParameterValue.TooLarge',
      'ImageDescription',
      ['256'],
    ],
    [
      'Force as a string',
      { ...valid, Force: 'yes' },
      'InvalidParameter',
      'Force',
      ['`Force`', 'a boolean, not a string'],
    ],
    [
      'an unknown BootMode',
      { ...valid, BootMode: 'EFI' },
      'InvalidParameterValue',
      'BootMode',
      ['"Legacy BIOS", "UEFI"'],
    ],
    [
      'an unknown LicenseType',
      { ...valid, LicenseType: 'Free' },
      'InvalidParameterValue',
      'LicenseType',
      ['"TencentCloud", "BYOL"'],
    ],
    [
      '6 data disks',
      { ...valid, ImportImageDataDiskList: Array.from({ length: 6 }, () => ({ ImageUrl: 'u' })) },
      'InvalidParameterValue.LimitExceeded',
      'ImportImageDataDiskList',
      ['5'],
    ],
    ['an unknown key', { ...valid, Format: 'qcow2' }, 'UnknownParameter', 'Format', ['`Format`']],
  ])('rejects %s', (_name, input, code, field, parts) => {
    const v = rejected(parseRequest(importImageRequestSchema, input));
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
    const v = rejected(parseRequest(modifyImageAttributeRequestSchema, input));
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
    const v = rejected(parseRequest(deleteImagesRequestSchema, input));
    expectFieldViolation(v, code, field, ...parts);
  });
});

describe('describeImageQuotaRequestSchema', () => {
  it('takes no parameters', () => {
    expect(parseRequest(describeImageQuotaRequestSchema, {}).ok).toBe(true);
    expectViolation(
      rejected(parseRequest(describeImageQuotaRequestSchema, { Region: 'x' })),
      'UnknownParameter',
      '`Region`',
    );
  });
});

describe('imageKind', () => {
  it.each([
    ['a public image', publicImage, 'public'],
    ['a marketplace image', marketImage, 'market'],
    ['an image shared with me', sharedIn, 'shared'],
    ['my custom image', image(), 'own'],
    ["another account's custom image", foreign, 'foreign'],
  ] as const)('%s is %s', (_name, img, kind) => {
    expect(imageKind(img, ME)).toBe(kind);
  });
});

describe('stateLabels', () => {
  it('labels every state, with SYNCING shown as copying', () => {
    expect(Object.keys(stateLabels).sort()).toEqual([
      'CREATEFAILED',
      'CREATING',
      'IMPORTFAILED',
      'IMPORTING',
      'NORMAL',
      'SYNCING',
    ]);
    expect(stateLabels.SYNCING).toBe('Copying');
  });
  it('treats creating, copying and importing as busy', () => {
    expect([...BUSY_STATES].sort()).toEqual(['CREATING', 'IMPORTING', 'SYNCING']);
  });
});

describe('stateViolation', () => {
  it.each<[ImageState, ImageAction, string]>([
    ['CREATING', 'share', 'The image is still being created; it can be shared once it is normal.'],
    ['IMPORTING', 'share', 'The image is still being imported; it can be shared once it is normal.'],
    ['SYNCING', 'share', 'The image is still being copied; it can be shared once it is normal.'],
    ['CREATEFAILED', 'copy', 'Creating the image failed, so it cannot be copied; delete it and create it again.'],
    [
      'IMPORTFAILED',
      'launch',
      'Importing the image failed, so it cannot be launched; delete it and import the file again.',
    ],
    ['SYNCING', 'edit', 'The image is still being copied; it can be edited once it is normal.'],
    ['CREATING', 'delete', 'The image is still being created; it can be deleted once it is normal.'],
  ])('explains %s for what cannot be done (%s)', (state, action, message) => {
    expectFieldViolation(stateViolation('X', state, action, 'ImageId'), 'X', 'ImageId', message);
    expect(renderMessage(stateViolation('X', state, action, 'ImageId'))).toBe(message);
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

/** A copy of the image still being made in `Region`. */
const copyTo = (Region: string) => ({ ImageId: 'img-copy0001', Region, SyncPercent: 40 });

describe('isBusyImage', () => {
  it.each<[string, Image, boolean]>([
    ['a normal image', image(), false],
    ['a normal image with no copy in flight', image({ CopyingTo: [] }), false],
    ['a normal image on an endpoint without the extension', image({ CopyingTo: undefined }), false],
    ['a failed import', image({ ImageState: 'IMPORTFAILED' }), false],
    ['an image being created', image({ ImageState: 'CREATING' }), true],
    ['an image being imported', image({ ImageState: 'IMPORTING' }), true],
    ['a copy being made', image({ ImageState: 'SYNCING' }), true],
    ['the source of a copy being made', image({ CopyingTo: [copyTo('ap-beijing')] }), true],
  ])('%s: %s', (_name, img, busy) => {
    expect(isBusyImage(img)).toBe(busy);
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

describe('importOsViolation', () => {
  const osList = [
    { OsName: 'CentOS', OsVersions: ['6', '7'], Architecture: ['x86_64', 'i386'] },
    { OsName: 'Ubuntu', OsVersions: ['20.04', '22.04'], Architecture: ['x86_64', 'arm_64'] },
  ];

  it.each([
    ['CentOS 7 x86_64', 'CentOS', '7', 'x86_64'],
    ['CentOS 6 i386', 'CentOS', '6', 'i386'],
    ['Ubuntu 22.04 arm_64', 'Ubuntu', '22.04', 'arm_64'],
  ])('allows %s', (_name, OsType, OsVersion, Architecture) => {
    expect(importOsViolation(osList, { OsType, OsVersion, Architecture: Architecture as 'x86_64' })).toBeUndefined();
  });

  it.each([
    [
      'an unknown OS',
      'Gentoo',
      '1',
      'x86_64',
      'InvalidImageOsType.Unsupported',
      'OsType',
      ['"Gentoo"', 'CentOS, Ubuntu'],
    ],
    [
      'an unknown version',
      'CentOS',
      '8',
      'x86_64',
      'InvalidImageOsVersion.Unsupported',
      'OsVersion',
      ['CentOS', '"8"', '6, 7'],
    ],
    [
      'an unsupported architecture',
      'CentOS',
      '7',
      'arm_64',
      'InvalidParameterValue',
      'Architecture',
      ['CentOS', 'x86_64 or i386'],
    ],
  ])('refuses %s', (_name, OsType, OsVersion, Architecture, code, field, parts) => {
    const v = importOsViolation(osList, { OsType, OsVersion, Architecture: Architecture as 'x86_64' });
    expectFieldViolation(v, code, field, ...parts);
  });
});

describe('importUrlViolation', () => {
  const cos = (region: string, file: string) => `https://images-1250000000.cos.${region}.myqcloud.com/${file}`;

  it.each([
    ['a qcow2 file', cos('ap-guangzhou', 'centos.qcow2'), false],
    ['a raw file over http', cos('ap-guangzhou', 'disk.raw').replace('https', 'http'), false],
    ['a vhd file in a folder', cos('ap-guangzhou', 'a/b/disk.vhd'), false],
    ['a vmdk file in upper case', cos('ap-guangzhou', 'DISK.VMDK'), false],
    ['an .img file', cos('ap-guangzhou', 'disk.img'), false],
    ['an ISO with forced import', cos('ap-guangzhou', 'install.iso'), true],
  ])('accepts %s', (_name, url, force) => {
    expect(importUrlViolation(url, 'ap-guangzhou', force)).toBeUndefined();
  });

  it.each([
    ['not a URL', 'centos.qcow2', false, 'InvalidParameter.InvalidParameterUrlError', 'ImageUrl', ['full URL']],
    [
      'not a COS URL',
      'https://example.com/centos.qcow2',
      false,
      'InvalidParameter.InvalidParameterUrlError',
      'ImageUrl',
      ['COS bucket'],
    ],
    [
      'an ftp COS URL',
      cos('ap-guangzhou', 'c.qcow2').replace('https', 'ftp'),
      false,
      'InvalidParameter.InvalidParameterUrlError',
      'ImageUrl',
      ['COS bucket'],
    ],
    [
      'a bucket in another region',
      cos('ap-shanghai', 'c.qcow2'),
      false,
      'InvalidParameter.InvalidParameterUrlError',
      'ImageUrl',
      ['Shanghai', 'Guangzhou'],
    ],
    [
      'a bucket in an unknown region',
      cos('ap-mumbai', 'c.qcow2'),
      false,
      'InvalidParameter.InvalidParameterUrlError',
      'ImageUrl',
      ['ap-mumbai', 'Guangzhou'],
    ],
    [
      'a zip file',
      cos('ap-guangzhou', 'c.zip'),
      false,
      'InvalidParameter.InvalidParameterUrlError',
      'ImageUrl',
      ['.qcow2', '.iso'],
    ],
    [
      'a file without extension',
      cos('ap-guangzhou', 'disk'),
      false,
      'InvalidParameter.InvalidParameterUrlError',
      'ImageUrl',
      ['.raw'],
    ],
    [
      'an ISO without forced import',
      cos('ap-guangzhou', 'install.iso'),
      false,
      'InvalidParameterValue.ISOMustImportByForce',
      'Force',
      ['ISO', 'forced import'],
    ],
  ])('refuses %s', (_name, url, force, code, field, parts) => {
    const v = importUrlViolation(url, 'ap-guangzhou', force);
    expectFieldViolation(v, code, field, ...parts);
  });
});

describe('importFormatOf', () => {
  it.each([
    ['/a.raw', 'RAW'],
    ['/a.img', 'RAW'],
    ['/a.IMG', 'RAW'],
    ['/a.vhd', 'VHD'],
    ['/a.qcow2', 'QCOW2'],
    ['/dir.v2/a.QCOW2', 'QCOW2'],
    ['/a.vmdk', 'VMDK'],
    ['/a.iso', 'ISO'],
    ['/a.tar.gz', undefined],
    ['/a.qcow2.zip', undefined],
    ['/a', undefined],
    ['', undefined],
  ])('%j is %s', (path, format) => {
    expect(importFormatOf(path)).toBe(format);
  });
});
