import { describe, it, expect } from 'vitest';
import type { Architecture } from './images.ts';
import {
  ARM_REGIONS,
  architectureFits,
  familyName,
  findInstanceType,
  instanceTypeConfigs,
  instanceTypeOfferViolation,
  instanceTypes,
  instanceTypesIn,
} from './instance-types.ts';
import { regions } from './regions.ts';
import { expectFieldViolation, instanceType } from '../test/fixtures.ts';

describe('instanceTypes', () => {
  it('have unique names made of family and size', () => {
    expect(new Set(instanceTypes.map((t) => t.InstanceType)).size).toBe(instanceTypes.length);
    for (const t of instanceTypes) {
      expect(t.InstanceType.startsWith(`${t.InstanceFamily}.`)).toBe(true);
      expect(t.CPU).toBeGreaterThan(0);
      expect(t.HourlyPrice).toBeGreaterThan(0);
    }
  });

  it.each([
    ['S5.MEDIUM4', 'x86_64', 2, 4],
    ['SA5.LARGE8', 'x86_64', 4, 8],
    ['SR1.2XLARGE16', 'arm', 8, 16],
  ])('%s is %s with %i vCPU and %i GiB', (name, arch, cpu, mem) => {
    expect(instanceType(name)).toMatchObject({ Architecture: arch, CPU: cpu, Memory: mem });
  });

  it.each(['S5.HUGE', '', 's5.medium4'])('findInstanceType(%j) finds nothing', (name) => {
    expect(findInstanceType(name)).toBeUndefined();
  });
});

describe('architectureFits', () => {
  it.each<[Architecture, 'x86_64' | 'arm', boolean]>([
    ['x86_64', 'x86_64', true],
    ['i386', 'x86_64', true],
    ['arm', 'x86_64', false],
    ['x86_64', 'arm', false],
    ['i386', 'arm', false],
    ['arm', 'arm', true],
  ])('a %s image on a %s instance: %s', (img, inst, fits) => {
    expect(architectureFits(img, inst)).toBe(fits);
  });
});

describe('instanceTypesIn', () => {
  it.each(regions.map((r) => [r.id, ARM_REGIONS.includes(r.id)] as const))('%s sells ARM: %s', (regionId, arm) => {
    const sold = instanceTypesIn(regionId);
    expect(sold.some((t) => t.Architecture === 'arm')).toBe(arm);
    expect(sold.some((t) => t.InstanceFamily === 'SR1')).toBe(arm);
    expect(sold.filter((t) => t.Architecture === 'x86_64')).toHaveLength(
      instanceTypes.filter((t) => t.Architecture === 'x86_64').length,
    );
    expect(sold).toHaveLength(arm ? instanceTypes.length : instanceTypes.length - 3);
  });

  it('sells ARM in known regions only', () => {
    for (const id of ARM_REGIONS) expect(regions.some((r) => r.id === id)).toBe(true);
  });
});

