import { describe, it, expect } from 'vitest';
import type { Image, MarketInfo } from './images.ts';
import {
  CNY_PER_USD,
  DISK_PRICE_PER_GB_HOUR,
  HOURS_PER_MONTH,
  OVERSEAS_PRICE_FACTOR,
  WINDOWS_LICENCE_PER_VCPU_HOUR,
  feeLabel,
  feeShown,
  formatPrice,
  imageFee,
  inRegionCurrency,
  instancePricePerHour,
  launchPrice,
  priceBreakdown,
  regionCurrency,
} from './pricing.ts';
import { regions } from './regions.ts';
import { imageFixture, instanceType, publicImageFields } from '../test/fixtures.ts';

/** The 20 GB public Ubuntu image. */
const image = (overrides: Partial<Image> = {}) =>
  imageFixture({
    ...publicImageFields,
    OsName: 'Ubuntu Server 22.04 LTS 64位',
    ImageName: 'Ubuntu Server 22.04 LTS 64位',
    ImageSize: 20,
    Platform: 'Ubuntu',
    ...overrides,
  });

const market = (info: Partial<MarketInfo>) =>
  image({
    ImageType: 'MARKET_IMAGE',
    ImageCreator: 'vendor',
    MarketInfo: { Vendor: 'Bitnami', Software: ['WordPress 6'], PriceMode: 'FREE', Price: 0, Audited: true, ...info },
  });

const linux = image();
const windows = image({ OsName: 'Windows Server 2022 数据中心版 64位中文版', Platform: 'Windows', ImageSize: 50 });
const customWindows = image({ ImageType: 'PRIVATE_IMAGE', ImageCreator: '100000000001', Platform: 'Windows' });
const sharedWindows = image({ ImageType: 'SHARED_IMAGE', ImageCreator: '100000000002', Platform: 'Windows' });
const hourly = market({ PriceMode: 'HOURLY', Price: 0.2 });
const monthly = market({ PriceMode: 'MONTHLY', Price: 99 });
const free = market({ PriceMode: 'FREE', Price: 0 });

const mainland = regions.filter((r) => r.mainland).map((r) => r.id);
const overseas = regions.filter((r) => !r.mainland).map((r) => r.id);

/** A CNY list amount in US dollars, as regions outside the mainland are billed: at CNY_PER_USD, 4 places. */
const usd = (cny: number) => Math.round((cny / CNY_PER_USD) * 10000) / 10000;
/** A CNY list amount in the currency `regionId` bills in. */
const billed = (regionId: string, cny: number) => (regionCurrency(regionId) === 'USD' ? usd(cny) : cny);

describe('constants', () => {
  it('price Windows outside the mainland per vCPU, overseas instances at +25%', () => {
    expect(WINDOWS_LICENCE_PER_VCPU_HOUR).toBe(0.06);
    expect(OVERSEAS_PRICE_FACTOR).toBe(1.25);
    expect(DISK_PRICE_PER_GB_HOUR).toBe(0.0004);
    expect(HOURS_PER_MONTH).toBe(720);
  });

  it('convert the CNY price list to US dollars at one fixed rate', () => {
    expect(CNY_PER_USD).toBe(7.2);
  });
});

describe('regionCurrency and inRegionCurrency', () => {
  it.each(mainland)('mainland %s is billed in CNY, the price list as it is', (regionId) => {
    expect(regionCurrency(regionId)).toBe('CNY');
    expect(inRegionCurrency(0.36, regionId)).toBe(0.36);
  });

  it.each(overseas)('%s, outside the mainland, is billed in USD, converted and rounded to 4 places', (regionId) => {
    expect(regionCurrency(regionId)).toBe('USD');
    expect(inRegionCurrency(0.45, regionId)).toBe(0.0625);
    expect(inRegionCurrency(0.06, regionId)).toBe(0.0083);
    expect(inRegionCurrency(99, regionId)).toBe(13.75);
  });

  it('prices an unknown region as the mainland, in CNY', () => {
    expect(regionCurrency('xx-nowhere')).toBe('CNY');
  });

  it('rounds to 4 places, half away from zero', () => {
    expect(inRegionCurrency(0.00005, 'ap-guangzhou')).toBe(0.0001);
    expect(inRegionCurrency(0.00004, 'ap-guangzhou')).toBe(0);
    expect(inRegionCurrency(0.12345678, 'ap-guangzhou')).toBe(0.1235);
  });
});

