// The API 3.0 contract over real HTTP, driven by the official Node SDK (tencentcloud-sdk-nodejs-cvm).
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  ACCOUNT_A,
  ACCOUNT_B,
  errorCode,
  expectSdkError,
  rawCall,
  sdkClient,
  startServer,
  type CvmClient,
  type RunningServer,
} from '../../src/test/api-server.ts';

let srv: RunningServer;
let client: CvmClient;

beforeAll(async () => {
  srv = await startServer();
  client = sdkClient(srv.port);
});

afterAll(async () => {
  await srv?.server.close();
});

describe('read-only actions through the SDK', () => {
  it('DescribeRegions lists the 18 regions', async () => {
    const res = await client.DescribeRegions();
    expect(res.TotalCount).toBe(18);
    expect(res.RegionSet).toHaveLength(18);
    expect(res.RegionSet!.map((r) => r.Region)).toEqual(expect.arrayContaining(['ap-guangzhou', 'ap-shanghai']));
    for (const r of res.RegionSet!)
      expect(r).toMatchObject({ Region: expect.any(String), RegionName: expect.any(String) });
    expect(res.RequestId).toMatch(/^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/);
  });

  it('DescribeZones lists the zones of the client region', async () => {
    const res = await client.DescribeZones();
    expect(res.TotalCount).toBeGreaterThan(0);
    expect(res.ZoneSet).toHaveLength(res.TotalCount!);
    for (const z of res.ZoneSet!) expect(z.Zone).toMatch(/^ap-guangzhou-\d+$/);
    const shanghai = await sdkClient(srv.port, { region: 'ap-shanghai' }).DescribeZones();
    for (const z of shanghai.ZoneSet!) expect(z.Zone).toMatch(/^ap-shanghai-\d+$/);
  });

  it('DescribeZones answers in the X-TC-Language the SDK profile sets', async () => {
    const en = await client.DescribeZones();
    const zh = await sdkClient(srv.port, { language: 'zh-CN' }).DescribeZones();
    expect(zh.ZoneSet!.map((z) => z.Zone)).toEqual(en.ZoneSet!.map((z) => z.Zone));
    expect(zh.ZoneSet![0]!.ZoneName).not.toBe(en.ZoneSet![0]!.ZoneName);
  });

  it('DescribeImages with Filters image-type PUBLIC_IMAGE', async () => {
    const res = await client.DescribeImages({
      Filters: [{ Name: 'image-type', Values: ['PUBLIC_IMAGE'] }],
      Limit: 100,
    });
    expect(res.TotalCount).toBeGreaterThanOrEqual(25);
    expect(res.ImageSet!.length).toBe(Math.min(100, res.TotalCount!));
    for (const image of res.ImageSet!) {
      expect(image.ImageType).toBe('PUBLIC_IMAGE');
      expect(image.ImageId).toMatch(/^img-[a-z0-9]{8}$/);
    }
  });

  it('DescribeImages pages with Offset and Limit (default 20)', async () => {
    const filters = [{ Name: 'image-type', Values: ['PUBLIC_IMAGE'] }];
    const first = await client.DescribeImages({ Filters: filters });
    expect(first.ImageSet).toHaveLength(20);
    const page = await client.DescribeImages({ Filters: filters, Offset: 5, Limit: 3 });
    expect(page.TotalCount).toBe(first.TotalCount);
    expect(page.ImageSet!.map((i) => i.ImageId)).toEqual(first.ImageSet!.slice(5, 8).map((i) => i.ImageId));
  });

  it('DescribeImages with Limit 101 is refused with InvalidParameterValue.InvalidParameterValueLimit', async () => {
    const err = await expectSdkError(
      client.DescribeImages({ Limit: 101 }),
      'InvalidParameterValue.InvalidParameterValueLimit',
    );
    expect(err.message).toMatch(/100/);
  });

  it('DescribeImageQuota', async () => {
    const res = await client.DescribeImageQuota();
    expect(res.ImageNumQuota).toBe(10);
  });

  it('the /api/cvm/ path answers like /', async () => {
    const viaPath = sdkClient(srv.port, { path: '/api/cvm' });
    const res = await viaPath.DescribeRegions();
    expect(res.TotalCount).toBe(18);
    await expectSdkError(viaPath.DescribeImages({ Limit: 0 }), 'InvalidParameterValue.InvalidParameterValueLimit');
    for (const urlPath of ['/api/cvm/', '/api/cvm']) {
      const raw = await rawCall(srv, 'DescribeRegions', '{}', { urlPath, region: null });
      expect(raw.status).toBe(200);
      expect(raw.json.Response.TotalCount).toBe(18);
    }
  });

  it('GET with the parameters in the query string (API 3.0) works through the SDK', async () => {
    const viaGet = sdkClient(srv.port, { reqMethod: 'GET' });
    const res = await viaGet.DescribeImages({
      Filters: [{ Name: 'image-type', Values: ['PUBLIC_IMAGE'] }],
      Limit: 7,
      Offset: 1,
    });
    expect(res.ImageSet).toHaveLength(7);
    for (const image of res.ImageSet!) expect(image.ImageType).toBe('PUBLIC_IMAGE');
    await expectSdkError(viaGet.DescribeImages({ Limit: 101 }), 'InvalidParameterValue.InvalidParameterValueLimit');
  });
});

