import { z } from './zod.ts';
import { type Violation, violation } from './violation.ts';
import type { Architecture } from './images.ts';
import { filtersSchema } from './describe.ts';
import { findRegion } from './regions.ts';
import type { Language } from './messages/params.ts';

// The instance types on sale, where, and which images boot on them.

export interface InstanceTypeSpec {
  InstanceType: string;
  InstanceFamily: string;
  CPU: number;
  /** GiB */
  Memory: number;
  Architecture: 'x86_64' | 'arm';
  /** CNY per hour in mainland regions. */
  HourlyPrice: number;
}

/**
 * Each family's name in each language, as the real API names it in the language of the request
 * (X-TC-Language): DescribeInstanceFamilyConfigs answers `InstanceFamilyName` "标准型S5" in Chinese
 * and "Standard S5" in English (Tencent Cloud's API reference and tccli's examples).
 */
const familyNames: Readonly<Record<string, Readonly<Record<Language, string>>>> = {
  S5: { 'en-US': 'Standard S5', 'zh-CN': '标准型S5' },
  SA5: { 'en-US': 'Standard SA5', 'zh-CN': '标准型SA5' },
  SR1: { 'en-US': 'Standard SR1', 'zh-CN': '标准型SR1' },
};

/** A family's name in a language ("Standard S5", "标准型S5"); undefined for a family not on sale here. */
export function familyName(family: string, language: Language): string | undefined {
  return Object.hasOwn(familyNames, family) ? familyNames[family]![language] : undefined;
}

function family(
  prefix: keyof typeof familyNames,
  arch: 'x86_64' | 'arm',
  sizes: [suffix: string, cpu: number, mem: number, price: number][],
): InstanceTypeSpec[] {
  return sizes.map(([suffix, cpu, mem, price]) => ({
    InstanceType: `${prefix}.${suffix}`,
    InstanceFamily: prefix,
    CPU: cpu,
    Memory: mem,
    Architecture: arch,
    HourlyPrice: price,
  }));
}

export const instanceTypes: readonly InstanceTypeSpec[] = [
  ...family('S5', 'x86_64', [
    ['SMALL1', 1, 1, 0.11],
    ['SMALL2', 1, 2, 0.18],
    ['MEDIUM4', 2, 4, 0.36],
    ['LARGE8', 4, 8, 0.72],
    ['2XLARGE16', 8, 16, 1.44],
  ]),
  ...family('SA5', 'x86_64', [
    ['MEDIUM4', 2, 4, 0.31],
    ['LARGE8', 4, 8, 0.62],
    ['2XLARGE16', 8, 16, 1.24],
  ]),
  ...family('SR1', 'arm', [
    ['MEDIUM4', 2, 4, 0.26],
    ['LARGE8', 4, 8, 0.52],
    ['2XLARGE16', 8, 16, 1.04],
  ]),
];

/** ARM instances are sold in these regions only. */
export const ARM_REGIONS: readonly string[] = [
  'ap-guangzhou',
  'ap-shanghai',
  'ap-beijing',
  'ap-nanjing',
  'ap-singapore',
];

export function findInstanceType(type: string): InstanceTypeSpec | undefined {
  return instanceTypes.find((t) => t.InstanceType === type);
}

export function instanceTypesIn(regionId: string): InstanceTypeSpec[] {
  return instanceTypes.filter((t) => t.Architecture !== 'arm' || ARM_REGIONS.includes(regionId));
}

/** Whether an image of this architecture boots on an instance of that architecture (i386 runs on x86_64). */
export function architectureFits(image: Architecture, instance: 'x86_64' | 'arm'): boolean {
  if (instance === 'arm') return image === 'arm';
  return image === 'x86_64' || image === 'i386';
}

export const instanceTypeConfigFilterNames = ['zone', 'instance-family', 'instance-type'] as const;

export const describeInstanceTypeConfigsRequestSchema = z.strictObject({
  Filters: z.optional(filtersSchema(instanceTypeConfigFilterNames)),
});

/** One instance type on offer in one zone. */
export interface InstanceTypeConfig {
  Zone: string;
  InstanceType: string;
  InstanceFamily: string;
  GPU: number;
  CPU: number;
  Memory: number;
  FPGA: number;
  // Extensions: what the wizard shows next to each type (absent on the real API).
  Architecture?: 'x86_64' | 'arm';
  FamilyName?: string;
  HourlyPrice?: number;
}
export interface DescribeInstanceTypeConfigsResponse {
  InstanceTypeConfigSet: InstanceTypeConfig[];
}

/**
 * What is on offer in a region: every type sold there, in each zone that takes new instances, its
 * family named in `language` (the API's X-TC-Language).
 */
export function instanceTypeConfigs(regionId: string, language: Language = 'en-US'): InstanceTypeConfig[] {
  const region = findRegion(regionId);
  if (!region) return [];
  return region.zones
    .filter((z) => z.ZoneState === 'AVAILABLE')
    .flatMap((z) =>
      instanceTypesIn(region.id).map((t) => ({
        Zone: z.Zone,
        InstanceType: t.InstanceType,
        InstanceFamily: t.InstanceFamily,
        GPU: 0,
        CPU: t.CPU,
        Memory: t.Memory,
        FPGA: 0,
        Architecture: t.Architecture,
        FamilyName: familyName(t.InstanceFamily, language),
        HourlyPrice: t.HourlyPrice,
      })),
    );
}

/**
 * Why `instanceType` cannot be chosen where asked: it is not on offer in the zone (when one is
 * given), else anywhere in the region. `offers` default to what the API answers in the region
 * (instanceTypeConfigs); the wizard passes the DescribeInstanceTypeConfigs answer it holds.
 */
export function instanceTypeOfferViolation(
  instanceType: string,
  where: { regionId: string; zone?: string },
  offers: readonly Pick<InstanceTypeConfig, 'Zone' | 'InstanceType'>[] = instanceTypeConfigs(where.regionId),
): Violation | undefined {
  if (offers.some((c) => c.InstanceType === instanceType && (!where.zone || c.Zone === where.zone))) return undefined;
  return violation(
    'InvalidParameterValue.InstanceTypeNotFound',
    'instanceType.notSold',
    { instanceType, where: where.zone || where.regionId },
    'InstanceType',
  );
}