describe('formatPrice', () => {
  it.each<[string, number, Parameters<typeof formatPrice>[1], 'en-US' | 'zh-CN', string]>([
    ['at least 2 decimal places', 0.36, { currency: 'CNY' }, 'en-US', '¥0.36'],
    ['zero', 0, { currency: 'CNY' }, 'en-US', '¥0.00'],
    ['up to 4 decimal places', 0.0004, { currency: 'CNY' }, 'en-US', '¥0.0004'],
    ['no more than 4, rounded half up', 0.12345, { currency: 'CNY' }, 'en-US', '¥0.1235'],
    ['grouped thousands', 1234.5, { currency: 'CNY' }, 'en-US', '¥1,234.50'],
    ['US dollars', 0.0625, { currency: 'USD' }, 'en-US', '$0.0625'],
    ['per hour', 0.2, { currency: 'CNY', per: 'hour' }, 'en-US', '¥0.20/hour'],
    ['per month', 99, { currency: 'CNY', per: 'month' }, 'en-US', '¥99.00/month'],
    ['per vCPU-hour', 0.0083, { currency: 'USD', per: 'vcpu-hour' }, 'en-US', '$0.0083/vCPU/hour'],
    ['per hour in Chinese', 0.2, { currency: 'CNY', per: 'hour' }, 'zh-CN', '¥0.20/小时'],
    ['per month in Chinese', 99, { currency: 'CNY', per: 'month' }, 'zh-CN', '¥99.00/月'],
    ['US dollars per vCPU-hour in Chinese', 0.0083, { currency: 'USD', per: 'vcpu-hour' }, 'zh-CN', '$0.0083/核/小时'],
  ])('%s: %s', (_what, amount, unit, language, text) => {
    expect(formatPrice(amount, unit, language)).toBe(text);
  });
});

describe('instancePricePerHour', () => {
  it.each([
    ['ap-guangzhou', 0.36],
    ['ap-hongkong', usd(0.45)],
    ['eu-frankfurt', usd(0.45)],
  ])('S5.MEDIUM4 in %s: %s', (regionId, price) => {
    expect(instancePricePerHour(instanceType('S5.MEDIUM4'), regionId)).toBe(price);
  });
});

