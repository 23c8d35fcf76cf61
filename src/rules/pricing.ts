import type { Image } from './images.ts';
import type { InstanceTypeSpec } from './instance-types.ts';
import type { PriceBreakdown } from './run-instances.ts';
import type { Currency, Language, Message, Money } from './messages/params.ts';
import { formatMoney, renderMessage } from './messages/render.ts';
import { findRegion } from './regions.ts';

// The price list is in CNY, as Tencent Cloud's China site prices the Chinese mainland. A region is
// billed in the currency of the site that sells it: CNY in the Chinese mainland (the China site,
// whose API states prices in 元), USD outside it (the international site, whose API states them in
// USD). Every amount a region is quoted in comes from the CNY list through one rule: a per-hour
// amount is worked out in CNY, converted at CNY_PER_USD where the region bills in USD, and rounded
// once to 4 decimal places; a total is the sum of its rounded parts times the count, rounded to 4
// places. Prices are shown with 2 to 4 decimal places (formatMoney).
// What writes a price or a note takes the language it writes in, with no default: the browser loads
// the rules' messages of the page's language only, so a call that forgot it would throw on a page in
// another language.

/** Instances outside the Chinese mainland cost this much more per hour. */
export const OVERSEAS_PRICE_FACTOR = 1.25;
/** Windows Server licence outside the mainland: CNY per vCPU per hour. */
export const WINDOWS_LICENCE_PER_VCPU_HOUR = 0.06;
/** Premium cloud disk: CNY per GB per hour. */
export const DISK_PRICE_PER_GB_HOUR = 0.0004;
export const HOURS_PER_MONTH = 720;
/**
 * CNY to the US dollar, for regions billed in USD: one fixed demo rate (the mock keeps one price
 * list), not a live exchange rate.
 */
export const CNY_PER_USD = 7.2;

const round = (n: number) => Math.round(n * 10000) / 10000;

/** The currency a region is billed in: CNY in the Chinese mainland, USD outside it (an unknown region: CNY). */
export function regionCurrency(regionId: string): Currency {
  return findRegion(regionId)?.mainland === false ? 'USD' : 'CNY';
}

/** An amount of the CNY price list in the region's currency, rounded to 4 decimal places. */
export function inRegionCurrency(cny: number, regionId: string): number {
  return round(regionCurrency(regionId) === 'USD' ? cny / CNY_PER_USD : cny);
}

/** What a price is per: hour, month, or vCPU-hour. */
export type PriceUnit = 'hour' | 'month' | 'vcpu-hour';

const perUnit = { hour: 'price.perHour', month: 'price.perMonth', 'vcpu-hour': 'price.perVcpuHour' } as const;

/** A price as `language` writes it: "¥0.36", "$0.0625/hour", "¥99.00/月". */
export function formatPrice(
  amount: number,
  { currency, per }: { currency: Currency; per?: PriceUnit },
  language: Language,
): string {
  const price = { amount, currency };
  return per
    ? renderMessage({ key: perUnit[per], params: { price } }, language)
    : formatMoney(amount, currency, language);
}

type Priced = Pick<Image, 'ImageType' | 'Platform' | 'MarketInfo' | 'LicenseType'>;

/** What an image costs on top of its instance, from the CNY price list. */
type Fee =
  | { kind: 'free'; vendor?: string }
  | { kind: 'vendor'; vendor: string; per: 'hour' | 'month'; cny: number }
  | { kind: 'licence'; cnyPerVcpuHour: number };

function isWindows(image: Pick<Image, 'Platform'>): boolean {
  return image.Platform.toLowerCase() === 'windows';
}

function feeOf(image: Priced, regionId: string): Fee {
  if (image.ImageType === 'MARKET_IMAGE' && image.MarketInfo) {
    const m = image.MarketInfo;
    if (m.PriceMode === 'FREE') return { kind: 'free', vendor: m.Vendor };
    return { kind: 'vendor', vendor: m.Vendor, per: m.PriceMode === 'HOURLY' ? 'hour' : 'month', cny: m.Price };
  }
  // The licence follows the operating system: a custom or shared image made from Windows Server
  // carries the same fee as the public image, unless it brings its own licence.
  const region = findRegion(regionId);
  if (isWindows(image) && image.LicenseType !== 'BYOL' && region && !region.mainland)
    return { kind: 'licence', cnyPerVcpuHour: WINDOWS_LICENCE_PER_VCPU_HOUR };
  return { kind: 'free' };
}

/** A fee's price as it is quoted (per hour, per month, per vCPU-hour), in the region's currency. */
function quoted(fee: Exclude<Fee, { kind: 'free' }>, regionId: string): { price: Money; per: PriceUnit } {
  const cny = fee.kind === 'vendor' ? fee.cny : fee.cnyPerVcpuHour;
  const price = { amount: inRegionCurrency(cny, regionId), currency: regionCurrency(regionId) };
  return { price, per: fee.kind === 'vendor' ? fee.per : 'vcpu-hour' };
}

