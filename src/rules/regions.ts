import type { Language } from './messages/params.ts';
import { z } from './zod.ts';

export const zoneSchema = z.object({
  Zone: z.string(),
  ZoneName: z.string(),
  ZoneId: z.string(),
  ZoneState: z.enum(['AVAILABLE', 'UNAVAILABLE']),
});
export type Zone = z.infer<typeof zoneSchema>;

export const regionInfoSchema = z.object({
  Region: z.string(),
  RegionName: z.string(),
  RegionState: z.enum(['AVAILABLE', 'UNAVAILABLE']),
});
export type RegionInfo = z.infer<typeof regionInfoSchema>;

export const describeRegionsRequestSchema = z.strictObject({});
export interface DescribeRegionsResponse {
  TotalCount: number;
  RegionSet: RegionInfo[];
}

export const describeZonesRequestSchema = z.strictObject({});
export interface DescribeZonesResponse {
  TotalCount: number;
  ZoneSet: Zone[];
}

export interface Region {
  id: string;
  name: string;
  nameZh: string;
  /** City, as used in short labels ("10 of 10 custom images used in Guangzhou"). */
  city: string;
  cityZh: string;
  mainland: boolean;
  finance: boolean;
  zones: readonly Zone[];
}

interface ZoneSeed {
  n: number;
  soldOut?: boolean;
}

function region(
  id: string,
  name: string,
  nameZh: string,
  city: string,
  cityZh: string,
  flags: { mainland: boolean; finance?: boolean },
  zoneBase: number,
  zones: ZoneSeed[],
): Region {
  return {
    id,
    name,
    nameZh,
    city,
    cityZh,
    mainland: flags.mainland,
    finance: flags.finance ?? false,
    zones: zones.map((z) => ({
      Zone: `${id}-${z.n}`,
      ZoneName: `${city} Zone ${z.n}`,
      ZoneId: String(zoneBase + z.n),
      ZoneState: z.soldOut ? 'UNAVAILABLE' : 'AVAILABLE',
    })),
  };
}

const nums = (...ns: number[]): ZoneSeed[] => ns.map((n) => ({ n }));

/** The 18 regions of the CVM API support list, mainland first. */
export const regions: readonly Region[] = [
  region(
    'ap-guangzhou',
    'South China (Guangzhou)',
    '华南地区（广州）',
    'Guangzhou',
    '广州',
    { mainland: true },
    100000,
    [{ n: 1, soldOut: true }, { n: 2, soldOut: true }, ...nums(3, 4, 6, 7)],
  ),
  region('ap-shanghai', 'East China (Shanghai)', '华东地区（上海）', 'Shanghai', '上海', { mainland: true }, 200000, [
    { n: 1, soldOut: true },
    ...nums(2, 3, 4, 5, 8),
  ]),
  region(
    'ap-nanjing',
    'East China (Nanjing)',
    '华东地区（南京）',
    'Nanjing',
    '南京',
    { mainland: true },
    330000,
    nums(1, 2, 3),
  ),
  region('ap-beijing', 'North China (Beijing)', '华北地区（北京）', 'Beijing', '北京', { mainland: true }, 800000, [
    { n: 1, soldOut: true },
    ...nums(3, 4, 5, 6, 7),
  ]),
  region(
    'ap-chengdu',
    'Southwest China (Chengdu)',
    '西南地区（成都）',
    'Chengdu',
    '成都',
    { mainland: true },
    160000,
    nums(1, 2),
  ),
  region(
    'ap-chongqing',
    'Southwest China (Chongqing)',
    '西南地区（重庆）',
    'Chongqing',
    '重庆',
    { mainland: true },
    190000,
    nums(1),
  ),
  region(
    'ap-shenzhen-fsi',
    'South China (Shenzhen Finance)',
    '华南地区（深圳金融）',
    'Shenzhen Finance',
    '深圳金融',
    { mainland: true, finance: true },
    110000,
    [...nums(1, 2), { n: 3, soldOut: true }],
  ),
  region(
    'ap-shanghai-fsi',
    'East China (Shanghai Finance)',
    '华东地区（上海金融）',
    'Shanghai Finance',
    '上海金融',
    { mainland: true, finance: true },
    700000,
    nums(1, 2, 3),
  ),
  region(
    'ap-hongkong',
    'Hong Kong, China',
    '港澳台地区（中国香港）',
    'Hong Kong',
    '中国香港',
    { mainland: false },
    300000,
    [{ n: 1, soldOut: true }, ...nums(2, 3)],
  ),
  region(
    'ap-singapore',
    'Southeast Asia (Singapore)',
    '亚太东南（新加坡）',
    'Singapore',
    '新加坡',
    { mainland: false },
    900000,
    nums(1, 2, 3, 4),
  ),
  region(
    'ap-jakarta',
    'Southeast Asia (Jakarta)',
    '亚太东南（雅加达）',
    'Jakarta',
    '雅加达',
    { mainland: false },
    920000,
    nums(1, 2),
  ),
  region(
    'ap-bangkok',
    'Southeast Asia (Bangkok)',
    '亚太东南（曼谷）',
    'Bangkok',
    '曼谷',
    { mainland: false },
    230000,
    nums(1, 2),
  ),
  region(
    'ap-seoul',
    'Northeast Asia (Seoul)',
    '亚太东北（首尔）',
    'Seoul',
    '首尔',
    { mainland: false },
    180000,
    nums(1, 2),
  ),
  region(
    'ap-tokyo',
    'Northeast Asia (Tokyo)',
    '亚太东北（东京）',
    'Tokyo',
    '东京',
    { mainland: false },
    250000,
    nums(1, 2),
  ),
  region(
    'na-siliconvalley',
    'US West (Silicon Valley)',
    '美国西部（硅谷）',
    'Silicon Valley',
    '硅谷',
    { mainland: false },
    150000,
    nums(1, 2),
  ),
  region(
    'na-ashburn',
    'US East (Virginia)',
    '美国东部（弗吉尼亚）',
    'Virginia',
    '弗吉尼亚',
    { mainland: false },
    220000,
    nums(1, 2),
  ),
  region(
    'sa-saopaulo',
    'South America (São Paulo)',
    '南美地区（圣保罗）',
    'São Paulo',
    '圣保罗',
    { mainland: false },
    740000,
    nums(1),
  ),
  region(
    'eu-frankfurt',
    'Europe (Frankfurt)',
    '欧洲地区（法兰克福）',
    'Frankfurt',
    '法兰克福',
    { mainland: false },
    170000,
    nums(1, 2),
  ),
];

export const DEFAULT_REGION_ID = 'ap-guangzhou';

const byId = new Map(regions.map((r) => [r.id, r]));

export function findRegion(id: string): Region | undefined {
  return byId.get(id);
}

export function isKnownRegion(id: string): boolean {
  return byId.has(id);
}

export function regionLabel(id: string): string {
  return byId.get(id)?.city ?? id;
}

export function regionInfo(r: Region, lang: Language): RegionInfo {
  return { Region: r.id, RegionName: lang === 'zh-CN' ? r.nameZh : r.name, RegionState: 'AVAILABLE' };
}

const chineseNumerals = ['零', '一', '二', '三', '四', '五', '六', '七', '八', '九', '十'];

export function zoneInfo(r: Region, zone: Zone, lang: Language): Zone {
  if (lang === 'en-US') return zone;
  const n = Number(zone.Zone.slice(r.id.length + 1));
  return { ...zone, ZoneName: `${r.cityZh}${chineseNumerals[n] ?? n}区` };
}
