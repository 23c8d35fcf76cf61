// DescribeImages, DescribeImageQuota and DescribeImportImageOs through msw/node.
import { describe, expect, it } from 'vitest';
import { z } from '../../rules/zod.ts';
import { IMAGE_ID_PATTERN } from '../../rules/ids.ts';
import { imageSchema, type Image } from '../../rules/images.ts';
import { A1, A2, A3, imageNamed, listImages, ok, refused, seededImageId } from '../../test/api-calls.ts';
import type { Where } from '../../test/direct-call.ts';

interface Page {
  TotalCount: number;
  ImageSet: Image[];
}

const describeImages = (params: object, where: Where = {}) => ok<Page>('DescribeImages', params, where);

const byType = (type: string) => ({ Name: 'image-type', Values: [type] });

describe('DescribeImages', () => {
  it('answers TotalCount and a first page of 20 valid images by default', async () => {
    const res = await describeImages({});
    expect(res.ImageSet).toHaveLength(20);
    expect(res.TotalCount).toBeGreaterThan(20);
    for (const image of res.ImageSet) {
      expect(z.strictObject(imageSchema.shape).parse(image)).toEqual(image);
      expect(image.ImageId).toMatch(IMAGE_ID_PATTERN);
    }
  });

  it('lists the four sources an account sees, and nothing else', async () => {
    const all = await listImages();
    const types = new Set(all.map((i) => i.ImageType));
    expect(types).toEqual(new Set(['PUBLIC_IMAGE', 'PRIVATE_IMAGE', 'SHARED_IMAGE', 'MARKET_IMAGE']));
    expect(new Set(all.map((i) => i.ImageId)).size).toBe(all.length);
  });

  it.each([
    ['PUBLIC_IMAGE', A1, 'ap-guangzhou', 35],
    ['PUBLIC_IMAGE', A1, 'ap-singapore', 35],
    ['MARKET_IMAGE', A1, 'ap-guangzhou', 19],
    ['MARKET_IMAGE', A1, 'ap-singapore', 6],
    ['PRIVATE_IMAGE', A1, 'ap-guangzhou', 8],
    ['PRIVATE_IMAGE', A1, 'ap-shanghai', 3],
    ['PRIVATE_IMAGE', A2, 'ap-guangzhou', 4],
    ['PRIVATE_IMAGE', A1, 'ap-tokyo', 0],
    ['SHARED_IMAGE', A1, 'ap-guangzhou', 3],
    ['SHARED_IMAGE', A1, 'ap-shanghai', 1],
    ['SHARED_IMAGE', A1, 'ap-singapore', 1],
    ['SHARED_IMAGE', A2, 'ap-guangzhou', 2],
    ['SHARED_IMAGE', A3, 'ap-guangzhou', 1],
  ])('the image-type filter %s for %s in %s lists %i images', async (type, account, region, count) => {
    const res = await describeImages({ Filters: [byType(type)], Limit: 100 }, { account, region });
    expect(res.TotalCount).toBe(count);
    expect(res.ImageSet).toHaveLength(count);
    expect(res.ImageSet.every((i) => i.ImageType === type)).toBe(true);
  });

  it('shows own custom images as PRIVATE_IMAGE created by the caller, with their share count', async () => {
    const own = (await describeImages({ Filters: [byType('PRIVATE_IMAGE')], Limit: 100 })).ImageSet;
    expect(own.every((i) => i.ImageCreator === A1)).toBe(true);
    expect(own.find((i) => i.ImageName === 'app-base-ubuntu2204')?.SharedAccountCount).toBe(2);
    expect(own.find((i) => i.ImageName === 'redis-cache-debian12')?.SharedAccountCount).toBe(0);
    expect(own.find((i) => i.ImageName === 'legacy-erp-import')).toMatchObject({
      ImageState: 'IMPORTFAILED',
      FailureReason: expect.stringContaining('VirtioNotInstall'),
    });
  });

  it('shows images shared in as SHARED_IMAGE with the owner as creator and no share count', async () => {
    const shared = (await describeImages({ Filters: [byType('SHARED_IMAGE')] })).ImageSet;
    expect(shared.map((i) => i.ImageName).sort()).toEqual([
      'partner-api-centos79',
      'partner-nodejs-ubuntu2204',
      'reseller-lamp-centos79',
    ]);
    for (const image of shared) {
      expect(image.ImageCreator).not.toBe(A1);
      expect(image.SharedAccountCount).toBe(0);
    }
  });

  it('lists marketplace images with vendor and price', async () => {
    const market = (await describeImages({ Filters: [byType('MARKET_IMAGE')], Limit: 100 })).ImageSet;
    const lamp = market.find((i) => i.ImageName.startsWith('LAMP'));
    expect(lamp?.MarketInfo).toMatchObject({ PriceMode: 'HOURLY', Price: 0.2 });
    expect(market.every((i) => i.MarketInfo !== null)).toBe(true);
  });

  it('takes several values in one filter as OR', async () => {
    const res = await describeImages({ Filters: [{ Name: 'image-type', Values: ['PRIVATE_IMAGE', 'SHARED_IMAGE'] }] });
    expect(res.TotalCount).toBe(8 + 3);
  });

  it('takes several filters as AND', async () => {
    const res = await describeImages({
      Filters: [
        byType('PUBLIC_IMAGE'),
        { Name: 'platform', Values: ['Ubuntu'] },
        { Name: 'architecture', Values: ['arm'] },
      ],
    });
    expect(res.ImageSet.map((i) => i.ImageName).sort()).toEqual([
      'Ubuntu Server 22.04 LTS 64-bit (ARM)',
      'Ubuntu Server 24.04 LTS 64-bit (ARM)',
    ]);
  });

  it.each([
    ['keyword', 'UBUNTU', (i: Image) => i.ImageName.toLowerCase().includes('ubuntu')],
    ['image-name', 'centos', (i: Image) => i.ImageName.toLowerCase().includes('centos')],
    ['platform', 'windows', (i: Image) => i.Platform === 'Windows'],
    ['architecture', 'arm', (i: Image) => i.Architecture === 'arm'],
    ['architecture', 'i386', (i: Image) => i.Architecture === 'i386'],
    ['image-state', 'IMPORTFAILED', (i: Image) => i.ImageState === 'IMPORTFAILED'],
    ['tag-key', 'env', (i: Image) => i.Tags.some((t) => t.Key === 'env')],
    ['tag-value', 'platform', (i: Image) => i.Tags.some((t) => t.Value === 'platform')],
    ['tag:env', 'prod', (i: Image) => i.Tags.some((t) => t.Key === 'env' && t.Value === 'prod')],
  ])('the %s filter %j keeps exactly the matching images', async (name, value, matches) => {
    const all = await listImages();
    const expected = all.filter(matches).map((i) => i.ImageId);
    expect(expected.length).toBeGreaterThan(0);
    const res = await describeImages({ Filters: [{ Name: name, Values: [value] }], Limit: 100 });
    expect(res.ImageSet.map((i) => i.ImageId).sort()).toEqual(expected.sort());
    expect(res.TotalCount).toBe(expected.length);
  });

  it('finds an image by keyword from (part of) its ID', async () => {
    const image = await imageNamed('redis-cache-debian12');
    const res = await describeImages({ Filters: [{ Name: 'keyword', Values: [image.ImageId.slice(0, 9)] }] });
    expect(res.ImageSet.map((i) => i.ImageId)).toContain(image.ImageId);
  });

  describe('the keyword filter, in either language (searchMatcher over name, ID and OS name)', () => {
    const found = async (keyword: string) =>
      (await describeImages({ Filters: [{ Name: 'keyword', Values: [keyword] }], Limit: 100 })).ImageSet.map(
        (i) => i.ImageId,
      ).sort();
    const where = async (keep: (i: Image) => boolean) =>
      (await listImages())
        .filter(keep)
        .map((i) => i.ImageId)
        .sort();

    it('finds by 64位 exactly what 64-bit and 64 bit find: the 64-bit images, by OS name or name', async () => {
      const expected = await where((i) => i.OsName.includes('64位') || i.ImageName.includes('64-bit'));
      expect(expected.length).toBeGreaterThan(20);
      expect(await found('64位')).toEqual(expected);
      expect(await found('64-bit')).toEqual(expected);
      expect(await found('64 bit')).toEqual(expected);
    });

    it('finds the Windows Datacenter images by 数据中心 and by Datacenter alike', async () => {
      const expected = await where((i) => i.OsName.includes('数据中心版'));
      // The six public Windows images, and the custom images made from them.
      expect(expected.length).toBeGreaterThanOrEqual(6);
      expect(await found('数据中心')).toEqual(expected);
      expect(await found('Datacenter')).toEqual(expected);
    });

    it('finds CentOS typed in full width, and a custom image by its Chinese OS name', async () => {
      expect(await found('ＣｅｎｔＯＳ')).toEqual(await found('centos'));
      const custom = await imageNamed('web-server-centos79');
      expect(custom.ImageName).not.toMatch(/64/);
      expect(await found('CentOS 7.9 64位')).toContain(custom.ImageId);
      expect(await found('centos 7.9 64-BIT')).toContain(custom.ImageId);
    });
  });

  it('answers an empty page, not an error, when nothing matches', async () => {
    const res = await describeImages({ Filters: [{ Name: 'keyword', Values: ['no-such-image-anywhere'] }] });
    expect(res).toMatchObject({ TotalCount: 0, ImageSet: [] });
  });

  it('InstanceType SR1.MEDIUM4 (ARM) lists only arm images', async () => {
    const res = await describeImages({ InstanceType: 'SR1.MEDIUM4', Limit: 100 });
    expect(res.TotalCount).toBeGreaterThan(0);
    expect(res.ImageSet.every((i) => i.Architecture === 'arm')).toBe(true);
    const arm = (await listImages()).filter((i) => i.Architecture === 'arm');
    expect(res.TotalCount).toBe(arm.length);
  });

  it('InstanceType S5.MEDIUM4 (x86) lists x86_64 and i386 images, no arm', async () => {
    const res = await describeImages({ InstanceType: 'S5.MEDIUM4', Limit: 100 });
    const archs = new Set(res.ImageSet.map((i) => i.Architecture));
    expect(archs).toEqual(new Set(['x86_64', 'i386']));
    const all = await listImages();
    expect(res.TotalCount).toBe(all.filter((i) => i.Architecture !== 'arm').length);
  });

  it('InstanceType combines with filters', async () => {
    const res = await describeImages({ InstanceType: 'SR1.LARGE8', Filters: [byType('MARKET_IMAGE')] });
    expect(res.ImageSet.map((i) => i.ImageName).sort()).toEqual([
      'Docker CE 26 on Ubuntu 22.04 (ARM)',
      'Nginx 1.24 on TencentOS Server 3.1 (ARM)',
    ]);
  });

  it('refuses InstanceType SR1.MEDIUM4 in ap-tokyo, where it is not sold, as RunInstances does', async () => {
    const error = await refused('DescribeImages', { InstanceType: 'SR1.MEDIUM4' }, { region: 'ap-tokyo' });
    expect(error.Code).toBe('InvalidParameterValue.InstanceTypeNotFound');
    expect(error.Message).toContain('ap-tokyo');
  });

  it('refuses an unknown InstanceType with InvalidParameterValue.InstanceTypeNotFound', async () => {
    expect((await refused('DescribeImages', { InstanceType: 'X9.HUGE' })).Code).toBe(
      'InvalidParameterValue.InstanceTypeNotFound',
    );
  });

  it('pages with Offset and Limit over a stable TotalCount', async () => {
    const filters = [byType('PUBLIC_IMAGE')];
    const all = await describeImages({ Filters: filters, Limit: 100 });
    const first = await describeImages({ Filters: filters, Offset: 0, Limit: 10 });
    const second = await describeImages({ Filters: filters, Offset: 10, Limit: 10 });
    const last = await describeImages({ Filters: filters, Offset: 30, Limit: 10 });
    expect([first.TotalCount, second.TotalCount, last.TotalCount]).toEqual([35, 35, 35]);
    expect(first.ImageSet).toHaveLength(10);
    expect(last.ImageSet).toHaveLength(5);
    expect([...first.ImageSet, ...second.ImageSet].map((i) => i.ImageId)).toEqual(
      all.ImageSet.slice(0, 20).map((i) => i.ImageId),
    );
    expect(last.ImageSet.map((i) => i.ImageId)).toEqual(all.ImageSet.slice(30).map((i) => i.ImageId));
  });

  it('answers an empty page past the end', async () => {
    const res = await describeImages({ Filters: [byType('PUBLIC_IMAGE')], Offset: 100, Limit: 10 });
    expect(res).toMatchObject({ TotalCount: 35, ImageSet: [] });
  });

  it('accepts Limit 100, the maximum', async () => {
    const res = await describeImages({ Limit: 100 });
    expect(res.ImageSet.length).toBe(Math.min(100, res.TotalCount));
  });

  it.each([
    ['ImageName', 'ASC'],
    ['ImageName', 'DESC'],
    ['CreatedTime', 'ASC'],
    ['CreatedTime', 'DESC'],
    ['OsName', 'ASC'],
  ] as const)('orders by %s %s', async (field, order) => {
    const res = await describeImages({
      Filters: [byType('PUBLIC_IMAGE')],
      OrderField: field,
      Order: order,
      Limit: 100,
    });
    const values = res.ImageSet.map((i) => i[field]);
    const sorted = [...values].sort((a, b) => a.localeCompare(b));
    expect(values).toEqual(order === 'ASC' ? sorted : sorted.reverse());
  });

  it('orders by ImageSize, ascending by default, and descending', async () => {
    const asc = await describeImages({ Filters: [byType('PRIVATE_IMAGE')], OrderField: 'ImageSize' });
    const desc = await describeImages({ Filters: [byType('PRIVATE_IMAGE')], OrderField: 'ImageSize', Order: 'DESC' });
    const sizes = asc.ImageSet.map((i) => i.ImageSize);
    expect(sizes).toEqual([...sizes].sort((a, b) => a - b));
    expect(desc.ImageSet.map((i) => i.ImageSize)).toEqual([...sizes].sort((a, b) => b - a));
  });

  it('pages over the ordered list', async () => {
    const params = { Filters: [byType('PUBLIC_IMAGE')], OrderField: 'ImageName', Order: 'ASC' };
    const all = await describeImages({ ...params, Limit: 100 });
    const page2 = await describeImages({ ...params, Offset: 5, Limit: 5 });
    expect(page2.ImageSet.map((i) => i.ImageId)).toEqual(all.ImageSet.slice(5, 10).map((i) => i.ImageId));
  });

  it('returns the images named by ImageIds, of every source', async () => {
    const own = await imageNamed('redis-cache-debian12');
    const shared = await imageNamed('partner-api-centos79');
    const [publicImage] = (await describeImages({ Filters: [byType('PUBLIC_IMAGE')], Limit: 1 })).ImageSet;
    const [market] = (await describeImages({ Filters: [byType('MARKET_IMAGE')], Limit: 1 })).ImageSet;
    const ids = [own.ImageId, shared.ImageId, publicImage!.ImageId, market!.ImageId];
    const res = await describeImages({ ImageIds: ids });
    expect(res.ImageSet.map((i) => i.ImageId).sort()).toEqual([...ids].sort());
    expect(res.TotalCount).toBe(4);
  });

  it('leaves out an unknown ID in ImageIds rather than failing', async () => {
    const own = await imageNamed('redis-cache-debian12');
    const res = await describeImages({ ImageIds: [own.ImageId, 'img-zzzzzzzz'] });
    expect(res.ImageSet.map((i) => i.ImageId)).toEqual([own.ImageId]);
  });

  it('does not return another account’s image that is not shared with the caller', async () => {
    const foreign = seededImageId(A2, 'ap-guangzhou', 'partner-mysql-debian11');
    expect((await describeImages({ ImageIds: [foreign] })).ImageSet).toEqual([]);
    expect((await describeImages({ Filters: [{ Name: 'image-id', Values: [foreign] }] })).ImageSet).toEqual([]);
    // ...while its owner sees it.
    expect((await describeImages({ ImageIds: [foreign] }, { account: A2 })).ImageSet).toHaveLength(1);
  });

  it('is regional: a Guangzhou custom image is not visible in Shanghai', async () => {
    const gz = await imageNamed('redis-cache-debian12');
    expect((await describeImages({ ImageIds: [gz.ImageId] }, { region: 'ap-shanghai' })).ImageSet).toEqual([]);
    const sharedGz = await imageNamed('partner-api-centos79');
    expect((await describeImages({ ImageIds: [sharedGz.ImageId] }, { region: 'ap-shanghai' })).ImageSet).toEqual([]);
  });

  it('keeps the same public image ID in every region', async () => {
    const gz = await describeImages({ Filters: [byType('PUBLIC_IMAGE')], Limit: 100 });
    const sg = await describeImages({ Filters: [byType('PUBLIC_IMAGE')], Limit: 100 }, { region: 'ap-singapore' });
    expect(sg.ImageSet.map((i) => i.ImageId).sort()).toEqual(gz.ImageSet.map((i) => i.ImageId).sort());
  });

  it('answers the same list to the same request (deterministic seed)', async () => {
    const a = await describeImages({ Limit: 100 });
    const b = await describeImages({ Limit: 100 });
    expect(b.ImageSet).toEqual(a.ImageSet);
  });
});