describe('instanceTypeConfigs', () => {
  it.each(regions.map((r) => [r.id] as const))('%s offers its types in each zone that takes instances', (regionId) => {
    const region = regions.find((r) => r.id === regionId)!;
    const configs = instanceTypeConfigs(regionId);
    const open = region.zones.filter((z) => z.ZoneState === 'AVAILABLE').map((z) => z.Zone);
    expect([...new Set(configs.map((c) => c.Zone))]).toEqual(open);
    for (const zone of open)
      expect(configs.filter((c) => c.Zone === zone).map((c) => c.InstanceType)).toEqual(
        instanceTypesIn(regionId).map((t) => t.InstanceType),
      );
  });

  it('carries what the wizard shows beside each type', () => {
    expect(instanceTypeConfigs('ap-guangzhou').find((c) => c.InstanceType === 'SR1.MEDIUM4')).toEqual({
      Zone: 'ap-guangzhou-3',
      InstanceType: 'SR1.MEDIUM4',
      InstanceFamily: 'SR1',
      GPU: 0,
      CPU: 2,
      Memory: 4,
      FPGA: 0,
      Architecture: 'arm',
      FamilyName: 'Standard SR1',
      HourlyPrice: 0.26,
    });
  });

  it('names the families in the language asked, as the real API names them', () => {
    const names = (language: 'zh-CN' | 'en-US') => [
      ...new Set(instanceTypeConfigs('ap-guangzhou', language).map((c) => c.FamilyName)),
    ];
    expect(names('zh-CN')).toEqual(['标准型S5', '标准型SA5', '标准型SR1']);
    expect(names('en-US')).toEqual(['Standard S5', 'Standard SA5', 'Standard SR1']);
    expect(familyName('SA5', 'zh-CN')).toBe('标准型SA5');
    expect(familyName('S6', 'zh-CN')).toBeUndefined();
    expect(familyName('toString', 'en-US')).toBeUndefined();
  });

  it('offers nothing in an unknown region', () => {
    expect(instanceTypeConfigs('ap-mars')).toEqual([]);
  });
});

describe('instanceTypeOfferViolation', () => {
  const offers = [
    { Zone: 'ap-hongkong-2', InstanceType: 'S5.MEDIUM4' },
    { Zone: 'ap-hongkong-3', InstanceType: 'SA5.MEDIUM4' },
  ];

  it.each<[string, string, { regionId: string; zone?: string }, typeof offers | undefined]>([
    ['an x86 type in Guangzhou', 'S5.MEDIUM4', { regionId: 'ap-guangzhou' }, undefined],
    ['an ARM type in Guangzhou', 'SR1.MEDIUM4', { regionId: 'ap-guangzhou' }, undefined],
    ['an ARM type in a Guangzhou zone', 'SR1.MEDIUM4', { regionId: 'ap-guangzhou', zone: 'ap-guangzhou-3' }, undefined],
    ['a type offered in the zone asked', 'S5.MEDIUM4', { regionId: 'ap-hongkong', zone: 'ap-hongkong-2' }, offers],
    ['a type offered in some zone, none asked', 'SA5.MEDIUM4', { regionId: 'ap-hongkong', zone: '' }, offers],
  ])('accepts %s', (_what, type, where, given) => {
    expect(instanceTypeOfferViolation(type, where, given)).toBeUndefined();
  });

  it.each<[string, string, { regionId: string; zone?: string }, typeof offers | undefined, string]>([
    [
      'an unknown type',
      'S9.HUGE',
      { regionId: 'ap-guangzhou' },
      undefined,
      'S9.HUGE is not sold in ap-guangzhou; choose another type.',
    ],
    [
      'an ARM type in Hong Kong',
      'SR1.MEDIUM4',
      { regionId: 'ap-hongkong' },
      undefined,
      'SR1.MEDIUM4 is not sold in ap-hongkong; choose another type.',
    ],
    [
      'an ARM type in a sold-out Guangzhou zone',
      'SR1.MEDIUM4',
      { regionId: 'ap-guangzhou', zone: 'ap-guangzhou-1' },
      undefined,
      'SR1.MEDIUM4 is not sold in ap-guangzhou-1; choose another type.',
    ],
    [
      'a type offered in another zone only',
      'SA5.MEDIUM4',
      { regionId: 'ap-hongkong', zone: 'ap-hongkong-2' },
      offers,
      'SA5.MEDIUM4 is not sold in ap-hongkong-2; choose another type.',
    ],
    [
      'any type while nothing is on offer',
      'S5.MEDIUM4',
      { regionId: 'ap-hongkong' },
      [],
      'S5.MEDIUM4 is not sold in ap-hongkong; choose another type.',
    ],
  ])('refuses %s, naming the type and where', (_what, type, where, given, message) => {
    expectFieldViolation(
      instanceTypeOfferViolation(type, where, given),
      'InvalidParameterValue.InstanceTypeNotFound',
      'InstanceType',
      message,
    );
  });
});
