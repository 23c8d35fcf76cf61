import { describe, it, expect } from 'vitest';
import { parseRequest } from './violation.ts';
import type { Image, ImageState } from './images.ts';
import { ARM_REGIONS, type InstanceTypeSpec } from './instance-types.ts';
import {
  defaultSystemDiskSize,
  imageRegionViolation,
  inquiryPriceRunInstancesRequestSchema,
  launchImageViolation,
  runInstancesRequestSchema,
  runInstancesViolation,
  systemDiskViolation,
  zoneViolation,
  type RunInstancesRequest,
} from './run-instances.ts';
import {
  expectFieldViolation,
  expectViolation,
  imageFixture,
  instanceType,
  publicImageFields,
} from '../test/fixtures.ts';

/** The 20 GB public TencentOS image. */
const image = (overrides: Partial<Image> = {}) =>
  imageFixture({ ...publicImageFields, ImageName: 'TencentOS Server 3.1 (TK4)', ImageSize: 20, ...overrides });

describe('defaultSystemDiskSize', () => {
  it.each([
    [20, 50],
    [50, 50],
    [51, 51],
    [80, 80],
  ])('an image of %i GB gets a %i GB disk', (size, disk) => {
    expect(defaultSystemDiskSize({ ImageSize: size })).toBe(disk);
  });
});

describe('launchImageViolation', () => {
  it.each<[string, Image, InstanceTypeSpec | undefined]>([
    ['x86_64 on S5', image(), instanceType('S5.MEDIUM4')],
    ['i386 on SA5', image({ Architecture: 'i386' }), instanceType('SA5.MEDIUM4')],
    ['arm on SR1', image({ Architecture: 'arm' }), instanceType('SR1.MEDIUM4')],
    ['arm before a type is chosen', image({ Architecture: 'arm' }), undefined],
  ])('allows %s', (_name, img, t) => {
    expect(launchImageViolation(img, t)).toBeUndefined();
  });

  it.each<[string, Image, InstanceTypeSpec | undefined, string, string[]]>([
    [
      'x86_64 on SR1',
      image(),
      instanceType('SR1.MEDIUM4'),
      'InvalidParameterValue.InvalidImageForGivenInstanceType',
      ['64-bit x86 image', 'SR1.MEDIUM4', 'an ARM instance type'],
    ],
    [
      'i386 on SR1',
      image({ Architecture: 'i386' }),
      instanceType('SR1.LARGE8'),
      'InvalidParameterValue.InvalidImageForGivenInstanceType',
      ['32-bit x86 image', 'SR1.LARGE8'],
    ],
    // Note (reported): the message reads "an 64-bit x86 instance type"; should be "a 64-bit x86 instance type".
    [
      'arm on S5',
      image({ Architecture: 'arm' }),
      instanceType('S5.SMALL1'),
      'InvalidParameterValue.InvalidImageForGivenInstanceType',
      ['ARM image', 'S5.SMALL1', '64-bit x86 instance type'],
    ],
    ...(
      [
        ['CREATING', 'The image is still being created; it can be launched once it is normal.'],
        ['SYNCING', 'The image is still being copied; it can be launched once it is normal.'],
        ['IMPORTING', 'The image is still being imported; it can be launched once it is normal.'],
        ['CREATEFAILED', 'Creating the image failed, so it cannot be launched; delete it and create it again.'],
        ['IMPORTFAILED', 'Importing the image failed, so it cannot be launched; delete it and import the file again.'],
      ] as [ImageState, string][]
    ).map(([state, message]): [string, Image, InstanceTypeSpec | undefined, string, string[]] => [
      `a ${state} image`,
      image({ ImageState: state }),
      instanceType('S5.MEDIUM4'),
      'InvalidImageId.IncorrectState',
      [message],
    ]),
    [
      'a busy image before a type is chosen',
      image({ ImageState: 'SYNCING' }),
      undefined,
      'InvalidImageId.IncorrectState',
      ['The image is still being copied; it can be launched once it is normal.'],
    ],
  ])('refuses %s', (_name, img, t, code, parts) => {
    const v = launchImageViolation(img, t);
    expectFieldViolation(v, code, 'ImageId', ...parts);
  });
});

