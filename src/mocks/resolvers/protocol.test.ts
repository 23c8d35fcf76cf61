// The API 3.0 envelope through msw/node: headers, body, parameter validation, regions and zones.
import { describe, expect, it } from 'vitest';
import { CVM_API_PATH } from '../../rules/protocol.ts';
import { regions } from '../../rules/regions.ts';
import {
  A1,
  A2,
  call,
  errorOf,
  imageNamed,
  ok,
  refused,
  runParams,
  storeSnapshot,
  UUID,
} from '../../test/api-calls.ts';

describe('the envelope', () => {
  it('answers a success as HTTP 200 { Response: { ...fields, RequestId } }', async () => {
    const response = await fetch(CVM_API_PATH, {
      method: 'POST',
      headers: {
        'Content-Type': 'application/json',
        'X-TC-Action': 'DescribeImageQuota',
        'X-TC-Version': '2017-03-12',
        'X-TC-Region': 'ap-guangzhou',
        'X-Mock-Account': A1,
      },
      body: '{}',
    });
    expect(response.status).toBe(200);
    expect(response.headers.get('content-type')).toMatch(/application\/json/);
    const body = (await response.json()) as { Response: Record<string, unknown> };
    expect(Object.keys(body)).toEqual(['Response']);
    expect(body.Response).toEqual({ ImageNumQuota: 10, RequestId: expect.stringMatching(UUID) });
  });

  it('answers an error as HTTP 200 with Response.Error { Code, Message } and a RequestId', async () => {
    const res = await call('NoSuchThing');
    expect(res).toEqual({
      Error: { Code: 'InvalidAction', Message: expect.stringContaining('NoSuchThing') },
      RequestId: expect.stringMatching(UUID),
    });
  });

  it('gives every request its own RequestId', async () => {
    const a = await call('DescribeImageQuota');
    const b = await call('DescribeImageQuota');
    expect(a.RequestId).not.toBe(b.RequestId);
  });

  it('also answers at the path without the trailing slash', async () => {
    const response = await fetch(CVM_API_PATH.replace(/\/$/, ''), {
      method: 'POST',
      headers: { 'X-TC-Action': 'DescribeImageQuota', 'X-TC-Version': '2017-03-12', 'X-TC-Region': 'ap-guangzhou' },
      body: '{}',
    });
    expect(((await response.json()) as { Response: { ImageNumQuota: number } }).Response.ImageNumQuota).toBe(10);
  });

  it('treats a request without X-Mock-Account as the default account', async () => {
    const response = await fetch(CVM_API_PATH, {
      method: 'POST',
      headers: { 'X-TC-Action': 'DescribeInstances', 'X-TC-Version': '2017-03-12', 'X-TC-Region': 'ap-guangzhou' },
      body: '{}',
    });
    const body = (await response.json()) as { Response: { TotalCount: number } };
    const asA1 = await ok<{ TotalCount: number }>('DescribeInstances', {}, { account: A1 });
    expect(body.Response.TotalCount).toBe(asA1.TotalCount);
  });
});

describe('headers', () => {
  it.each([
    ['a missing X-TC-Version', { version: null }, 'MissingParameter', /X-TC-Version/],
    ['an unknown X-TC-Version', { version: '2020-01-01' }, 'NoSuchVersion', /2020-01-01/],
    ['a missing X-TC-Region', { region: null }, 'MissingParameter', /X-TC-Region/],
    ['an unknown X-TC-Region', { region: 'ap-mars' }, 'InvalidRegion.NotFound', /ap-mars/],
    ['an unknown account', { account: '199999999999' }, 'AuthFailure.SecretIdNotFound', /199999999999/],
  ] as const)('refuses %s with %s', async (_what, options, code, message) => {
    const error = await errorOf('DescribeImages', {}, options);
    expect(error.Code).toBe(code);
    expect(error.Message).toMatch(message);
  });

  it('refuses a missing X-TC-Action with MissingParameter', async () => {
    const res = await call(null);
    expect(res.Error).toEqual({
      Code: 'MissingParameter',
      Message: expect.stringMatching(/X-TC-Action/),
      Field: 'X-TC-Action',
    });
  });

  it.each(['CreateInstance', 'describeimages', 'ProgramFpgaImage', 'constructor', 'toString'])(
    'refuses the action %s with InvalidAction',
    async (action) => {
      expect((await call(action)).Error?.Code).toBe('InvalidAction');
    },
  );

  it('checks the version before the action', async () => {
    expect((await call('NoSuchThing', {}, { version: '2019-01-01' })).Error?.Code).toBe('NoSuchVersion');
  });

  it('refuses a mutation with a bad header without touching the store', async () => {
    const error = await refused('DeleteImages', { ImageIds: ['img-aaaaaaaa'] }, { region: 'ap-mars' });
    expect(error.Code).toBe('InvalidRegion.NotFound');
  });

  it('answers DescribeRegions without a region', async () => {
    const res = await ok<{ TotalCount: number; RegionSet: { Region: string }[] }>(
      'DescribeRegions',
      {},
      { region: null },
    );
    expect(res.TotalCount).toBe(regions.length);
    expect(res.RegionSet.map((r) => r.Region)).toEqual(regions.map((r) => r.id));
  });
});

