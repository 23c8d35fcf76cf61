// DescribeInstances, DescribeInstanceTypeConfigs, InquiryPriceRunInstances and RunInstances through msw/node.
import { describe, expect, it } from 'vitest';
import type { Image } from '../../rules/images.ts';
import type { Instance } from '../../rules/instances.ts';
import type { PriceBreakdown } from '../../rules/run-instances.ts';
import { CNY_PER_USD } from '../../rules/pricing.ts';
import { testBackend, testClock } from '../node.ts';
import {
  A1,
  A2,
  A3,
  errorOf,
  imageById,
  imageNamed,
  instanceNamed,
  listImages,
  listInstances,
  ok,
  refused,
  runParams,
  seededImageId,
} from '../../test/api-calls.ts';
import type { Where } from '../../test/direct-call.ts';

interface TypeConfig {
  Zone: string;
  InstanceType: string;
  InstanceFamily: string;
  CPU: number;
  Memory: number;
  Architecture: string;
}

interface Price {
  Price: {
    InstancePrice: { UnitPrice: number; ChargeUnit: string };
    BandwidthPrice: { UnitPrice: number };
    Breakdown: PriceBreakdown;
  };
}

async function publicImage(name: string, where: Where = {}): Promise<Image> {
  const image = (await listImages(where, 'PUBLIC_IMAGE')).find((i) => i.ImageName === name);
  if (!image) throw new Error(`no public image ${name}`);
  return image;
}

async function marketImage(prefix: string, where: Where = {}): Promise<Image> {
  const image = (await listImages(where, 'MARKET_IMAGE')).find((i) => i.ImageName.startsWith(prefix));
  if (!image) throw new Error(`no marketplace image ${prefix}`);
  return image;
}

const CENTOS = 'CentOS 7.9 64-bit';
const WINDOWS = 'Windows Server 2022 Datacenter 64-bit English';
const ARM = 'Ubuntu Server 22.04 LTS 64-bit (ARM)';

const price = (params: object, where: Where = {}) => ok<Price>('InquiryPriceRunInstances', params, where);

describe('DescribeInstances', () => {
  it('lists the caller’s instances in the request region', async () => {
    const res = await ok<{ TotalCount: number; InstanceSet: Instance[] }>('DescribeInstances');
    expect(res.InstanceSet.map((i) => i.InstanceName).sort()).toEqual(['app-01', 'build-arm-01', 'web-01']);
    expect(res.TotalCount).toBe(3);
    expect(res.InstanceSet.every((i) => i.InstanceState === 'RUNNING')).toBe(true);
    const web = res.InstanceSet.find((i) => i.InstanceName === 'web-01')!;
    expect(web).toMatchObject({ InstanceType: 'S5.MEDIUM4', CPU: 2, Memory: 4, Architecture: 'x86_64' });
    expect(web.InstanceId).toMatch(/^ins-[a-z0-9]{8}$/);
    expect(web.Placement.Zone).toMatch(/^ap-guangzhou-\d$/);
    expect(Object.keys(web)).not.toContain('OwnerId');
  });

  it.each([
    [A1, 'ap-shanghai', ['mssql-01', 'web-02']],
    [A1, 'ap-tokyo', []],
    [A2, 'ap-guangzhou', []],
    [A2, 'ap-shanghai', ['partner-api-01', 'partner-worker-01']],
    [A3, 'ap-singapore', ['reseller-web-01']],
  ])('account %s in %s sees %j', async (account, region, names) => {
    expect((await listInstances({ account, region })).map((i) => i.InstanceName).sort()).toEqual(names);
  });

  it('shows a stopped instance as STOPPED', async () => {
    expect((await instanceNamed('mssql-01', { region: 'ap-shanghai' })).InstanceState).toBe('STOPPED');
  });

  it('filters by InstanceIds and by zone, name, state, image and type', async () => {
    const web = await instanceNamed('web-01');
    const byId = await ok<{ InstanceSet: Instance[] }>('DescribeInstances', {
      InstanceIds: [web.InstanceId, 'ins-zzzzzzzz'],
    });
    expect(byId.InstanceSet.map((i) => i.InstanceId)).toEqual([web.InstanceId]);
    for (const [Name, value] of [
      ['zone', web.Placement.Zone],
      ['instance-name', 'WEB'],
      ['instance-state', 'RUNNING'],
      ['image-id', web.ImageId],
      ['instance-type', 'S5.MEDIUM4'],
    ] as const) {
      const res = await ok<{ InstanceSet: Instance[] }>('DescribeInstances', { Filters: [{ Name, Values: [value] }] });
      expect(
        res.InstanceSet.map((i) => i.InstanceId),
        Name,
      ).toContain(web.InstanceId);
    }
    const arm = await ok<{ InstanceSet: Instance[] }>('DescribeInstances', {
      Filters: [{ Name: 'instance-type', Values: ['SR1.MEDIUM4'] }],
    });
    expect(arm.InstanceSet.map((i) => i.InstanceName)).toEqual(['build-arm-01']);
  });

  it('pages with Offset and Limit', async () => {
    const all = await listInstances();
    const page = await ok<{ TotalCount: number; InstanceSet: Instance[] }>('DescribeInstances', {
      Offset: 1,
      Limit: 1,
    });
    expect(page.TotalCount).toBe(3);
    expect(page.InstanceSet.map((i) => i.InstanceId)).toEqual([all[1]!.InstanceId]);
  });

  it('does not list another account’s instance even by ID', async () => {
    const partner = await instanceNamed('partner-api-01', { account: A2, region: 'ap-shanghai' });
    const res = await ok<{ InstanceSet: Instance[] }>(
      'DescribeInstances',
      { InstanceIds: [partner.InstanceId] },
      { region: 'ap-shanghai' },
    );
    expect(res.InstanceSet).toEqual([]);
  });

  it('shows a new instance as PENDING, then RUNNING once the launch time has passed', async () => {
    const image = await publicImage(CENTOS);
    const { InstanceIdSet } = await ok<{ InstanceIdSet: string[] }>(
      'RunInstances',
      runParams(image.ImageId, { InstanceName: 'fresh' }),
    );
    const state = async () => (await listInstances()).find((i) => i.InstanceId === InstanceIdSet[0])?.InstanceState;
    expect(await state()).toBe('PENDING');
    testClock.advance(testBackend.durations.launch - 1);
    expect(await state()).toBe('PENDING');
    testClock.advance(1);
    expect(await state()).toBe('RUNNING');
  });
});