describe('runInstancesViolation', () => {
  const req = (overrides: Partial<RunInstancesRequest> = {}) => ({
    Placement: { Zone: 'ap-guangzhou-3' },
    InstanceType: 'S5.MEDIUM4',
    ...overrides,
  });
  const gz = { regionId: 'ap-guangzhou', zoneState: 'AVAILABLE' as const, instancesInZone: 0 };

  it.each<[string, ReturnType<typeof req>, Image, typeof gz]>([
    ['the default disk', req(), image(), gz],
    ['a disk as big as the image', req({ SystemDisk: { DiskSize: 60 } }), image({ ImageSize: 60 }), gz],
    ['an image bigger than the default disk, no disk given', req(), image({ ImageSize: 80 }), gz],
    ['an ARM type in an ARM region', req({ InstanceType: 'SR1.MEDIUM4' }), image({ Architecture: 'arm' }), gz],
    [
      'an x86 type overseas',
      req({ Placement: { Zone: 'ap-hongkong-2' } }),
      image(),
      { regionId: 'ap-hongkong', zoneState: 'AVAILABLE', instancesInZone: 0 },
    ],
    ['the last instances the zone quota allows', req({ InstanceCount: 5 }), image(), { ...gz, instancesInZone: 25 }],
  ])('allows %s', (_name, r, img, ctx) => {
    expect(runInstancesViolation(r, img, ctx)).toBeUndefined();
  });

  it.each<
    [
      string,
      ReturnType<typeof req>,
      Image,
      { regionId: string; zoneState: 'AVAILABLE' | 'UNAVAILABLE' | undefined; instancesInZone: number },
      string,
      string,
      string[],
    ]
  >([
    [
      'a sold-out zone',
      req({ Placement: { Zone: 'ap-guangzhou-1' } }),
      image(),
      { regionId: 'ap-guangzhou', zoneState: 'UNAVAILABLE', instancesInZone: 0 },
      'ResourcesSoldOut.SpecifiedInstanceType',
      'Placement.Zone',
      ['ap-guangzhou-1', 'sold out'],
    ],
    [
      'a zone of another region',
      req({ Placement: { Zone: 'ap-shanghai-2' } }),
      image(),
      { regionId: 'ap-guangzhou', zoneState: undefined, instancesInZone: 0 },
      'InvalidZone.MismatchRegion',
      'Placement.Zone',
      ['ap-shanghai-2', 'ap-guangzhou'],
    ],
    [
      'an unknown instance type',
      req({ InstanceType: 'S9.HUGE' }),
      image(),
      gz,
      'InvalidParameterValue.InstanceTypeNotFound',
      'InstanceType',
      ['S9.HUGE', 'ap-guangzhou'],
    ],
    [
      'an ARM type outside ARM regions',
      req({ Placement: { Zone: 'ap-hongkong-2' }, InstanceType: 'SR1.MEDIUM4' }),
      image({ Architecture: 'arm' }),
      { regionId: 'ap-hongkong', zoneState: 'AVAILABLE', instancesInZone: 0 },
      'InvalidParameterValue.InstanceTypeNotFound',
      'InstanceType',
      ['SR1.MEDIUM4', 'ap-hongkong'],
    ],
    [
      'an image of the wrong architecture',
      req({ InstanceType: 'SR1.MEDIUM4' }),
      image(),
      gz,
      'InvalidParameterValue.InvalidImageForGivenInstanceType',
      'ImageId',
      ['SR1.MEDIUM4'],
    ],
    [
      'a busy image',
      req(),
      image({ ImageState: 'CREATING' }),
      gz,
      'InvalidImageId.IncorrectState',
      'ImageId',
      ['still being created', 'launched once it is normal'],
    ],
    [
      'a disk smaller than the image',
      req({ SystemDisk: { DiskSize: 40 } }),
      image({ ImageSize: 60 }),
      gz,
      'InvalidParameterValue.InvalidDiskSize',
      'SystemDisk.DiskSize',
      ['60 GB', '40 GB'],
    ],
    [
      'one instance more than the zone quota',
      req({ InstanceCount: 6 }),
      image(),
      { ...gz, instancesInZone: 25 },
      'InstancesQuotaLimitExceeded',
      'InstanceCount',
      ['You have 25 of 30 instances in ap-guangzhou-3, so at most 5 more can be launched there, not 6.'],
    ],
    [
      'a full zone',
      req(),
      image(),
      { ...gz, instancesInZone: 30 },
      'InstancesQuotaLimitExceeded',
      'InstanceCount',
      ['You have 30 of 30 instances in ap-guangzhou-3, so no more can be launched there; choose another zone.'],
    ],
    [
      'a disk smaller than the image in a full zone (the disk first)',
      req({ SystemDisk: { DiskSize: 40 } }),
      image({ ImageSize: 60 }),
      { ...gz, instancesInZone: 30 },
      'InvalidParameterValue.InvalidDiskSize',
      'SystemDisk.DiskSize',
      ['60 GB'],
    ],
  ])('refuses %s', (_name, r, img, ctx, code, field, parts) => {
    const v = runInstancesViolation(r, img, ctx);
    expectFieldViolation(v, code, field, ...parts);
  });
});