describe('the body', () => {
  it.each([
    ['not JSON', '{"Limit": 10'],
    ['plain text', 'Limit=10'],
  ])('refuses a body that is %s with InvalidParameter', async (_what, rawBody) => {
    const error = await errorOf('DescribeImages', undefined, { rawBody });
    expect(error.Code).toBe('InvalidParameter');
    expect(error.Message).toMatch(/JSON/);
  });

  it.each([
    ['an array', '[]'],
    ['a string', '"hello"'],
    ['a number', '42'],
    ['null', 'null'],
  ])('refuses a body that is %s with InvalidParameter', async (_what, rawBody) => {
    expect((await errorOf('DescribeImages', undefined, { rawBody })).Code).toBe('InvalidParameter');
  });

  it('accepts an empty body as no parameters', async () => {
    const res = await ok<{ TotalCount: number }>('DescribeImages', undefined, { rawBody: '' });
    expect(res.TotalCount).toBeGreaterThan(0);
  });

  it('refuses a mutation whose body is not JSON without touching the store', async () => {
    expect((await refused('DeleteImages', undefined, { rawBody: '{"ImageIds": [' })).Code).toBe('InvalidParameter');
  });
});

describe('parameters', () => {
  it.each([
    ['DescribeImages', { Foo: 1 }, 'Foo'],
    ['DescribeImageQuota', { ImageIds: [] }, 'ImageIds'],
    ['DescribeRegions', { Region: 'ap-guangzhou' }, 'Region'],
    ['DescribeImages', { Filters: [{ Name: 'platform', Values: ['Ubuntu'], Extra: true }] }, 'Filters.0.Extra'],
  ])('%s refuses the unknown parameter in %j with UnknownParameter', async (action, params, name) => {
    const error = await errorOf(action, params);
    expect(error.Code).toBe('UnknownParameter');
    expect(error.Message).toContain(`\`${name}\``);
  });

  it.each([
    ['DescribeImages', { Limit: '10' }, 'Limit'],
    ['DescribeImages', { Offset: '0' }, 'Offset'],
    ['DescribeImages', { ImageIds: 'img-aaaaaaaa' }, 'ImageIds'],
    ['DescribeImages', { Filters: [{ Name: 'platform', Values: 'Ubuntu' }] }, 'Filters.0.Values'],
    ['DescribeImages', { InstanceType: 5 }, 'InstanceType'],
    ['DeleteImages', { ImageIds: ['img-aaaaaaaa'], DryRun: 'true' }, 'DryRun'],
    ['RunInstances', { Placement: { Zone: 3 }, ImageId: 'img-aaaaaaaa', InstanceType: 'S5.MEDIUM4' }, 'Placement.Zone'],
    [
      'RunInstances',
      {
        Placement: { Zone: 'ap-guangzhou-3' },
        ImageId: 'img-aaaaaaaa',
        InstanceType: 'S5.MEDIUM4',
        InstanceCount: '2',
      },
      'InstanceCount',
    ],
    ['ModifyImageAttribute', { ImageId: 'img-aaaaaaaa', ImageName: 12 }, 'ImageName'],
  ])('%s refuses the wrong JSON type in %j with InvalidParameter naming %s', async (action, params, name) => {
    const error = await refused(action, params);
    expect(error.Code).toBe('InvalidParameter');
    expect(error.Message).toContain(`\`${name}\``);
  });

  it.each([
    [
      'ImportImage',
      {
        OsType: 'CentOS',
        OsVersion: '7',
        ImageUrl: 'https://b-1250000000.cos.ap-guangzhou.myqcloud.com/a.qcow2',
        ImageName: 'x',
      },
      'Architecture',
    ],
    ['ModifyImageSharePermission', { ImageId: 'img-aaaaaaaa', AccountIds: ['100000000002'] }, 'Permission'],
  ])('%s refuses a missing required enum parameter with MissingParameter naming it', async (action, params, name) => {
    const error = await refused(action, params);
    expect(error.Code).toBe('MissingParameter');
    expect(error.Message).toContain(`\`${name}\``);
  });

  it.each([
    ['DescribeImages', { OrderField: 5 }, 'OrderField'],
    [
      'ImportImage',
      {
        Architecture: 64,
        OsType: 'CentOS',
        OsVersion: '7',
        ImageUrl: 'https://b-1250000000.cos.ap-guangzhou.myqcloud.com/a.qcow2',
        ImageName: 'x',
      },
      'Architecture',
    ],
    [
      'ModifyImageSharePermission',
      { ImageId: 'img-aaaaaaaa', AccountIds: ['100000000002'], Permission: true },
      'Permission',
    ],
  ])('%s with a mistyped enum %j: InvalidParameter naming the expected type', async (action, params, name) => {
    const error = await refused(action, params);
    expect(error.Code).toBe('InvalidParameter');
    expect(error.Message).toContain(`\`${name}\` must be a string`);
  });

  // A number of the right JSON type but not an integer: said as a fraction, not as a wrong type.
  it('refuses a fractional Limit with InvalidParameter naming it and the value', async () => {
    const error = await errorOf('DescribeImages', { Limit: 2.5 });
    expect(error.Code).toBe('InvalidParameter');
    expect(error.Message).toBe('The parameter `Limit` must be a whole number (got 2.5).');
  });

  it('says what type was expected and what came', async () => {
    const error = await errorOf('DescribeImages', { Limit: '10' });
    expect(error.Message).toBe('The parameter `Limit` must be a number, not a string.');
  });

  it.each([
    ['DeleteImages', {}, 'ImageIds'],
    ['ModifyImageAttribute', {}, 'ImageId'],
    ['DescribeImageSharePermission', {}, 'ImageId'],
    [
      'ImportImage',
      {
        Architecture: 'x86_64',
        OsType: 'CentOS',
        OsVersion: '7',
        ImageUrl: 'https://b-1250000000.cos.ap-guangzhou.myqcloud.com/a.qcow2',
      },
      'ImageName',
    ],
    ['SyncImages', { ImageIds: ['img-aaaaaaaa'] }, 'DestinationRegions'],
    ['RunInstances', { ImageId: 'img-aaaaaaaa', InstanceType: 'S5.MEDIUM4' }, 'Placement'],
  ])('%s refuses a missing required parameter with MissingParameter naming it', async (action, params, name) => {
    const error = await refused(action, params);
    expect(error.Code).toBe('MissingParameter');
    expect(error.Message).toContain(`\`${name}\``);
  });

  it.each([
    ['a malformed image ID', 'DescribeImages', { ImageIds: ['img-ABC'] }, 'InvalidImageId.Malformed'],
    ['a malformed image ID', 'DeleteImages', { ImageIds: ['image-1'] }, 'InvalidImageId.Malformed'],
    ['a malformed instance ID', 'DescribeInstances', { InstanceIds: ['i-123'] }, 'InvalidInstanceId.Malformed'],
    ['Limit above 100', 'DescribeImages', { Limit: 101 }, 'InvalidParameterValue.InvalidParameterValueLimit'],
    ['Limit 0', 'DescribeImages', { Limit: 0 }, 'InvalidParameterValue.InvalidParameterValueLimit'],
    ['a negative Offset', 'DescribeImages', { Offset: -1 }, 'InvalidParameterValue'],
    [
      'ImageIds with Filters',
      'DescribeImages',
      { ImageIds: ['img-aaaaaaaa'], Filters: [{ Name: 'platform', Values: ['Ubuntu'] }] },
      'InvalidParameter.InvalidParameterCoexistImageIdsFilters',
    ],
    ['an unknown filter', 'DescribeImages', { Filters: [{ Name: 'colour', Values: ['blue'] }] }, 'InvalidFilter'],
    [
      'a filter with 6 values',
      'DescribeImages',
      { Filters: [{ Name: 'platform', Values: ['a', 'b', 'c', 'd', 'e', 'f'] }] },
      'InvalidFilterValue.LimitExceeded',
    ],
    [
      'a filter without values',
      'DescribeImages',
      { Filters: [{ Name: 'platform', Values: [] }] },
      'InvalidFilterValue.LimitExceeded',
    ],
    [
      '11 filters',
      'DescribeImages',
      { Filters: Array.from({ length: 11 }, () => ({ Name: 'platform', Values: ['Ubuntu'] })) },
      'InvalidParameterValue.LimitExceeded',
    ],
    ['an unknown OrderField', 'DescribeImages', { OrderField: 'Colour' }, 'InvalidParameterValue'],
    [
      'an unknown instance filter',
      'DescribeInstances',
      { Filters: [{ Name: 'colour', Values: ['blue'] }] },
      'InvalidFilter',
    ],
    ['an empty ImageIds', 'DeleteImages', { ImageIds: [] }, 'InvalidParameterValue'],
    [
      '101 ImageIds',
      'DeleteImages',
      { ImageIds: Array.from({ length: 101 }, (_, i) => `img-${String(i).padStart(8, '0')}`) },
      'InvalidParameterValue.LimitExceeded',
    ],
  ])('refuses %s (%s) with %s', async (_what, action, params, code) => {
    expect((await refused(action, params)).Code).toBe(code);
  });

  it('refuses DryRun on an action that does not take it', async () => {
    expect((await errorOf('DescribeImages', { DryRun: true })).Code).toBe('UnknownParameter');
  });

  it('never changes the store on reads', async () => {
    const before = storeSnapshot();
    await call('DescribeImages', { Limit: 100 });
    await call('DescribeInstances', {});
    await call('DescribeImageQuota', {});
    await call('DescribeImportImageOs', {});
    await call('DescribeZones', {});
    await call('DescribeRegions', {});
    await call('DescribeInstanceTypeConfigs', {});
    expect(storeSnapshot()).toBe(before);
  });
});