describe('DescribeInstanceTypeConfigs', () => {
  const configs = async (params: object = {}, where: Where = {}) =>
    (await ok<{ InstanceTypeConfigSet: TypeConfig[] }>('DescribeInstanceTypeConfigs', params, where))
      .InstanceTypeConfigSet;

  it('lists the types of each available zone, ARM included, in Guangzhou', async () => {
    const set = await configs();
    expect(new Set(set.map((c) => c.Zone))).toEqual(
      new Set(['ap-guangzhou-3', 'ap-guangzhou-4', 'ap-guangzhou-6', 'ap-guangzhou-7']),
    );
    expect(set.some((c) => c.InstanceType === 'SR1.MEDIUM4' && c.Architecture === 'arm')).toBe(true);
    expect(set.find((c) => c.InstanceType === 'S5.MEDIUM4')).toMatchObject({ CPU: 2, Memory: 4, InstanceFamily: 'S5' });
  });

  it('has no SR1 (ARM) types in ap-tokyo', async () => {
    const set = await configs({}, { region: 'ap-tokyo' });
    expect(set.length).toBeGreaterThan(0);
    expect(set.filter((c) => c.InstanceFamily === 'SR1')).toEqual([]);
    expect(set.every((c) => c.Architecture === 'x86_64')).toBe(true);
  });

  it('names each family in the language of the request (X-TC-Language), as the real API does', async () => {
    const named = async (language: string) =>
      (
        await ok<{ InstanceTypeConfigSet: (TypeConfig & { FamilyName?: string })[] }>(
          'DescribeInstanceTypeConfigs',
          { Filters: [{ Name: 'instance-type', Values: ['S5.MEDIUM4', 'SA5.MEDIUM4', 'SR1.MEDIUM4'] }] },
          { language },
        )
      ).InstanceTypeConfigSet.filter((c) => c.Zone === 'ap-guangzhou-3').map((c) => c.FamilyName);
    expect(await named('zh-CN')).toEqual(['标准型S5', '标准型SA5', '标准型SR1']);
    expect(await named('en-US')).toEqual(['Standard S5', 'Standard SA5', 'Standard SR1']);
  });

  it('filters by zone, family and type', async () => {
    const zone = await configs({ Filters: [{ Name: 'zone', Values: ['ap-guangzhou-4'] }] });
    expect(zone.length).toBe(11);
    expect(zone.every((c) => c.Zone === 'ap-guangzhou-4')).toBe(true);
    const family = await configs({
      Filters: [
        { Name: 'instance-family', Values: ['SA5'] },
        { Name: 'zone', Values: ['ap-guangzhou-3'] },
      ],
    });
    expect(family.map((c) => c.InstanceType)).toEqual(['SA5.MEDIUM4', 'SA5.LARGE8', 'SA5.2XLARGE16']);
    const type = await configs({ Filters: [{ Name: 'instance-type', Values: ['S5.SMALL1'] }] });
    expect(type.map((c) => c.Zone)).toEqual(['ap-guangzhou-3', 'ap-guangzhou-4', 'ap-guangzhou-6', 'ap-guangzhou-7']);
  });

  it('answers nothing for a sold-out zone', async () => {
    expect(await configs({ Filters: [{ Name: 'zone', Values: ['ap-guangzhou-1'] }] })).toEqual([]);
  });

  it('refuses an unknown filter with InvalidFilter', async () => {
    expect((await errorOf('DescribeInstanceTypeConfigs', { Filters: [{ Name: 'gpu', Values: ['1'] }] })).Code).toBe(
      'InvalidFilter',
    );
  });
});