describe('runInstancesRequestSchema / inquiryPriceRunInstancesRequestSchema', () => {
  const base = { Placement: { Zone: 'ap-guangzhou-3' }, ImageId: 'img-abcd1234', InstanceType: 'S5.MEDIUM4' };

  it.each<[string, unknown]>([
    ['the required parameters', base],
    ['InstanceCount 1', { ...base, InstanceCount: 1 }],
    ['InstanceCount 100', { ...base, InstanceCount: 100 }],
    ['DiskSize 20', { ...base, SystemDisk: { DiskSize: 20 } }],
    ['DiskSize 1024', { ...base, SystemDisk: { DiskType: 'CLOUD_SSD', DiskSize: 1024 } }],
    ['a 60-character name', { ...base, InstanceName: 'n'.repeat(60) }],
    [
      'SDK extras',
      { ...base, InternetAccessible: { InternetMaxBandwidthOut: 1 }, LoginSettings: { Password: 'x' }, DryRun: true },
    ],
    ['data disks', { ...base, DataDisks: [{ DiskSize: 10 }, { DiskSize: 32000 }] }],
  ])('accept %s', (_name, input) => {
    expect(parseRequest(runInstancesRequestSchema, input).ok).toBe(true);
    expect(parseRequest(inquiryPriceRunInstancesRequestSchema, input).ok).toBe(true);
  });

  it.each<[string, unknown, string, string, string[]]>([
    ['InstanceCount 0', { ...base, InstanceCount: 0 }, 'InvalidParameterValue.Range', 'InstanceCount', ['1 and 100']],
    [
      'InstanceCount 101',
      { ...base, InstanceCount: 101 },
      'InvalidParameterValue.Range',
      'InstanceCount',
      ['1 and 100'],
    ],
    [
      'InstanceCount 1.5',
      { ...base, InstanceCount: 1.5 },
      'InvalidParameter',
      'InstanceCount',
      ['Instance count must be a whole number.'],
    ],
    [
      'DiskSize 25.5',
      { ...base, SystemDisk: { DiskSize: 25.5 } },
      'InvalidParameter',
      'SystemDisk.DiskSize',
      ['System disk size must be a whole number of GB.'],
    ],
    [
      'DiskSize "50", a string',
      { ...base, SystemDisk: { DiskSize: '50' } },
      'InvalidParameter',
      'SystemDisk.DiskSize',
      ['must be a number, not a string'],
    ],
    [
      'DiskSize 19',
      { ...base, SystemDisk: { DiskSize: 19 } },
      'InvalidParameterValue.Range',
      'SystemDisk.DiskSize',
      ['20 and 1024 GB'],
    ],
    [
      'DiskSize 1025',
      { ...base, SystemDisk: { DiskSize: 1025 } },
      'InvalidParameterValue.Range',
      'SystemDisk.DiskSize',
      ['20 and 1024 GB'],
    ],
    [
      'an unknown disk type',
      { ...base, SystemDisk: { DiskType: 'LOCAL_BASIC' } },
      'InvalidParameterValue',
      'SystemDisk.DiskType',
      ['"CLOUD_PREMIUM"'],
    ],
    [
      'a 9 GB data disk',
      { ...base, DataDisks: [{ DiskSize: 9 }] },
      'InvalidParameterValue',
      'DataDisks.0.DiskSize',
      ['at least 10'],
    ],
    [
      '21 data disks',
      { ...base, DataDisks: Array.from({ length: 21 }, () => ({ DiskSize: 10 })) },
      'InvalidParameterValue.LimitExceeded',
      'DataDisks',
      ['20'],
    ],
    [
      'an empty name',
      { ...base, InstanceName: '' },
      'InvalidParameterValue.TooLarge',
      'InstanceName',
      ['cannot be empty'],
    ],
    [
      'a 61-character name',
      { ...base, InstanceName: 'n'.repeat(61) },
      'InvalidParameterValue.TooLarge',
      'InstanceName',
      ['at most 60'],
    ],
    [
      'no Placement',
      { ImageId: 'img-abcd1234', InstanceType: 'S5.MEDIUM4' },
      'MissingParameter',
      'Placement',
      ['`Placement`'],
    ],
    [
      'no ImageId',
      { Placement: { Zone: 'ap-guangzhou-3' }, InstanceType: 'S5.MEDIUM4' },
      'MissingParameter',
      'ImageId',
      ['`ImageId`'],
    ],
    ['a malformed ImageId', { ...base, ImageId: 'centos' }, 'InvalidImageId.Malformed', 'ImageId', ['img-']],
    [
      'an unknown charge type',
      { ...base, InstanceChargeType: 'MONTHLY' },
      'InvalidParameterValue',
      'InstanceChargeType',
      ['"POSTPAID_BY_HOUR"'],
    ],
    [
      'an unknown Placement key',
      { ...base, Placement: { Zone: 'ap-guangzhou-3', HostId: 'h' } },
      'UnknownParameter',
      'Placement.HostId',
      ['`Placement.HostId`'],
    ],
    ['an unknown key', { ...base, KeyIds: ['k'] }, 'UnknownParameter', 'KeyIds', ['`KeyIds`']],
  ])('reject %s', (_name, input, code, field, parts) => {
    for (const schema of [runInstancesRequestSchema, inquiryPriceRunInstancesRequestSchema]) {
      const result = parseRequest(schema, input);
      expect(result.ok).toBe(false);
      if (result.ok) return;
      expectViolation(result.violation, code, ...parts);
      expect(result.violation.field).toBe(field);
    }
  });
});