describe('DescribeRegions and DescribeZones', () => {
  it('lists the regions in English by default and in Chinese with X-TC-Language zh-CN', async () => {
    const en = await ok<{ RegionSet: { Region: string; RegionName: string; RegionState: string }[] }>(
      'DescribeRegions',
    );
    const zh = await ok<{ RegionSet: { Region: string; RegionName: string }[] }>(
      'DescribeRegions',
      {},
      { language: 'zh-CN' },
    );
    expect(en.RegionSet.find((r) => r.Region === 'ap-guangzhou')).toEqual({
      Region: 'ap-guangzhou',
      RegionName: 'South China (Guangzhou)',
      RegionState: 'AVAILABLE',
    });
    expect(zh.RegionSet.find((r) => r.Region === 'ap-guangzhou')?.RegionName).toBe('华南地区（广州）');
  });

  it('lists the zones of the request region with their state', async () => {
    const res = await ok<{ TotalCount: number; ZoneSet: { Zone: string; ZoneName: string; ZoneState: string }[] }>(
      'DescribeZones',
    );
    expect(res.ZoneSet.map((z) => z.Zone)).toEqual([
      'ap-guangzhou-1',
      'ap-guangzhou-2',
      'ap-guangzhou-3',
      'ap-guangzhou-4',
      'ap-guangzhou-6',
      'ap-guangzhou-7',
    ]);
    expect(res.TotalCount).toBe(6);
    expect(res.ZoneSet.find((z) => z.Zone === 'ap-guangzhou-1')?.ZoneState).toBe('UNAVAILABLE');
    expect(res.ZoneSet.find((z) => z.Zone === 'ap-guangzhou-3')).toMatchObject({
      ZoneState: 'AVAILABLE',
      ZoneName: 'Guangzhou Zone 3',
    });
  });

  it('names zones in Chinese with zh-CN', async () => {
    const res = await ok<{ ZoneSet: { Zone: string; ZoneName: string }[] }>(
      'DescribeZones',
      {},
      {
        region: 'ap-singapore',
        language: 'zh-CN',
      },
    );
    expect(res.ZoneSet[0]).toMatchObject({ Zone: 'ap-singapore-1', ZoneName: '新加坡一区' });
  });

  it('needs a region for DescribeZones', async () => {
    expect((await errorOf('DescribeZones', {}, { region: null })).Code).toBe('MissingParameter');
  });

  it('refuses parameters DescribeZones does not take', async () => {
    expect((await errorOf('DescribeZones', { Filters: [] })).Code).toBe('UnknownParameter');
  });
});