/** A CNY list price in US dollars, as regions outside the mainland are billed. */
const usd = (cny: number) => Math.round((cny / CNY_PER_USD) * 10000) / 10000;

describe('InquiryPriceRunInstances', () => {
  it('prices a free public image in Guangzhou: instance + system disk, no image fee', async () => {
    const image = await publicImage(CENTOS);
    const res = await price(runParams(image.ImageId));
    expect(res.Price.Breakdown).toEqual({
      Currency: 'CNY',
      ChargeUnit: 'HOUR',
      InstancePerHour: 0.36,
      ImageFeePerHour: 0,
      ImageFeeNote: 'Free',
      SystemDiskPerHour: 0.02,
      DataDisksPerHour: 0,
      TotalPerHour: 0.38,
    });
    expect(res.Price.InstancePrice).toMatchObject({ UnitPrice: 0.38, ChargeUnit: 'HOUR' });
  });

  it('says the image fee in the language of X-TC-Language', async () => {
    const where = { region: 'ap-singapore' };
    const image = await publicImage(WINDOWS, where);
    const params = runParams(image.ImageId, { Placement: { Zone: 'ap-singapore-1' } });
    const res = await ok<Price>('InquiryPriceRunInstances', params, { ...where, language: 'zh-CN' });
    expect(res.Price.Breakdown).toMatchObject({
      Currency: 'USD',
      ImageFeeNote: '中国大陆以外地域的 Windows 许可费：$0.0083/核/小时',
    });
  });

  it('charges no image fee for Windows in Guangzhou', async () => {
    const image = await publicImage(WINDOWS);
    expect((await price(runParams(image.ImageId))).Price.Breakdown.ImageFeePerHour).toBe(0);
  });

  it('charges a Windows licence per vCPU in ap-singapore, and the overseas instance price', async () => {
    const where = { region: 'ap-singapore' };
    const image = await publicImage(WINDOWS, where);
    const res = await price(
      runParams(image.ImageId, { Placement: { Zone: 'ap-singapore-1' }, InstanceType: 'S5.LARGE8' }),
      where,
    );
    // Billed in US dollars outside the mainland: the CNY list price converted, to 4 places.
    expect(res.Price.Breakdown).toMatchObject({
      Currency: 'USD',
      InstancePerHour: usd(0.9), // 0.72 × 1.25
      ImageFeePerHour: usd(0.24), // 4 vCPU × 0.06
      ImageFeeNote: expect.stringMatching(/Windows licence/),
    });
    expect(res.Price.Breakdown.ImageFeePerHour).toBeGreaterThan(0);
    const linux = await price(
      runParams((await publicImage(CENTOS, where)).ImageId, { Placement: { Zone: 'ap-singapore-1' } }),
      where,
    );
    expect(linux.Price.Breakdown.ImageFeePerHour).toBe(0);
  });

  it.each([
    ['an hourly', 'LAMP stack', 0.2],
    ['a monthly', 'Java 17 + Tomcat 10', 0.0542],
    ['a free', 'WordPress 6.5', 0],
  ])('charges %s marketplace image’s fee', async (_what, name, fee) => {
    const image = await marketImage(name);
    const res = await price(runParams(image.ImageId));
    expect(res.Price.Breakdown.ImageFeePerHour).toBe(fee);
    expect(res.Price.Breakdown.ImageFeeNote).toContain(image.MarketInfo!.Vendor);
  });

  it('multiplies the total by InstanceCount and adds data disks', async () => {
    const image = await publicImage(CENTOS);
    const one = (await price(runParams(image.ImageId))).Price.Breakdown;
    const three = (await price(runParams(image.ImageId, { InstanceCount: 3, DataDisks: [{ DiskSize: 100 }] }))).Price
      .Breakdown;
    expect(three.DataDisksPerHour).toBe(0.04);
    expect(three.TotalPerHour).toBeCloseTo((one.TotalPerHour + 0.04) * 3, 4);
  });

  it('charges the Windows licence for a custom image made from Windows in ap-singapore, as for the public image', async () => {
    const where = { region: 'ap-singapore' };
    const windows = await publicImage(WINDOWS, where);
    const placement = { Placement: { Zone: 'ap-singapore-1' } };
    const { InstanceIdSet } = await ok<{ InstanceIdSet: string[] }>(
      'RunInstances',
      runParams(windows.ImageId, placement),
      where,
    );
    testClock.advance(testBackend.durations.launch);
    const { ImageId } = await ok<{ ImageId: string }>(
      'CreateImage',
      { ImageName: 'win-custom', InstanceId: InstanceIdSet[0] },
      where,
    );
    testClock.advance(testBackend.durations.create);
    expect((await imageById(ImageId, where))?.Platform).toBe('Windows');
    expect((await price(runParams(windows.ImageId, placement), where)).Price.Breakdown.ImageFeePerHour).toBe(usd(0.12));
    expect((await price(runParams(ImageId, placement), where)).Price.Breakdown.ImageFeePerHour).toBe(usd(0.12));
  });

  it('prices an image shared in, free of image fee', async () => {
    const shared = await imageNamed('partner-api-centos79');
    expect((await price(runParams(shared.ImageId))).Price.Breakdown.ImageFeePerHour).toBe(0);
  });

  it.each([
    ['an arm image on an x86 type', ARM, 'S5.MEDIUM4'],
    ['an x86 image on an arm type', CENTOS, 'SR1.MEDIUM4'],
  ])('refuses %s with InvalidParameterValue.InvalidImageForGivenInstanceType', async (_what, name, InstanceType) => {
    const image = await publicImage(name);
    const error = await errorOf('InquiryPriceRunInstances', runParams(image.ImageId, { InstanceType }));
    expect(error.Code).toBe('InvalidParameterValue.InvalidImageForGivenInstanceType');
  });

  it('runs an i386 image on an x86 type', async () => {
    const image = (await listImages({}, 'PUBLIC_IMAGE')).find((i) => i.Architecture === 'i386')!;
    await price(runParams(image.ImageId));
  });

  it('refuses a system disk smaller than the image with InvalidParameterValue.InvalidDiskSize', async () => {
    const image = await publicImage(WINDOWS);
    expect(image.ImageSize).toBe(50);
    const error = await errorOf('InquiryPriceRunInstances', runParams(image.ImageId, { SystemDisk: { DiskSize: 40 } }));
    expect(error.Code).toBe('InvalidParameterValue.InvalidDiskSize');
    expect(error.Message).toMatch(/50 GB/);
    await price(runParams(image.ImageId, { SystemDisk: { DiskSize: 50 } }));
  });

  it.each([
    ['a system disk under 20 GB', { SystemDisk: { DiskSize: 10 } }, 'InvalidParameterValue.Range'],
    ['a system disk over 1024 GB', { SystemDisk: { DiskSize: 2048 } }, 'InvalidParameterValue.Range'],
    ['InstanceCount 0', { InstanceCount: 0 }, 'InvalidParameterValue.Range'],
    ['InstanceCount 101', { InstanceCount: 101 }, 'InvalidParameterValue.Range'],
    ['an unknown disk type', { SystemDisk: { DiskType: 'LOCAL_NVME' } }, 'InvalidParameterValue'],
    ['a zone of another region', { Placement: { Zone: 'ap-shanghai-2' } }, 'InvalidZone.MismatchRegion'],
    ['a sold-out zone', { Placement: { Zone: 'ap-guangzhou-1' } }, 'ResourcesSoldOut.SpecifiedInstanceType'],
    ['an unknown instance type', { InstanceType: 'X9.HUGE' }, 'InvalidParameterValue.InstanceTypeNotFound'],
  ])('refuses %s with %s', async (_what, overrides, code) => {
    const image = await publicImage(CENTOS);
    expect((await errorOf('InquiryPriceRunInstances', runParams(image.ImageId, overrides))).Code).toBe(code);
  });

  it('refuses an ARM type where none is sold (ap-tokyo) with InvalidParameterValue.InstanceTypeNotFound', async () => {
    const where = { region: 'ap-tokyo' };
    const image = await publicImage(ARM, where);
    const error = await errorOf(
      'InquiryPriceRunInstances',
      runParams(image.ImageId, { Placement: { Zone: 'ap-tokyo-1' }, InstanceType: 'SR1.MEDIUM4' }),
      where,
    );
    expect(error.Code).toBe('InvalidParameterValue.InstanceTypeNotFound');
  });

  it('refuses an unknown image and another account’s image with InvalidImageId.NotFound', async () => {
    expect((await errorOf('InquiryPriceRunInstances', runParams('img-zzzzzzzz'))).Code).toBe('InvalidImageId.NotFound');
    const foreign = seededImageId(A2, 'ap-guangzhou', 'partner-mysql-debian11');
    expect((await errorOf('InquiryPriceRunInstances', runParams(foreign))).Code).toBe('InvalidImageId.NotFound');
  });
});

