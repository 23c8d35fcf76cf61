import { describe, it, expect } from 'vitest';
import {
  DEFAULT_REGION_ID,
  findRegion,
  isKnownRegion,
  regionInfo,
  regionInfoSchema,
  regionLabel,
  regions,
  zoneInfo,
  zoneSchema,
  type Region,
} from './regions.ts';

/** The current intl CVM API region list (reference §6.1). */
const API_REGIONS = [
  'ap-bangkok',
  'ap-beijing',
  'ap-chengdu',
  'ap-chongqing',
  'ap-guangzhou',
  'ap-hongkong',
  'ap-jakarta',
  'ap-nanjing',
  'ap-seoul',
  'ap-shanghai',
  'ap-shanghai-fsi',
  'ap-shenzhen-fsi',
  'ap-singapore',
  'ap-tokyo',
  'eu-frankfurt',
  'na-ashburn',
  'na-siliconvalley',
  'sa-saopaulo',
];

function region(id: string): Region {
  const r = findRegion(id);
  if (!r) throw new Error(`no region ${id}`);
  return r;
}

describe('regions', () => {
  it('are exactly the 18 regions of the CVM API support list', () => {
    expect(regions).toHaveLength(18);
    expect(regions.map((r) => r.id).sort()).toEqual(API_REGIONS);
  });

  it('have unique ids', () => {
    expect(new Set(regions.map((r) => r.id)).size).toBe(regions.length);
  });

  it('list the mainland first', () => {
    const firstOverseas = regions.findIndex((r) => !r.mainland);
    expect(firstOverseas).toBe(8);
    expect(regions.slice(firstOverseas).every((r) => !r.mainland)).toBe(true);
  });

  it('default to Guangzhou', () => {
    expect(DEFAULT_REGION_ID).toBe('ap-guangzhou');
    expect(isKnownRegion(DEFAULT_REGION_ID)).toBe(true);
  });

  it.each(regions.map((r) => [r.id, r] as const))('%s has at least one valid zone, named after the region', (id, r) => {
    expect(r.zones.length).toBeGreaterThanOrEqual(1);
    expect(r.zones.some((z) => z.ZoneState === 'AVAILABLE')).toBe(true);
    for (const zone of r.zones) {
      expect(zoneSchema.parse(zone)).toEqual(zone);
      expect(zone.Zone).toMatch(new RegExp(`^${id}-\\d+$`));
      expect(zone.ZoneName).toBe(`${r.city} Zone ${zone.Zone.slice(id.length + 1)}`);
      expect(zone.ZoneId).toMatch(/^\d{6}$/);
    }
    expect(r.name).not.toBe('');
    expect(r.nameZh).not.toBe('');
    expect(r.cityZh).not.toBe('');
  });

  it('have globally unique zone names and zone ids', () => {
    const zones = regions.flatMap((r) => r.zones);
    expect(new Set(zones.map((z) => z.Zone)).size).toBe(zones.length);
    expect(new Set(zones.map((z) => z.ZoneId)).size).toBe(zones.length);
  });

  it.each([
    ['ap-guangzhou', true, false],
    ['ap-shanghai', true, false],
    ['ap-nanjing', true, false],
    ['ap-beijing', true, false],
    ['ap-chengdu', true, false],
    ['ap-chongqing', true, false],
    ['ap-shenzhen-fsi', true, true],
    ['ap-shanghai-fsi', true, true],
    ['ap-hongkong', false, false],
    ['ap-singapore', false, false],
    ['ap-jakarta', false, false],
    ['ap-bangkok', false, false],
    ['ap-seoul', false, false],
    ['ap-tokyo', false, false],
    ['na-siliconvalley', false, false],
    ['na-ashburn', false, false],
    ['sa-saopaulo', false, false],
    ['eu-frankfurt', false, false],
  ])('%s: mainland %s, finance %s', (id, mainland, finance) => {
    expect(region(id)).toMatchObject({ mainland, finance });
  });

  it.each([
    ['ap-guangzhou-1', 'UNAVAILABLE'],
    ['ap-guangzhou-2', 'UNAVAILABLE'],
    ['ap-guangzhou-3', 'AVAILABLE'],
    ['ap-guangzhou-7', 'AVAILABLE'],
    ['ap-shanghai-1', 'UNAVAILABLE'],
    ['ap-shanghai-8', 'AVAILABLE'],
    ['ap-beijing-1', 'UNAVAILABLE'],
    ['ap-beijing-7', 'AVAILABLE'],
    ['ap-shenzhen-fsi-3', 'UNAVAILABLE'],
    ['ap-hongkong-1', 'UNAVAILABLE'],
    ['ap-hongkong-2', 'AVAILABLE'],
    ['ap-singapore-4', 'AVAILABLE'],
  ])('zone %s is %s', (zoneId, state) => {
    const zone = regions.flatMap((r) => r.zones).find((z) => z.Zone === zoneId);
    expect(zone?.ZoneState).toBe(state);
  });

  it.each([
    [
      'ap-guangzhou',
      ['ap-guangzhou-1', 'ap-guangzhou-2', 'ap-guangzhou-3', 'ap-guangzhou-4', 'ap-guangzhou-6', 'ap-guangzhou-7'],
    ],
    [
      'ap-shanghai',
      ['ap-shanghai-1', 'ap-shanghai-2', 'ap-shanghai-3', 'ap-shanghai-4', 'ap-shanghai-5', 'ap-shanghai-8'],
    ],
    ['ap-chongqing', ['ap-chongqing-1']],
    ['sa-saopaulo', ['sa-saopaulo-1']],
  ])('%s has the zones of the reference', (id, zones) => {
    expect(region(id).zones.map((z) => z.Zone)).toEqual(zones);
  });

  it.each([
    ['ap-guangzhou-3', '100003'],
    ['ap-shanghai-8', '200008'],
    ['ap-beijing-7', '800007'],
    ['ap-shenzhen-fsi-1', '110001'],
    ['ap-shanghai-fsi-2', '700002'],
    ['ap-nanjing-1', '330001'],
    ['ap-chengdu-2', '160002'],
    ['ap-chongqing-1', '190001'],
  ])('zone %s has ZoneId %s', (zoneId, id) => {
    const zone = regions.flatMap((r) => r.zones).find((z) => z.Zone === zoneId);
    expect(zone?.ZoneId).toBe(id);
  });
});