describe('zoneViolation', () => {
  it('allows an available zone', () => {
    expect(zoneViolation({ Zone: 'ap-guangzhou-3', ZoneState: 'AVAILABLE' })).toBeUndefined();
  });
  it('refuses a sold-out zone, naming it', () => {
    const v = zoneViolation({ Zone: 'ap-guangzhou-1', ZoneState: 'UNAVAILABLE' });
    expectFieldViolation(v, 'ResourcesSoldOut.SpecifiedInstanceType', 'Placement.Zone', 'ap-guangzhou-1', 'sold out');
  });
});

describe('systemDiskViolation', () => {
  it.each([
    [20, 20],
    [50, 20],
    [1024, 60],
  ])('allows a %i GB disk for a %i GB image', (size, imageSize) => {
    expect(systemDiskViolation(size, { ImageSize: imageSize })).toBeUndefined();
  });
  it('refuses a disk smaller than the image, naming both sizes', () => {
    const v = systemDiskViolation(40, { ImageSize: 60 });
    expectFieldViolation(
      v,
      'InvalidParameterValue.InvalidDiskSize',
      'SystemDisk.DiskSize',
      'at least 60 GB',
      'got 40 GB',
    );
  });
});

describe('imageRegionViolation', () => {
  it('says an ARM image cannot launch in a region that sells no ARM type, naming the region', () => {
    expect(ARM_REGIONS).not.toContain('ap-chengdu');
    expectFieldViolation(
      imageRegionViolation(image({ Architecture: 'arm' }), 'ap-chengdu'),
      'InvalidParameterValue.InvalidImageForGivenInstanceType',
      'ImageId',
      'No instance type sold in Chengdu runs ARM images, so this image has no instance type to run on here; choose another image, or copy it to a region that sells such types.',
    );
  });

  it.each([
    ['an ARM image where ARM is sold', 'arm', 'ap-guangzhou'],
    ['an x86 image anywhere', 'x86_64', 'ap-chengdu'],
    ['a 32-bit image on x86 types', 'i386', 'ap-hongkong'],
  ] as const)('accepts %s', (_what, arch, region) => {
    expect(imageRegionViolation(image({ Architecture: arch }), region)).toBeUndefined();
  });

  it('judges by the offers given (what DescribeInstanceTypeConfigs answered), and says nothing of none', () => {
    const arm = image({ Architecture: 'arm' });
    expect(imageRegionViolation(arm, 'ap-guangzhou', [{ InstanceType: 'S5.MEDIUM4' }])?.key).toBe('launch.archNotSold');
    expect(imageRegionViolation(arm, 'ap-chengdu', [])).toBeUndefined();
  });
});
