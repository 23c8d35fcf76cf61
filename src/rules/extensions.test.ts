import { describe, expect, it } from 'vitest';
import {
  documentedImageFilters,
  imageFilterExtensions,
  matchesKeyword,
  matchesPageFilter,
  sortImages,
} from './extensions.ts';
import { imageFilterNames } from './images.ts';

describe('the extensions, named once', () => {
  it('leave the filters the reference documents for DescribeImages', () => {
    expect(documentedImageFilters).toEqual([
      'image-id',
      'image-type',
      'image-name',
      'platform',
      'tag-key',
      'tag-value',
    ]);
    expect([...documentedImageFilters, ...imageFilterExtensions].sort()).toEqual([...imageFilterNames].sort());
  });
});

describe('what the filters the console can apply in the page mean', () => {
  const image = {
    ImageId: 'img-abc12345',
    ImageName: 'Web-Server CentOS',
    OsName: 'CentOS 7.6 64位',
    Architecture: 'x86_64' as const,
    ImageDeprecated: false,
  };
  const keyword = (...Values: string[]) => ({ Name: 'keyword' as const, Values });

  it.each([
    [['web-server'], true],
    [['CENTOS'], true],
    [['IMG-ABC1'], true],
    [['64 bit'], true],
    [['nginx', 'abc123'], true],
    [['nginx'], false],
  ])('keyword %j in name, ID or OS name, as search.ts matches: %s', (values, expected) => {
    expect(matchesKeyword(image, keyword(...values))).toBe(expected);
    expect(matchesPageFilter(image, keyword(...values))).toBe(expected);
  });

  it('architecture and image-state match one of the values exactly', () => {
    expect(matchesPageFilter(image, { Name: 'architecture', Values: ['arm', 'x86_64'] })).toBe(true);
    expect(matchesPageFilter(image, { Name: 'architecture', Values: ['i386'] })).toBe(false);
    expect(matchesPageFilter({ ...image, ImageState: 'SYNCING' }, { Name: 'image-state', Values: ['SYNCING'] })).toBe(
      true,
    );
    expect(matchesPageFilter(image, { Name: 'image-state', Values: ['NORMAL'] })).toBe(false);
  });

  it('image-deprecated matches "true" or "false" as the image is', () => {
    const current = { ...image, ImageDeprecated: false };
    const withdrawn = { ...image, ImageDeprecated: true };
    expect(matchesPageFilter(current, { Name: 'image-deprecated', Values: ['false'] })).toBe(true);
    expect(matchesPageFilter(withdrawn, { Name: 'image-deprecated', Values: ['false'] })).toBe(false);
    expect(matchesPageFilter(withdrawn, { Name: 'image-deprecated', Values: ['true'] })).toBe(true);
    expect(matchesPageFilter(withdrawn, { Name: 'image-deprecated', Values: ['yes'] })).toBe(false);
  });
});

describe('sortImages', () => {
  const row = (ImageName: string, ImageSize: number, id: string) => ({
    ImageId: id,
    ImageName,
    ImageSize,
    OsName: 'x',
    CreatedTime: '2025-01-01T00:00:00Z',
  });
  const rows = [row('b', 20, '1'), row('a', 50, '2'), row('c', 20, '3'), row('a', 10, '4')];

  it('sorts by the field, numbers as numbers, ties in the order they came in either way', () => {
    expect(sortImages(rows, 'ImageName').map((r) => r.ImageId)).toEqual(['2', '4', '1', '3']);
    expect(sortImages(rows, 'ImageName', 'DESC').map((r) => r.ImageId)).toEqual(['3', '1', '2', '4']);
    expect(sortImages(rows, 'ImageSize').map((r) => r.ImageId)).toEqual(['4', '1', '3', '2']);
    expect(sortImages(rows, 'ImageSize', 'DESC').map((r) => r.ImageId)).toEqual(['2', '1', '3', '4']);
  });
});