describe('the error extension: Error.Field and Error.Refused', () => {
  /** `Error` with this mock's extension (README, "Extensions to the contract"). */
  type ExtendedError = Awaited<ReturnType<typeof refused>> & {
    Field?: string;
    Refused?: { Value: string; Code: string; Message: string }[];
  };
  const extended = async (action: string, params: unknown) => (await refused(action, params)) as ExtendedError;
  const GZ_BUCKET = 'https://images-1250000000.cos.ap-guangzhou.myqcloud.com';
  const importParams = (ImageUrl: string) => ({
    Architecture: 'x86_64',
    OsType: 'CentOS',
    OsVersion: '7',
    ImageUrl,
    ImageName: 'imported',
  });
  const share = async (name: string, AccountIds: string[]) => ({
    ImageId: (await imageNamed(name)).ImageId,
    AccountIds,
    Permission: 'SHARE',
  });
  const publicImageId = async (name: string) =>
    (
      await ok<{ ImageSet: { ImageId: string; ImageName: string }[] }>('DescribeImages', {
        Filters: [{ Name: 'image-name', Values: [name] }],
      })
    ).ImageSet.find((i) => i.ImageName === name)!.ImageId;

  it.each<[string, string, () => Promise<[string, unknown]>]>([
    [
      'InvalidImageName.Duplicate',
      'ImageName',
      async () => [
        'ModifyImageAttribute',
        { ImageId: (await imageNamed('web-server-centos79')).ImageId, ImageName: 'redis-cache-debian12' },
      ],
    ],
    [
      'InvalidParameter.InvalidParameterUrlError',
      'ImageUrl',
      async () => ['ImportImage', importParams('https://example.com/centos7.qcow2')],
    ],
    [
      'InvalidParameterValue.ISOMustImportByForce',
      'Force',
      async () => ['ImportImage', importParams(`${GZ_BUCKET}/centos7.iso`)],
    ],
    [
      'InvalidRegion.Unavailable',
      'DestinationRegions',
      async () => [
        'SyncImages',
        { ImageIds: [(await imageNamed('web-server-centos79')).ImageId], DestinationRegions: ['ap-singapore'] },
      ],
    ],
    [
      'InvalidParameterValue.InvalidDiskSize',
      'SystemDisk.DiskSize',
      async () => [
        'InquiryPriceRunInstances',
        runParams(await publicImageId('Windows Server 2022 Datacenter 64-bit English'), {
          SystemDisk: { DiskSize: 40 },
        }),
      ],
    ],
    [
      'ResourcesSoldOut.SpecifiedInstanceType',
      'Placement.Zone',
      async () => [
        'InquiryPriceRunInstances',
        runParams(await publicImageId('CentOS 7.9 64-bit'), { Placement: { Zone: 'ap-guangzhou-1' } }),
      ],
    ],
    ['InvalidParameter', 'Limit', async () => ['DescribeImages', { Limit: 'ten' }]],
  ])('%s names the parameter it concerns: %s', async (code, field, request) => {
    const [action, params] = await request();
    const error = await extended(action, params);
    expect(error.Code).toBe(code);
    expect(error.Field).toBe(field);
    expect(error.Refused).toBeUndefined();
  });

  it.each<[string, string, string[]]>([
    ['InvalidAccountIs.YourSelf', 'redis-cache-debian12', [A1]],
    ['FailedOperation.AccountAlreadyExists', 'web-server-centos79', [A2]],
    ['InvalidAccountId.NotFound', 'redis-cache-debian12', [A2, '999999999999']],
  ])('%s names AccountIds, and the refused account in Refused', async (code, name, ids) => {
    const error = await extended('ModifyImageSharePermission', await share(name, ids));
    expect(error.Code).toBe(code);
    expect(error.Field).toBe('AccountIds');
    expect(error.Refused).toEqual([{ Value: ids.at(-1), Code: code, Message: error.Message }]);
  });

  it('names each refused account of a share with its own code and message; Message says how many', async () => {
    const error = await extended(
      'ModifyImageSharePermission',
      await share('redis-cache-debian12', ['999999999999', A1, '12345']),
    );
    expect(error).toEqual({
      Code: 'InvalidAccountId.NotFound',
      Message:
        'No account 999999999999 exists; check the root account ID. (3 account IDs have problems: 999999999999, 100000000001, 12345)',
      Field: 'AccountIds',
      Refused: [
        {
          Value: '999999999999',
          Code: 'InvalidAccountId.NotFound',
          Message: 'No account 999999999999 exists; check the root account ID.',
        },
        { Value: A1, Code: 'InvalidAccountIs.YourSelf', Message: 'You cannot share an image with your own account.' },
        {
          Value: '12345',
          Code: 'InvalidParameterValue.InvalidAppIdFormat',
          Message: 'Account ID "12345" must be a root account ID of 10 to 12 digits, not starting with 0.',
        },
      ],
    });
  });
});