describe('findRegion / isKnownRegion / regionLabel', () => {
  it.each([
    ['ap-guangzhou', true, 'Guangzhou'],
    ['ap-hongkong', true, 'Hong Kong'],
    ['ap-shenzhen-fsi', true, 'Shenzhen Finance'],
    ['sa-saopaulo', true, 'São Paulo'],
    ['na-ashburn', true, 'Virginia'],
    ['ap-mumbai', false, 'ap-mumbai'],
    ['', false, ''],
    ['AP-GUANGZHOU', false, 'AP-GUANGZHOU'],
  ])('%j: known %s, label %j', (id, known, label) => {
    expect(isKnownRegion(id)).toBe(known);
    expect(findRegion(id)?.id).toBe(known ? id : undefined);
    expect(regionLabel(id)).toBe(label);
  });
});

describe('regionInfo', () => {
  it.each([
    ['ap-guangzhou', 'en-US', 'South China (Guangzhou)'],
    ['ap-guangzhou', 'zh-CN', '华南地区（广州）'],
    ['ap-hongkong', 'zh-CN', '港澳台地区（中国香港）'],
    ['eu-frankfurt', 'en-US', 'Europe (Frankfurt)'],
  ] as const)('%s in %s is %s', (id, lang, name) => {
    const info = regionInfo(region(id), lang);
    expect(regionInfoSchema.parse(info)).toEqual(info);
    expect(info).toEqual({ Region: id, RegionName: name, RegionState: 'AVAILABLE' });
  });
});

describe('zoneInfo', () => {
  it('returns the zone unchanged in English', () => {
    const gz = region('ap-guangzhou');
    expect(zoneInfo(gz, gz.zones[2]!, 'en-US')).toBe(gz.zones[2]);
    expect(gz.zones[2]!.ZoneName).toBe('Guangzhou Zone 3');
  });

  it.each([
    ['ap-guangzhou', 'ap-guangzhou-3', '广州三区'],
    ['ap-shanghai', 'ap-shanghai-8', '上海八区'],
    ['ap-shenzhen-fsi', 'ap-shenzhen-fsi-1', '深圳金融一区'],
  ])('names %s zone %s in Chinese as %s', (regionId, zoneId, name) => {
    const r = region(regionId);
    const zone = r.zones.find((z) => z.Zone === zoneId)!;
    const info = zoneInfo(r, zone, 'zh-CN');
    expect(info).toEqual({ ...zone, ZoneName: name });
    expect(info.ZoneName.startsWith(r.cityZh)).toBe(true);
    expect(info.ZoneName.endsWith('区')).toBe(true);
  });
});