describe('imageFee', () => {
  it.each(regions.map((r) => r.id))('a public Linux image is free in %s', (regionId) => {
    expect(imageFee(linux, regionId, 8, 'en-US')).toEqual({ perHour: 0, note: 'Free' });
  });

  it.each(mainland)('a public Windows image is free in mainland %s', (regionId) => {
    expect(imageFee(windows, regionId, 8, 'en-US')).toEqual({ perHour: 0, note: 'Free' });
  });

  it.each(overseas)('a public Windows image carries a per-vCPU licence fee in %s, in US dollars', (regionId) => {
    const fee = imageFee(windows, regionId, 4, 'en-US');
    expect(fee.perHour).toBeCloseTo(usd(0.24), 10);
    expect(fee.note).toContain('Windows licence');
    expect(fee.note).toContain(`$${usd(0.06)} per vCPU per hour`);
  });

  it.each([
    ['1 vCPU', 1, 0.06],
    ['2 vCPU', 2, 0.12],
    ['8 vCPU', 8, 0.48],
  ])('the Windows fee scales with %s', (_name, cpu, perHour) => {
    expect(imageFee(windows, 'ap-hongkong', cpu, 'en-US').perHour).toBeCloseTo(usd(perHour), 10);
  });

  it.each([
    ['upper-case platform', image({ Platform: 'WINDOWS' }), 'ap-singapore', 0.06],
    ['a custom Windows image overseas', customWindows, 'ap-singapore', 0.06],
    ['a shared Windows image overseas', sharedWindows, 'ap-singapore', 0.06],
    ['a BYOL Windows image overseas', { ...customWindows, LicenseType: 'BYOL' as const }, 'ap-singapore', 0],
    ['an unknown region', windows, 'xx-nowhere', 0],
  ])('%s', (_name, img, regionId, perHour) => {
    expect(imageFee(img, regionId, 1, 'en-US').perHour).toBeCloseTo(billed(regionId, perHour), 10);
  });

  it.each([
    ['HOURLY', hourly, 'ap-guangzhou', 0.2, 'Bitnami: ¥0.20 per hour'],
    ['HOURLY overseas (no factor), in US dollars', hourly, 'eu-frankfurt', usd(0.2), 'Bitnami: $0.0278 per hour'],
    ['MONTHLY overseas, in US dollars', monthly, 'ap-tokyo', usd(0.1375), 'Bitnami: $13.75 per month'],
    ['MONTHLY, spread over 720 hours', monthly, 'ap-guangzhou', 0.1375, 'Bitnami: ¥99.00 per month'],
    ['FREE', free, 'ap-singapore', 0, 'Free (Bitnami)'],
  ])('a marketplace image priced %s', (_name, img, regionId, perHour, note) => {
    const fee = imageFee(img, regionId, 4, 'en-US');
    expect(fee.perHour).toBeCloseTo(perHour, 10);
    expect(fee.note).toBe(note);
  });

  it.each([
    ['free', linux, 'ap-guangzhou', '免费'],
    ['a vendor’s free listing', free, 'ap-guangzhou', '免费（Bitnami）'],
    ['hourly', hourly, 'ap-guangzhou', 'Bitnami：¥0.20/小时'],
    ['monthly', monthly, 'ap-beijing', 'Bitnami：¥99.00/月'],
    ['the Windows licence', windows, 'ap-singapore', '中国大陆以外地域的 Windows 许可费：$0.0083/核/小时'],
  ])('says why in Chinese: %s', (_what, img, regionId, note) => {
    expect(imageFee(img, regionId, 2, 'zh-CN').note).toBe(note);
  });

  it('treats a marketplace listing without price info as free', () => {
    expect(imageFee(image({ ImageType: 'MARKET_IMAGE', MarketInfo: null }), 'ap-guangzhou', 1, 'en-US')).toEqual({
      perHour: 0,
      note: 'Free',
    });
  });
});

describe('feeLabel', () => {
  it.each([
    ['public Linux in Guangzhou', linux, 'ap-guangzhou', 'Free'],
    ['public Linux in Tokyo', linux, 'ap-tokyo', 'Free'],
    ['public Windows in Guangzhou', windows, 'ap-guangzhou', 'Free'],
    ['public Windows in a finance region', windows, 'ap-shanghai-fsi', 'Free'],
    ['public Windows in Hong Kong, in US dollars', windows, 'ap-hongkong', '$0.0083/vCPU/hour'],
    ['public Windows in Frankfurt', windows, 'eu-frankfurt', '$0.0083/vCPU/hour'],
    ['custom Windows in Hong Kong', customWindows, 'ap-hongkong', '$0.0083/vCPU/hour'],
    ['marketplace HOURLY', hourly, 'ap-guangzhou', '¥0.20/hour'],
    ['marketplace MONTHLY', monthly, 'ap-guangzhou', '¥99.00/month'],
    ['marketplace HOURLY in Singapore', hourly, 'ap-singapore', '$0.0278/hour'],
    ['marketplace FREE', free, 'ap-guangzhou', 'Free'],
  ])('%s: %s', (_name, img, regionId, label) => {
    expect(feeLabel(img, regionId, 'en-US')).toBe(label);
  });

  it.each([
    ['free', linux, 'ap-guangzhou', '免费'],
    ['hourly', hourly, 'ap-guangzhou', '¥0.20/小时'],
    ['monthly', monthly, 'ap-guangzhou', '¥99.00/月'],
    ['the Windows licence in Tokyo', windows, 'ap-tokyo', '$0.0083/核/小时'],
  ])('in Chinese, %s: %s', (_name, img, regionId, label) => {
    expect(feeLabel(img, regionId, 'zh-CN')).toBe(label);
  });

  it.each([
    ['marketplace HOURLY in Guangzhou', hourly, 'ap-guangzhou', '¥'],
    ['marketplace HOURLY in Singapore', hourly, 'ap-singapore', '$'],
    ['Windows in Singapore', windows, 'ap-singapore', '$'],
  ])('agrees with the price review on %s: the same price, in the same currency', (_what, img, regionId, symbol) => {
    const type = instanceType('S5.MEDIUM4');
    const p = priceBreakdown(type, img, regionId, { systemGb: 50, dataGb: 0 }, 1, 'en-US');
    const label = feeLabel(img, regionId, 'en-US');
    const price = label.replace(/\/.*/, '');
    expect(price.startsWith(symbol)).toBe(true);
    expect(p.Currency).toBe(symbol === '$' ? 'USD' : 'CNY');
    expect(p.ImageFeeNote).toContain(price);
    expect(p.ImageFeePerHour).toBe(imageFee(img, regionId, type.CPU, 'en-US').perHour);
  });
});