describe('DescribeImageQuota', () => {
  it.each(['ap-guangzhou', 'ap-tokyo'])('answers ImageNumQuota 10 in %s', async (region) => {
    const res = await ok<{ ImageNumQuota: number }>('DescribeImageQuota', {}, { region });
    expect(res.ImageNumQuota).toBe(10);
  });

  it('takes no parameters', async () => {
    expect((await refused('DescribeImageQuota', { Region: 'ap-guangzhou' })).Code).toBe('UnknownParameter');
  });
});

describe('DescribeImportImageOs', () => {
  it('lists the OS types, versions and architectures an import may declare', async () => {
    const res = await ok<{
      ImportImageOsListSupported: { Linux: string[]; Windows: string[] };
      ImportImageOsVersionSet: { OsName: string; OsVersions: string[]; Architecture: string[] }[];
    }>('DescribeImportImageOs');
    expect(res.ImportImageOsListSupported.Linux).toContain('CentOS');
    expect(res.ImportImageOsListSupported.Windows).toContain('Windows Server 2016');
    expect(res.ImportImageOsVersionSet.find((o) => o.OsName === 'CentOS')).toEqual({
      OsName: 'CentOS',
      OsVersions: ['5', '6', '7'],
      Architecture: ['x86_64', 'i386', 'arm_64'],
    });
  });
});
