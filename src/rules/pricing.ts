import type { Image } from './images.ts';
import type { InstanceTypeSpec, PriceBreakdown } from './instances.ts';
import { findRegion } from './regions.ts';

/** Instances outside the Chinese mainland cost this much more per hour. */
export const OVERSEAS_PRICE_FACTOR = 1.25;
/** Windows Server licence outside the mainland: CNY per vCPU per hour. */
export const WINDOWS_LICENCE_PER_VCPU_HOUR = 0.06;
/** Premium cloud disk: CNY per GB per hour. */
export const DISK_PRICE_PER_GB_HOUR = 0.0004;
export const HOURS_PER_MONTH = 720;

const round = (n: number) => Math.round(n * 10000) / 10000;

function isWindows(image: Pick<Image, 'Platform'>): boolean {
  return image.Platform.toLowerCase() === 'windows';
}

/** The image fee a person pays per instance-hour, and why. Zero for free images. */
export function imageFee(
  image: Pick<Image, 'ImageType' | 'Platform' | 'MarketInfo' | 'LicenseType'>,
  regionId: string,
  cpu = 1,
): { perHour: number; note: string } {
  const region = findRegion(regionId);
  if (image.ImageType === 'MARKET_IMAGE' && image.MarketInfo) {
    const m = image.MarketInfo;
    if (m.PriceMode === 'HOURLY') return { perHour: m.Price, note: `${m.Vendor}: ¥${m.Price.toFixed(2)} per hour` };
    if (m.PriceMode === 'MONTHLY')
      return { perHour: round(m.Price / HOURS_PER_MONTH), note: `${m.Vendor}: ¥${m.Price.toFixed(2)} per month` };
    return { perHour: 0, note: `Free (${m.Vendor})` };
  }
  // The licence follows the operating system: a custom or shared image made from Windows Server
  // carries the same fee as the public image, unless it brings its own licence.
  if (isWindows(image) && image.LicenseType !== 'BYOL' && region && !region.mainland) {
    const perHour = round(WINDOWS_LICENCE_PER_VCPU_HOUR * cpu);
    return {
      perHour,
      note: `Windows licence outside the Chinese mainland: ¥${WINDOWS_LICENCE_PER_VCPU_HOUR.toFixed(2)} per vCPU per hour`,
    };
  }
  return { perHour: 0, note: 'Free' };
}

/** A short label for the fee column: "Free", "¥0.06/vCPU/hour", "¥0.20/hour", "¥99.00/month". */
export function feeLabel(
  image: Pick<Image, 'ImageType' | 'Platform' | 'MarketInfo' | 'LicenseType'>,
  regionId: string,
): string {
  if (image.ImageType === 'MARKET_IMAGE' && image.MarketInfo) {
    const m = image.MarketInfo;
    if (m.PriceMode === 'HOURLY') return `¥${m.Price.toFixed(2)}/hour`;
    if (m.PriceMode === 'MONTHLY') return `¥${m.Price.toFixed(2)}/month`;
    return 'Free';
  }
  const fee = imageFee(image, regionId);
  return fee.perHour > 0 ? `¥${WINDOWS_LICENCE_PER_VCPU_HOUR.toFixed(2)}/vCPU/hour` : 'Free';
}

export function priceBreakdown(
  type: InstanceTypeSpec,
  image: Pick<Image, 'ImageType' | 'Platform' | 'MarketInfo' | 'LicenseType'>,
  regionId: string,
  disk: { systemGb: number; dataGb: number },
  count: number,
): PriceBreakdown {
  const overseas = findRegion(regionId)?.mainland === false;
  const instance = round(type.HourlyPrice * (overseas ? OVERSEAS_PRICE_FACTOR : 1));
  const fee = imageFee(image, regionId, type.CPU);
  const system = round(disk.systemGb * DISK_PRICE_PER_GB_HOUR);
  const data = round(disk.dataGb * DISK_PRICE_PER_GB_HOUR);
  return {
    Currency: 'CNY',
    ChargeUnit: 'HOUR',
    InstancePerHour: instance,
    ImageFeePerHour: fee.perHour,
    ImageFeeNote: fee.note,
    SystemDiskPerHour: system,
    DataDisksPerHour: data,
    TotalPerHour: round((instance + fee.perHour + system + data) * count),
  };
}
