import { describe, it, expect } from 'vitest';
import { z } from '../../rules/zod.ts';
import { IMAGE_ID_PATTERN } from '../../rules/ids.ts';
import { imageSchema } from '../../rules/images.ts';
import { importArchitectureSchema } from '../../rules/image-import.ts';
import { regions } from '../../rules/regions.ts';
import { importImageOsList } from './import-os.ts';
import { marketImages, publicImages } from './images.ts';

describe('publicImages', () => {
  it.each(regions.map((r) => r.id))('lists a full, valid catalogue in %s', (regionId) => {
    const list = publicImages(regionId);
    expect(list.length).toBeGreaterThanOrEqual(27);
    for (const image of list) {
      expect(z.strictObject(imageSchema.shape).parse(image)).toEqual(image);
      expect(image.ImageId).toMatch(IMAGE_ID_PATTERN);
      expect(image).toMatchObject({
        ImageType: 'PUBLIC_IMAGE',
        ImageState: 'NORMAL',
        ImageSource: 'OFFICIAL',
        ImageCreator: 'tencent',
        MarketInfo: null,
        CopiedFrom: null,
        SharedAccountCount: 0,
        FailureReason: null,
        SyncPercent: null,
        SnapshotSet: [],
      });
      const windows = image.Platform === 'Windows';
      expect(image.ImageSize).toBe(windows ? 50 : 20);
      expect(image.IsSupportCloudinit).toBe(!windows);
      expect(image.BootMode).toBe(image.Architecture === 'arm' ? 'UEFI' : 'Legacy BIOS');
    }
    const archs = new Set(list.map((i) => i.Architecture));
    expect(archs).toEqual(new Set(['x86_64', 'i386', 'arm']));
    const platforms = new Set(list.map((i) => i.Platform));
    for (const p of ['TencentOS', 'OpenCloudOS', 'CentOS', 'Ubuntu', 'Debian', 'Rocky Linux', 'AlmaLinux', 'Windows'])
      expect(platforms).toContain(p);
    expect(list.filter((i) => i.Platform === 'Windows')).toHaveLength(6);
    expect(list.some((i) => i.OsName === 'Windows Server 2022 数据中心版 64位英文版')).toBe(true);
    expect(list.some((i) => i.OsName === 'CentOS 7.9 64位')).toBe(true);
    expect(list.some((i) => i.OsName === 'Ubuntu Server 22.04 LTS 64位')).toBe(true);
    expect(list.find((i) => i.OsName.startsWith('CentOS 8.2'))?.ImageDeprecated).toBe(true);
    expect(new Set(list.map((i) => i.ImageName)).size).toBe(list.length);
  });

  it('gives an image the same ID in every region and unique IDs within a region', () => {
    const gz = publicImages('ap-guangzhou');
    const fra = publicImages('eu-frankfurt');
    expect(fra.map((i) => i.ImageId)).toEqual(gz.map((i) => i.ImageId));
    expect(new Set(gz.map((i) => i.ImageId)).size).toBe(gz.length);
  });

  it('is memoized per region, and lists nothing for an unknown region', () => {
    expect(publicImages('ap-guangzhou')).toBe(publicImages('ap-guangzhou'));
    expect(publicImages('xx-nowhere')).toEqual([]);
  });
});

describe('marketImages', () => {
  it('lists at least 16 listings in every mainland region and the 6 global ones elsewhere', () => {
    for (const r of regions) {
      const list = marketImages(r.id);
      if (r.mainland) expect(list.length).toBeGreaterThanOrEqual(16);
      else
        expect(list.map((i) => i.ImageName.split(' ')[0]).sort()).toEqual(
          ['Docker', 'Java', 'LAMP', 'Nginx', 'Node.js', 'WordPress'].sort(),
        );
    }
    expect(marketImages('ap-guangzhou')).toBe(marketImages('ap-guangzhou'));
  });

  it('has well-formed listings with vendor, price and a mix of modes', () => {
    const list = marketImages('ap-shanghai');
    for (const image of list) {
      expect(z.strictObject(imageSchema.shape).parse(image)).toEqual(image);
      expect(image.ImageId).toMatch(IMAGE_ID_PATTERN);
      expect(image.ImageType).toBe('MARKET_IMAGE');
      expect(image.ImageSource).toBe('OFFICIAL');
      expect(image.ImageCreator).toMatch(/^[1-9][0-9]{9}$/);
      const m = image.MarketInfo!;
      expect(m.Vendor).not.toBe('');
      expect(m.Software.length).toBeGreaterThan(0);
      if (m.PriceMode === 'FREE') expect(m.Price).toBe(0);
      else expect(m.Price).toBeGreaterThan(0);
    }
    const paid = list.filter((i) => i.MarketInfo!.PriceMode !== 'FREE');
    expect(paid.length).toBeGreaterThanOrEqual(4);
    expect(new Set(paid.map((i) => i.MarketInfo!.PriceMode))).toEqual(new Set(['HOURLY', 'MONTHLY']));
    // Every listing is published after the platform's audit (the seed held two unaudited ones).
    expect(list.filter((i) => !i.MarketInfo!.Audited)).toHaveLength(0);
    expect(list.filter((i) => i.Architecture === 'arm').length).toBeGreaterThanOrEqual(2);
    const windows = list.filter((i) => i.Platform === 'Windows');
    expect(windows.length).toBeGreaterThanOrEqual(1);
    expect(windows.every((i) => i.Architecture === 'x86_64' && !i.IsSupportCloudinit)).toBe(true);
  });

  it('never reuses a public image ID', () => {
    const ids = [...publicImages('ap-guangzhou'), ...marketImages('ap-guangzhou')].map((i) => i.ImageId);
    expect(new Set(ids).size).toBe(ids.length);
  });
});

describe('importImageOsList', () => {
  it('lists every OS with versions and import architectures', () => {
    const { ImportImageOsListSupported: supported, ImportImageOsVersionSet: set } = importImageOsList;
    const names = set.map((o) => o.OsName);
    for (const name of [...supported.Linux, ...supported.Windows]) expect(names).toContain(name);
    for (const os of set) {
      expect(os.OsVersions.length).toBeGreaterThan(0);
      for (const a of os.Architecture) expect(importArchitectureSchema.options).toContain(a);
      expect(os.Architecture).toContain('x86_64');
    }
    for (const name of ['CentOS', 'Ubuntu', 'Debian', 'Other Linux'])
      expect(set.find((o) => o.OsName === name)?.Architecture).toContain('arm_64');
    expect(set.find((o) => o.OsName === 'CentOS')?.OsVersions).toContain('7');
  });
});