function feeNote(fee: Fee, regionId: string): Message {
  if (fee.kind === 'free')
    return fee.vendor === undefined
      ? { key: 'fee.free', params: {} }
      : { key: 'fee.freeFromVendor', params: { vendor: fee.vendor } };
  const { price } = quoted(fee, regionId);
  if (fee.kind === 'licence') return { key: 'fee.windowsLicence', params: { price } };
  const key = fee.per === 'hour' ? 'fee.vendorPerHour' : 'fee.vendorPerMonth';
  return { key, params: { vendor: fee.vendor, price } };
}

/** The image fee a person pays per instance-hour in the region's currency, and why. Zero for free images. */
export function imageFee(
  image: Priced,
  regionId: string,
  cpu: number,
  language: Language,
): { perHour: number; note: string } {
  const fee = feeOf(image, regionId);
  const cnyPerHour =
    fee.kind === 'free'
      ? 0
      : fee.kind === 'licence'
        ? fee.cnyPerVcpuHour * cpu
        : fee.cny / (fee.per === 'month' ? HOURS_PER_MONTH : 1);
  return { perHour: inRegionCurrency(cnyPerHour, regionId), note: renderMessage(feeNote(fee, regionId), language) };
}

/** A short label for the fee column: "Free", "¥0.06/vCPU/hour", "$0.0278/hour", "¥99.00/月". */
export function feeLabel(image: Priced, regionId: string, language: Language): string {
  const fee = feeOf(image, regionId);
  if (fee.kind === 'free') return renderMessage({ key: 'fee.free', params: {} }, language);
  const { price, per } = quoted(fee, regionId);
  return formatPrice(price.amount, { currency: price.currency, per }, language);
}

/**
 * An image's fee as a person reads it: in the unit it is billed in (feeLabel), and, for a fee billed
 * by the month, its share of each instance-hour as a hint (what the hourly total adds for it).
 */
export function feeShown(image: Priced, regionId: string, language: Language): { label: string; hourlyHint?: string } {
  const fee = feeOf(image, regionId);
  const label = feeLabel(image, regionId, language);
  if (fee.kind !== 'vendor' || fee.per !== 'month') return { label };
  const perHour = imageFee(image, regionId, 1, language).perHour;
  return { label, hourlyHint: formatPrice(perHour, { currency: regionCurrency(regionId), per: 'hour' }, language) };
}

/** An instance type's price per hour in a region, in the region's currency. */
export function instancePricePerHour(type: Pick<InstanceTypeSpec, 'HourlyPrice'>, regionId: string): number {
  const overseas = findRegion(regionId)?.mainland === false;
  return inRegionCurrency(type.HourlyPrice * (overseas ? OVERSEAS_PRICE_FACTOR : 1), regionId);
}

/** What launching `count` instances costs per hour, part by part, in the region's currency. */
export function priceBreakdown(
  type: InstanceTypeSpec,
  image: Priced,
  regionId: string,
  disk: { systemGb: number; dataGb: number },
  count: number,
  language: Language,
): PriceBreakdown {
  const instance = instancePricePerHour(type, regionId);
  const fee = imageFee(image, regionId, type.CPU, language);
  const system = inRegionCurrency(disk.systemGb * DISK_PRICE_PER_GB_HOUR, regionId);
  const data = inRegionCurrency(disk.dataGb * DISK_PRICE_PER_GB_HOUR, regionId);
  return {
    Currency: regionCurrency(regionId),
    ChargeUnit: 'HOUR',
    InstancePerHour: instance,
    ImageFeePerHour: fee.perHour,
    ImageFeeNote: fee.note,
    SystemDiskPerHour: system,
    DataDisksPerHour: data,
    TotalPerHour: round((instance + fee.perHour + system + data) * count),
  };
}

/**
 * What the review will quote for launching `count` instances of `type` from `image` with a system
 * disk of `systemGb` (InquiryPriceRunInstances without DataDisks: the image's data-disk snapshots
 * become data disks), so each step can show the price before the review asks for it.
 */
export function launchPrice(
  type: InstanceTypeSpec,
  image: Priced & Pick<Image, 'SnapshotSet'>,
  regionId: string,
  systemGb: number,
  count: number,
  language: Language,
): Money {
  const dataGb = image.SnapshotSet.filter((s) => s.DiskUsage === 'DATA_DISK').reduce((n, s) => n + s.DiskSize, 0);
  // In the page's language: only its messages are loaded there (the breakdown renders the fee's note).
  const price = priceBreakdown(type, image, regionId, { systemGb, dataGb }, count, language);
  return { amount: price.TotalPerHour, currency: price.Currency };
}

/**
 * Snapshot storage: CNY per GB per month. UNCONFIRMED: the reference (§5.10) says only that the
 * snapshots behind a custom image are billed, past a free allowance; this is the list price of
 * Tencent Cloud's CBS snapshot storage in the Chinese mainland as the demo assumes it. The free
 * allowance is per account and region, not per snapshot, so it is left out: a monthly cost here is
 * an upper bound.
 */
export const SNAPSHOT_PRICE_PER_GB_MONTH = 0.12;

/** What keeping a snapshot of `sizeGb` costs per month in a region, in the region's currency. */
export function snapshotMonthlyCost(sizeGb: number, regionId: string): Money {
  return {
    amount: inRegionCurrency(sizeGb * SNAPSHOT_PRICE_PER_GB_MONTH, regionId),
    currency: regionCurrency(regionId),
  };
}