describe('priceBreakdown', () => {
  it.each<
    [
      string,
      string,
      Image,
      string,
      { systemGb: number; dataGb: number },
      number,
      { instance: number; fee: number; system: number; data: number; total: number },
    ]
  >([
    [
      'Linux in Guangzhou',
      'S5.MEDIUM4',
      linux,
      'ap-guangzhou',
      { systemGb: 50, dataGb: 0 },
      1,
      { instance: 0.36, fee: 0, system: 0.02, data: 0, total: 0.38 },
    ],
    [
      'Linux in Guangzhou × 10',
      'S5.MEDIUM4',
      linux,
      'ap-guangzhou',
      { systemGb: 50, dataGb: 0 },
      10,
      { instance: 0.36, fee: 0, system: 0.02, data: 0, total: 3.8 },
    ],
    [
      'Windows in Guangzhou',
      'S5.MEDIUM4',
      windows,
      'ap-guangzhou',
      { systemGb: 50, dataGb: 0 },
      1,
      { instance: 0.36, fee: 0, system: 0.02, data: 0, total: 0.38 },
    ],
    [
      'Linux in Hong Kong (overseas factor)',
      'S5.MEDIUM4',
      linux,
      'ap-hongkong',
      { systemGb: 50, dataGb: 0 },
      1,
      { instance: 0.45, fee: 0, system: 0.02, data: 0, total: 0.47 },
    ],
    [
      'Windows in Hong Kong × 3 with data disk',
      'S5.MEDIUM4',
      windows,
      'ap-hongkong',
      { systemGb: 50, dataGb: 100 },
      3,
      { instance: 0.45, fee: 0.12, system: 0.02, data: 0.04, total: 1.89 },
    ],
    [
      'Windows 8 vCPU in Frankfurt',
      'S5.2XLARGE16',
      windows,
      'eu-frankfurt',
      { systemGb: 100, dataGb: 0 },
      1,
      { instance: 1.8, fee: 0.48, system: 0.04, data: 0, total: 2.32 },
    ],
    [
      'marketplace HOURLY in Singapore × 2',
      'SR1.MEDIUM4',
      hourly,
      'ap-singapore',
      { systemGb: 50, dataGb: 0 },
      2,
      { instance: 0.325, fee: 0.2, system: 0.02, data: 0, total: 1.09 },
    ],
    [
      'marketplace MONTHLY in Beijing',
      'SA5.MEDIUM4',
      monthly,
      'ap-beijing',
      { systemGb: 20, dataGb: 0 },
      1,
      { instance: 0.31, fee: 0.1375, system: 0.008, data: 0, total: 0.4555 },
    ],
    [
      'an unknown region priced as mainland',
      'S5.MEDIUM4',
      linux,
      'xx-nowhere',
      { systemGb: 50, dataGb: 0 },
      1,
      { instance: 0.36, fee: 0, system: 0.02, data: 0, total: 0.38 },
    ],
  ])('%s', (_name, typeName, img, regionId, disk, count, expected) => {
    // The figures are the CNY price list; a region outside the mainland is billed them in US dollars.
    const p = priceBreakdown(instanceType(typeName), img, regionId, disk, count, 'en-US');
    const [instance, fee, system, data] = [expected.instance, expected.fee, expected.system, expected.data].map((n) =>
      billed(regionId, n),
    ) as [number, number, number, number];
    expect(p.Currency).toBe(regionCurrency(regionId));
    expect(p.ChargeUnit).toBe('HOUR');
    expect(p.InstancePerHour).toBeCloseTo(instance, 10);
    expect(p.ImageFeePerHour).toBeCloseTo(fee, 10);
    expect(p.SystemDiskPerHour).toBeCloseTo(system, 10);
    expect(p.DataDisksPerHour).toBeCloseTo(data, 10);
    // The total is the sum of the parts as billed, times the count; within rounding of the list's total.
    expect(p.TotalPerHour).toBeCloseTo(Math.round((instance + fee + system + data) * count * 10000) / 10000, 10);
    expect(p.TotalPerHour).toBeCloseTo(billed(regionId, expected.total), 3);
    expect(p.ImageFeeNote).toBe(imageFee(img, regionId, instanceType(typeName).CPU, 'en-US').note);
  });

  it('says the image fee in the language asked for', () => {
    const p = priceBreakdown(
      instanceType('S5.MEDIUM4'),
      windows,
      'ap-hongkong',
      { systemGb: 50, dataGb: 0 },
      1,
      'zh-CN',
    );
    expect(p.Currency).toBe('USD');
    expect(p.ImageFeeNote).toBe('中国大陆以外地域的 Windows 许可费：$0.0083/核/小时');
  });

  it('multiplies every per-instance part by the count', () => {
    const times = (count: number) =>
      priceBreakdown(instanceType('SA5.LARGE8'), windows, 'ap-tokyo', { systemGb: 60, dataGb: 200 }, count, 'en-US');
    const [one, seven] = [times(1), times(7)];
    expect(seven.TotalPerHour).toBeCloseTo(one.TotalPerHour * 7, 4);
    expect(seven.InstancePerHour).toBe(one.InstancePerHour);
    expect(one.TotalPerHour).toBeCloseTo(
      one.InstancePerHour + one.ImageFeePerHour + one.SystemDiskPerHour + one.DataDisksPerHour,
      10,
    );
  });

  it('rounds to 4 decimal places', () => {
    const p = priceBreakdown(instanceType('S5.SMALL1'), linux, 'ap-guangzhou', { systemGb: 33, dataGb: 0 }, 3, 'en-US');
    for (const n of [p.InstancePerHour, p.SystemDiskPerHour, p.TotalPerHour])
      expect(Math.round(n * 10000) / 10000).toBe(n);
  });
});