describe('error envelopes', () => {
  it('an unknown action with a valid signature → InvalidAction', async () => {
    const { status, json } = await rawCall(srv, 'DescribeUnicorns', '{}');
    expect(status).toBe(200);
    expect(errorCode(json)).toBe('InvalidAction');
    expect(json.Response.RequestId).toMatch(/^[0-9a-f-]{36}$/);
    expect(Object.keys(json.Response).sort()).toEqual(['Error', 'RequestId']);
  });

  it('a wrong SecretKey in the SDK credential → AuthFailure.SignatureFailure', async () => {
    const bad = sdkClient(srv.port, { secretKey: 'not-the-key' });
    await expectSdkError(bad.DescribeRegions(), 'AuthFailure.SignatureFailure');
  });

  it('an unknown SecretId → AuthFailure.SecretIdNotFound', async () => {
    const unknown = sdkClient(srv.port, { secretId: 'AKIDMOCK199999999999', secretKey: 'mock-secret-199999999999' });
    await expectSdkError(unknown.DescribeRegions(), 'AuthFailure.SecretIdNotFound');
  });

  it('a signature 10 minutes old → AuthFailure.SignatureExpire', async () => {
    const { json } = await rawCall(srv, 'DescribeRegions', '{}', { timestamp: Math.floor(Date.now() / 1000) - 600 });
    expect(errorCode(json)).toBe('AuthFailure.SignatureExpire');
  });

  it('no Authorization header → AuthFailure.InvalidAuthorization', async () => {
    const { status, json } = await rawCall(srv, 'DescribeRegions', '{}', { headers: { Authorization: undefined } });
    expect(status).toBe(200);
    expect(errorCode(json)).toBe('AuthFailure.InvalidAuthorization');
  });

  it('a body that is not JSON → InvalidParameter', async () => {
    const { json } = await rawCall(srv, 'DescribeImages', '{"Limit": 5,');
    expect(errorCode(json)).toBe('InvalidParameter');
  });

  it('a JSON body that is not an object → InvalidParameter', async () => {
    const { json } = await rawCall(srv, 'DescribeImages', '[1,2]');
    expect(errorCode(json)).toBe('InvalidParameter');
  });

  it('a missing or unknown X-TC-Version is refused', async () => {
    const missing = await rawCall(srv, 'DescribeRegions', '{}', { headers: { 'X-TC-Version': undefined } });
    expect(errorCode(missing.json)).toBe('MissingParameter');
    const unknown = await rawCall(srv, 'DescribeRegions', '{}', { version: '2099-01-01' });
    expect(errorCode(unknown.json)).toBe('NoSuchVersion');
  });

  it('an unknown region → InvalidRegion.NotFound', async () => {
    await expectSdkError(sdkClient(srv.port, { region: 'mars-north-1' }).DescribeZones(), 'InvalidRegion.NotFound');
  });

  it('an unknown parameter → UnknownParameter', async () => {
    const { json } = await rawCall(srv, 'DescribeImageQuota', JSON.stringify({ Colour: 'blue' }));
    expect(errorCode(json)).toBe('UnknownParameter');
  });

  it('the account comes from the SecretId', async () => {
    const filters = [{ Name: 'image-type', Values: ['PRIVATE_IMAGE'] }];
    const own = await client.DescribeImages({ Filters: filters, Limit: 100 });
    for (const image of own.ImageSet!) expect(image.ImageCreator).toBe(ACCOUNT_A);
    const theirs = await sdkClient(srv.port, { accountId: ACCOUNT_B }).DescribeImages({ Filters: filters, Limit: 100 });
    for (const image of theirs.ImageSet!) expect(image.ImageCreator).toBe(ACCOUNT_B);
  });
});

