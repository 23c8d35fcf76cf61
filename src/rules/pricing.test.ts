import { describe, it, expect } from 'vitest';
import type { Image, MarketInfo } from './images.ts';
import {
  DISK_PRICE_PER_GB_HOUR,
  HOURS_PER_MONTH,
  OVERSEAS_PRICE_FACTOR,
  WINDOWS_LICENCE_PER_VCPU_HOUR,
  feeLabel,
  imageFee,
  priceBreakdown,
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

describe('constants', () => {
  it('price Windows outside the mainland per vCPU, overseas instances at +25%', () => {
    expect(WINDOWS_LICENCE_PER_VCPU_HOUR).toBe(0.06);
    expect(OVERSEAS_PRICE_FACTOR).toBe(1.25);
    expect(DISK_PRICE_PER_GB_HOUR).toBe(0.0004);
    expect(HOURS_PER_MONTH).toBe(720);
  });
});

describe('imageFee', () => {
  it.each(regions.map((r) => r.id))('a public Linux image is free in %s', (regionId) => {
    expect(imageFee(linux, regionId, 8)).toEqual({ perHour: 0, note: 'Free' });
  });

  it.each(mainland)('a public Windows image is free in mainland %s', (regionId) => {
    expect(imageFee(windows, regionId, 8)).toEqual({ perHour: 0, note: 'Free' });
  });

  it.each(overseas)('a public Windows image carries a per-vCPU licence fee in %s', (regionId) => {
    const fee = imageFee(windows, regionId, 4);
    expect(fee.perHour).toBeCloseTo(0.24, 10);
    expect(fee.note).toContain('Windows licence');
    expect(fee.note).toContain('¥0.06 per vCPU per hour');
  });

  it.each([
    ['1 vCPU (default)', undefined, 0.06],
    ['2 vCPU', 2, 0.12],
    ['8 vCPU', 8, 0.48],
  ])('the Windows fee scales with %s', (_name, cpu, perHour) => {
    expect(imageFee(windows, 'ap-hongkong', cpu).perHour).toBeCloseTo(perHour, 10);
  });

  it.each([
    ['upper-case platform', image({ Platform: 'WINDOWS' }), 'ap-singapore', 0.06],
    ['a custom Windows image overseas', customWindows, 'ap-singapore', 0.06],
    ['a shared Windows image overseas', sharedWindows, 'ap-singapore', 0.06],
    ['a BYOL Windows image overseas', { ...customWindows, LicenseType: 'BYOL' as const }, 'ap-singapore', 0],
    ['an unknown region', windows, 'xx-nowhere', 0],
  ])('%s', (_name, img, regionId, perHour) => {
    expect(imageFee(img, regionId).perHour).toBeCloseTo(perHour, 10);
  });

  it.each([
    ['HOURLY', hourly, 'ap-guangzhou', 0.2, 'Bitnami: ¥0.20 per hour'],
    ['HOURLY overseas (no factor)', hourly, 'eu-frankfurt', 0.2, 'Bitnami: ¥0.20 per hour'],
    ['MONTHLY, spread over 720 hours', monthly, 'ap-guangzhou', 0.1375, 'Bitnami: ¥99.00 per month'],
    ['FREE', free, 'ap-singapore', 0, 'Free (Bitnami)'],
  ])('a marketplace image priced %s', (_name, img, regionId, perHour, note) => {
    const fee = imageFee(img, regionId, 4);
    expect(fee.perHour).toBeCloseTo(perHour, 10);
    expect(fee.note).toBe(note);
  });

  it('treats a marketplace listing without price info as free', () => {
    expect(imageFee(image({ ImageType: 'MARKET_IMAGE', MarketInfo: null }), 'ap-guangzhou')).toEqual({
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
    ['public Windows in Hong Kong', windows, 'ap-hongkong', '¥0.06/vCPU/hour'],
    ['public Windows in Frankfurt', windows, 'eu-frankfurt', '¥0.06/vCPU/hour'],
    ['custom Windows in Hong Kong', customWindows, 'ap-hongkong', '¥0.06/vCPU/hour'],
    ['marketplace HOURLY', hourly, 'ap-guangzhou', '¥0.20/hour'],
    ['marketplace MONTHLY', monthly, 'ap-guangzhou', '¥99.00/month'],
    ['marketplace FREE', free, 'ap-guangzhou', 'Free'],
  ])('%s: %s', (_name, img, regionId, label) => {
    expect(feeLabel(img, regionId)).toBe(label);
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
    const p = priceBreakdown(instanceType(typeName), img, regionId, disk, count);
    expect(p.Currency).toBe('CNY');
    expect(p.ChargeUnit).toBe('HOUR');
    expect(p.InstancePerHour).toBeCloseTo(expected.instance, 10);
    expect(p.ImageFeePerHour).toBeCloseTo(expected.fee, 10);
    expect(p.SystemDiskPerHour).toBeCloseTo(expected.system, 10);
    expect(p.DataDisksPerHour).toBeCloseTo(expected.data, 10);
    expect(p.TotalPerHour).toBeCloseTo(expected.total, 10);
    expect(p.ImageFeeNote).toBe(imageFee(img, regionId, instanceType(typeName).CPU).note);
  });

  it('multiplies every per-instance part by the count', () => {
    const one = priceBreakdown(instanceType('SA5.LARGE8'), windows, 'ap-tokyo', { systemGb: 60, dataGb: 200 }, 1);
    const seven = priceBreakdown(instanceType('SA5.LARGE8'), windows, 'ap-tokyo', { systemGb: 60, dataGb: 200 }, 7);
    expect(seven.TotalPerHour).toBeCloseTo(one.TotalPerHour * 7, 4);
    expect(seven.InstancePerHour).toBe(one.InstancePerHour);
    expect(one.TotalPerHour).toBeCloseTo(
      one.InstancePerHour + one.ImageFeePerHour + one.SystemDiskPerHour + one.DataDisksPerHour,
      10,
    );
  });

  it('rounds to 4 decimal places', () => {
    const p = priceBreakdown(instanceType('S5.SMALL1'), linux, 'ap-guangzhou', { systemGb: 33, dataGb: 0 }, 3);
    for (const n of [p.InstancePerHour, p.SystemDiskPerHour, p.TotalPerHour])
      expect(Math.round(n * 10000) / 10000).toBe(n);
  });
});