describe('feeShown', () => {
  it('shows a monthly listing by the month, with its hourly share as a hint', () => {
    expect(feeShown(monthly, 'ap-guangzhou', 'en-US')).toEqual({ label: '¥99.00/month', hourlyHint: '¥0.1375/hour' });
    expect(feeShown(monthly, 'ap-singapore', 'en-US')).toEqual({
      label: `$${usd(99).toFixed(2)}/month`,
      hourlyHint: `$${usd(99 / HOURS_PER_MONTH)}/hour`,
    });
  });

  it.each([
    ['an hourly listing', hourly],
    ['a free listing', free],
    ['a Windows image outside the mainland', windows],
  ])('gives %s no hint: it is billed by the hour', (_what, img) => {
    expect(feeShown(img, 'ap-singapore', 'en-US')).toEqual({ label: feeLabel(img, 'ap-singapore', 'en-US') });
  });
});

describe('launchPrice', () => {
  it('is the total the price breakdown quotes, data disks from the image’s snapshots included', () => {
    const withData = image({
      SnapshotSet: [
        { SnapshotId: 'snap-11111111', DiskUsage: 'SYSTEM_DISK', DiskSize: 20 },
        { SnapshotId: 'snap-22222222', DiskUsage: 'DATA_DISK', DiskSize: 100 },
      ],
    });
    for (const region of ['ap-guangzhou', 'ap-singapore']) {
      const quoted = priceBreakdown(
        instanceType('S5.MEDIUM4'),
        withData,
        region,
        { systemGb: 50, dataGb: 100 },
        3,
        'en-US',
      );
      expect(launchPrice(instanceType('S5.MEDIUM4'), withData, region, 50, 3, 'en-US')).toEqual({
        amount: quoted.TotalPerHour,
        currency: quoted.Currency,
      });
    }
  });
});