describe('ExportImages through the SDK', () => {
  const BUCKET = 'images-1250000001';

  async function ownImage(name: string): Promise<{ ImageId: string; SnapshotIds: string[] }> {
    const res = await client.DescribeImages({
      Filters: [
        { Name: 'image-type', Values: ['PRIVATE_IMAGE'] },
        { Name: 'image-name', Values: [name] },
      ],
    });
    const image = res.ImageSet!.find((i) => i.ImageName === name)!;
    return { ImageId: image.ImageId!, SnapshotIds: image.SnapshotSet!.map((s) => s.SnapshotId!) };
  }

  it('answers a TaskId and one COS path per disk', async () => {
    const image = await ownImage('k8s-node-opencloudos9');
    const res = await client.ExportImages({
      BucketName: BUCKET,
      ImageIds: [image.ImageId],
      ExportFormat: 'QCOW2',
      FileNamePrefixList: ['sdk'],
    });
    expect(Number.isInteger(res.TaskId)).toBe(true);
    expect(res.CosPaths).toEqual([`sdk_${image.ImageId}_system_${image.SnapshotIds[0]}.qcow2`]);
  });

  it.each<[string, () => Promise<Parameters<CvmClient['ExportImages']>[0]>, string]>([
    ['no ImageIds', async () => ({ BucketName: BUCKET }), 'InvalidParameter.ImageIdsSnapshotIdsMustOne'],
    [
      'a Windows image',
      async () => ({ BucketName: BUCKET, ImageIds: [(await ownImage('sql-server-2019-win')).ImageId] }),
      'UnsupportedOperation.WindowsImageExportUnsupported',
    ],
    [
      'a public image',
      async () => {
        const res = await client.DescribeImages({ Filters: [{ Name: 'image-type', Values: ['PUBLIC_IMAGE'] }] });
        return { BucketName: BUCKET, ImageIds: [res.ImageSet![0]!.ImageId!] };
      },
      'UnsupportedOperation.PublicImageExportUnsupported',
    ],
    [
      'an image shared with the caller',
      async () => {
        const res = await client.DescribeImages({ Filters: [{ Name: 'image-type', Values: ['SHARED_IMAGE'] }] });
        return { BucketName: BUCKET, ImageIds: [res.ImageSet![0]!.ImageId!] };
      },
      'UnsupportedOperation.SharedImageExportUnsupported',
    ],
    [
      'a bucket that does not exist',
      async () => ({ BucketName: 'nowhere-1250000001', ImageIds: [(await ownImage('redis-cache-debian12')).ImageId] }),
      'InvalidParameterValue.BucketNotFound',
    ],
    [
      "another account's bucket",
      async () => ({ BucketName: 'exports-1250000002', ImageIds: [(await ownImage('redis-cache-debian12')).ImageId] }),
      'InvalidParameterValue.InvalidBucketPermissionForExport',
    ],
    [
      'a prefix list that does not match the images',
      async () => ({
        BucketName: BUCKET,
        ImageIds: [(await ownImage('redis-cache-debian12')).ImageId],
        FileNamePrefixList: ['a', 'b'],
      }),
      'InvalidParameterValue.InvalidFileNamePrefixList',
    ],
    [
      'a role that cannot write to the bucket',
      async () => ({ BucketName: BUCKET, ImageIds: [(await ownImage('redis-cache-debian12')).ImageId], RoleName: 'X' }),
      'AuthFailure.CamRoleNameAuthenticateFailed',
    ],
    [
      'DryRun',
      async () => ({ BucketName: BUCKET, ImageIds: [(await ownImage('redis-cache-debian12')).ImageId], DryRun: true }),
      'DryRunOperation',
    ],
  ])('%s is refused with its documented code', async (_what, request, code) => {
    await expectSdkError(client.ExportImages(await request()), code);
  });

  it.each([
    [
      'an encrypted image',
      'payment-gateway-ubuntu2004',
      'ap-shanghai',
      'UnsupportedOperation.EncryptedImagesNotSupported',
    ],
    [
      'an image made from a marketplace image',
      'overseas-web-ubuntu2204',
      'ap-singapore',
      'UnsupportedOperation.MarketImageExportUnsupported',
    ],
    ['a Red Hat image', 'erp-rhel7-import', 'ap-seoul', 'UnsupportedOperation.RedHatImageExportUnsupported'],
    [
      'an image whose system disk is over 500 GB',
      'warehouse-db-centos79',
      'ap-seoul',
      'UnsupportedOperation.ImageTooLargeExportUnsupported',
    ],
    [
      'a whole-machine export with a data disk over 500 GB',
      'media-archive-debian12',
      'ap-seoul',
      'UnsupportedOperation.ImageTooLargeExportUnsupported',
    ],
    [
      'a whole-machine export of more than 5 data disks',
      'analytics-six-disks-ubuntu2204',
      'ap-seoul',
      'InvalidParameterValue.LimitExceeded',
    ],
  ])('%s is refused with its documented code', async (_what, name, region, code) => {
    const there = sdkClient(srv.port, { region });
    const { ImageSet } = await there.DescribeImages({ Filters: [{ Name: 'image-name', Values: [name] }] });
    const image = ImageSet!.find((i) => i.ImageName === name)!;
    await expectSdkError(there.ExportImages({ BucketName: 'backup-sh-1250000001', ImageIds: [image.ImageId!] }), code);
  });

  it.each([
    ['a data disk over 500 GB', 'media-archive-debian12'],
    ['more than 5 data disks', 'analytics-six-disks-ubuntu2204'],
  ])('exports the system disk alone of an image with %s', async (_what, name) => {
    const seoul = sdkClient(srv.port, { region: 'ap-seoul' });
    const { ImageSet } = await seoul.DescribeImages({ Filters: [{ Name: 'image-name', Values: [name] }] });
    const image = ImageSet!.find((i) => i.ImageName === name)!;
    const system = image.SnapshotSet!.find((s) => s.DiskUsage === 'SYSTEM_DISK')!;
    const res = await seoul.ExportImages({
      BucketName: 'exports-seoul-1250000001',
      ImageIds: [image.ImageId!],
      OnlyExportRootDisk: true,
    });
    expect(res.CosPaths).toEqual([`${image.ImageId}_system_${system.SnapshotId}.raw`]);
  });

  it('says why in the language the SDK profile asks for', async () => {
    const zh = sdkClient(srv.port, { language: 'zh-CN' });
    const err = await expectSdkError(
      zh.ExportImages({
        BucketName: 'backup-sh-1250000001',
        ImageIds: [(await ownImage('redis-cache-debian12')).ImageId],
      }),
      'InvalidParameterValue.BucketNotFound',
    );
    expect(err.message).toBe('存储桶“backup-sh-1250000001”位于上海，请导出到镜像所在地域广州的存储桶。');
  });
});
