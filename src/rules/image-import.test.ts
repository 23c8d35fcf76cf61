import { describe, it, expect } from 'vitest';
import { parseRequest } from './violation.ts';
import { importFormatOf, importImageRequestSchema, importOsViolation, importUrlViolation } from './image-import.ts';
import { expectFieldViolation, requestRefusal } from '../test/fixtures.ts';

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
      'a 1,025-character ImageUrl, named as the form names it',
      { ...valid, ImageUrl: 'u'.repeat(1025) },
      'InvalidParameterValue.TooLarge',
      'ImageUrl',
      ['Image file URL must be at most 1024 characters (it has 1025).'],
    ],
    [
      "a data disk's 1,025-character ImageUrl",
      { ...valid, ImportImageDataDiskList: [{ ImageUrl: 'u'.repeat(1025) }] },
      'InvalidParameterValue.TooLarge',
      'ImportImageDataDiskList.0.ImageUrl',
      ['at most 1024 characters (it has 1025)'],
    ],
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
    const v = requestRefusal(importImageRequestSchema, input);
    expectFieldViolation(v, code, field, ...parts);
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
    [
      'a 10,000-character URL, said with its length before anything else',
      'x'.repeat(10_000),
      false,
      'InvalidParameterValue.TooLarge',
      'ImageUrl',
      ['Image file URL must be at most 1024 characters (it has 10000).'],
    ],
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