describe('RunInstances', () => {
  it.each(['zh-CN', 'en-US'])(
    'names an instance launched without a name 未命名, the documented default, asked in %s',
    async (language) => {
      const image = await publicImage(CENTOS);
      const { InstanceIdSet } = await ok<{ InstanceIdSet: string[] }>('RunInstances', runParams(image.ImageId), {
        language,
      });
      const [launched] = (await listInstances()).filter((i) => InstanceIdSet.includes(i.InstanceId));
      expect(launched?.InstanceName).toBe('未命名');
    },
  );

  it('creates the instances, named and numbered, from a public image', async () => {
    const image = await publicImage(CENTOS);
    const { InstanceIdSet } = await ok<{ InstanceIdSet: string[] }>(
      'RunInstances',
      runParams(image.ImageId, {
        InstanceCount: 2,
        InstanceName: 'batch',
        SystemDisk: { DiskSize: 60, DiskType: 'CLOUD_SSD' },
      }),
    );
    expect(InstanceIdSet).toHaveLength(2);
    expect(new Set(InstanceIdSet).size).toBe(2);
    const created = (await listInstances()).filter((i) => InstanceIdSet.includes(i.InstanceId));
    expect(created.map((i) => i.InstanceName).sort()).toEqual(['batch-1', 'batch-2']);
    for (const instance of created)
      expect(instance).toMatchObject({
        InstanceState: 'PENDING',
        InstanceType: 'S5.MEDIUM4',
        CPU: 2,
        Memory: 4,
        Placement: { Zone: 'ap-guangzhou-3' },
        ImageId: image.ImageId,
        OsName: image.OsName,
        SystemDisk: { DiskType: 'CLOUD_SSD', DiskSize: 60 },
        InstanceChargeType: 'POSTPAID_BY_HOUR',
        CreatedTime: '2026-11-26T08:00:00Z',
        Architecture: 'x86_64',
      });
    expect(await listInstances({ region: 'ap-shanghai' })).toHaveLength(2);
  });

  it('launches from an own custom image, a marketplace image and an image shared in', async () => {
    const own = await imageNamed('k8s-node-opencloudos9');
    const market = await marketImage('Docker CE 26 on Ubuntu 22.04 (ARM)');
    const shared = await imageNamed('reseller-lamp-centos79');
    await ok('RunInstances', runParams(own.ImageId));
    await ok('RunInstances', runParams(market.ImageId, { InstanceType: 'SR1.MEDIUM4' }));
    await ok('RunInstances', runParams(shared.ImageId));
    expect(await listInstances()).toHaveLength(6);
  });

  it('gives the system disk the image size by default and the image’s data disks', async () => {
    const image = await imageNamed('sql-server-2019-win');
    const { InstanceIdSet } = await ok<{ InstanceIdSet: string[] }>(
      'RunInstances',
      runParams(image.ImageId, { InstanceType: 'S5.2XLARGE16' }),
    );
    const instance = (await listInstances()).find((i) => i.InstanceId === InstanceIdSet[0])!;
    expect(instance.SystemDisk.DiskSize).toBe(80);
    expect(instance.DataDisks.map((d) => d.DiskSize)).toEqual([200]);
  });

  it('makes a whole-machine image from an instance with a data disk', async () => {
    const image = await publicImage(CENTOS);
    const { InstanceIdSet } = await ok<{ InstanceIdSet: string[] }>(
      'RunInstances',
      runParams(image.ImageId, { DataDisks: [{ DiskSize: 100 }] }),
    );
    testClock.advance(testBackend.durations.launch);
    const instance = (await listInstances()).find((i) => i.InstanceId === InstanceIdSet[0])!;
    const { ImageId } = await ok<{ ImageId: string }>('CreateImage', {
      ImageName: 'whole',
      InstanceId: instance.InstanceId,
      DataDiskIds: [instance.DataDisks[0]!.DiskId],
    });
    expect((await imageById(ImageId))?.SnapshotSet.map((s) => [s.DiskUsage, s.DiskSize])).toEqual([
      ['SYSTEM_DISK', 50],
      ['DATA_DISK', 100],
    ]);
  });

  it('launches up to the zone quota of 30; past it, InstancesQuotaLimitExceeded, also for the price; another zone takes more', async () => {
    const image = await publicImage(CENTOS);
    const zone = 'ap-guangzhou-4';
    const inZone = async () => (await listInstances()).filter((i) => i.Placement.Zone === zone).length;
    const held = await inZone();
    await ok('RunInstances', runParams(image.ImageId, { Placement: { Zone: zone }, InstanceCount: 30 - held - 1 }));
    const over = runParams(image.ImageId, { Placement: { Zone: zone }, InstanceCount: 2 });
    const error = await refused('RunInstances', over);
    expect(error).toMatchObject({
      Code: 'InstancesQuotaLimitExceeded',
      Message: `You have 29 of 30 instances in ${zone}, so at most 1 more can be launched there, not 2.`,
    });
    expect((await errorOf('InquiryPriceRunInstances', over)).Code).toBe('InstancesQuotaLimitExceeded');
    await ok('RunInstances', runParams(image.ImageId, { Placement: { Zone: zone } }));
    expect(await inZone()).toBe(30);
    expect((await errorOf('RunInstances', runParams(image.ImageId, { Placement: { Zone: zone } }))).Message).toBe(
      `You have 30 of 30 instances in ${zone}, so no more can be launched there; choose another zone.`,
    );
    // The quota is the account's, per zone.
    await ok('RunInstances', runParams(image.ImageId, { Placement: { Zone: 'ap-guangzhou-3' } }));
    await ok('RunInstances', runParams(image.ImageId, { Placement: { Zone: zone } }), { account: A2 });
  });

  it('refuses a sold-out zone (ap-guangzhou-1) with ResourcesSoldOut.SpecifiedInstanceType and creates nothing', async () => {
    const image = await publicImage(CENTOS);
    const error = await refused('RunInstances', runParams(image.ImageId, { Placement: { Zone: 'ap-guangzhou-1' } }));
    expect(error.Code).toBe('ResourcesSoldOut.SpecifiedInstanceType');
  });

  it('refuses an image shared in whose sharing was cancelled with InvalidImageId.NotFound', async () => {
    const shared = await imageNamed('partner-api-centos79');
    await ok('RunInstances', runParams(shared.ImageId));
    await ok(
      'ModifyImageSharePermission',
      { ImageId: shared.ImageId, AccountIds: [A1], Permission: 'CANCEL' },
      { account: A2 },
    );
    expect((await refused('RunInstances', runParams(shared.ImageId))).Code).toBe('InvalidImageId.NotFound');
  });

  it('refuses an image still being created with InvalidImageId.IncorrectState', async () => {
    const { InstanceId } = await instanceNamed('web-01');
    const { ImageId } = await ok<{ ImageId: string }>('CreateImage', { ImageName: 'fresh', InstanceId });
    expect((await refused('RunInstances', runParams(ImageId))).Code).toBe('InvalidImageId.IncorrectState');
    testClock.advance(testBackend.durations.create);
    await ok('RunInstances', runParams(ImageId));
  });

  it('refuses an image whose import failed with InvalidImageId.IncorrectState', async () => {
    const failed = await imageNamed('legacy-erp-import');
    expect((await refused('RunInstances', runParams(failed.ImageId))).Code).toBe('InvalidImageId.IncorrectState');
  });

  it.each([
    [
      'an arm image on an x86 type',
      { InstanceType: 'S5.MEDIUM4' },
      ARM,
      'InvalidParameterValue.InvalidImageForGivenInstanceType',
    ],
    ['a small system disk', { SystemDisk: { DiskSize: 40 } }, WINDOWS, 'InvalidParameterValue.InvalidDiskSize'],
    ['a zone of another region', { Placement: { Zone: 'ap-beijing-3' } }, CENTOS, 'InvalidZone.MismatchRegion'],
    ['an unknown instance type', { InstanceType: 'S9.SMALL1' }, CENTOS, 'InvalidParameterValue.InstanceTypeNotFound'],
    ['a 61-character name', { InstanceName: 'n'.repeat(61) }, CENTOS, 'InvalidParameterValue.TooLarge'],
    ['an empty name', { InstanceName: '' }, CENTOS, 'InvalidParameterValue.TooLarge'],
    ['InstanceCount 0', { InstanceCount: 0 }, CENTOS, 'InvalidParameterValue.Range'],
    ['an unknown charge type', { InstanceChargeType: 'FREE' }, CENTOS, 'InvalidParameterValue'],
    ['an unknown parameter', { Password: 'x' }, CENTOS, 'UnknownParameter'],
  ])('refuses %s with %s and creates nothing', async (_what, overrides, name, code) => {
    const image = await publicImage(name);
    expect((await refused('RunInstances', runParams(image.ImageId, overrides))).Code).toBe(code);
  });

  it('refuses an unknown image, another account’s image and an image of another region with InvalidImageId.NotFound', async () => {
    expect((await refused('RunInstances', runParams('img-zzzzzzzz'))).Code).toBe('InvalidImageId.NotFound');
    const foreign = seededImageId(A2, 'ap-guangzhou', 'partner-mysql-debian11');
    expect((await refused('RunInstances', runParams(foreign))).Code).toBe('InvalidImageId.NotFound');
    const sh = await imageNamed('payment-gateway-ubuntu2004', { region: 'ap-shanghai' });
    expect((await refused('RunInstances', runParams(sh.ImageId))).Code).toBe('InvalidImageId.NotFound');
  });

  it('answers DryRunOperation and creates nothing for a request that would pass', async () => {
    const image = await publicImage(CENTOS);
    expect((await refused('RunInstances', runParams(image.ImageId, { DryRun: true }))).Code).toBe('DryRunOperation');
  });

  it('refuses a name whose numbered copies would pass 60 characters, naming the limit', async () => {
    const image = await publicImage(CENTOS);
    const error = await refused(
      'RunInstances',
      runParams(image.ImageId, { InstanceCount: 10, InstanceName: 'n'.repeat(58) }),
    );
    expect(error.Code).toBe('InvalidParameterValue.TooLarge');
    expect(error.Message).toContain('57 characters');
  });

  it('numbers instances within 60 characters', async () => {
    const image = await publicImage(CENTOS);
    const { InstanceIdSet } = await ok<{ InstanceIdSet: string[] }>(
      'RunInstances',
      runParams(image.ImageId, { InstanceCount: 10, InstanceName: 'n'.repeat(57) }),
    );
    const names = (await listInstances())
      .filter((i) => InstanceIdSet.includes(i.InstanceId))
      .map((i) => i.InstanceName);
    expect(Math.max(...names.map((n) => n.length))).toBe(60);
  });

  it('accepts the SDK’s network and login parameters', async () => {
    const image = await publicImage(CENTOS);
    await ok(
      'RunInstances',
      runParams(image.ImageId, {
        InternetAccessible: { InternetMaxBandwidthOut: 1, PublicIpAssigned: true },
        LoginSettings: { KeyIds: ['skey-aaaaaaaa'] },
        SecurityGroupIds: ['sg-aaaaaaaa'],
        HostName: 'web',
        ClientToken: 'token-1',
      }),
    );
  });
});
