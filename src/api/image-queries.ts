import { queryOptions } from '@tanstack/react-query';
import type { Filter } from '../rules/describe.ts';
import { BUSY_STATES, isBusyImage, type Image, type ImageOrderField, type ImageType } from '../rules/images.ts';
import { destinationViolation } from '../rules/copy.ts';
import { regions } from '../rules/regions.ts';
import { callCvm } from './client.ts';

export interface ImageListParams {
  account: string;
  region: string;
  type: ImageType;
  keyword?: string;
  platform?: string;
  architecture?: string;
  orderField?: ImageOrderField;
  order?: 'ASC' | 'DESC';
  /** Only images that run on this instance type (the API's own compatibility filter). */
  instanceType?: string;
  offset: number;
  limit: number;
}

export function imageFilters(p: Pick<ImageListParams, 'type' | 'keyword' | 'platform' | 'architecture'>): Filter[] {
  const filters: Filter[] = [{ Name: 'image-type', Values: [p.type] }];
  if (p.keyword) filters.push({ Name: 'keyword', Values: [p.keyword] });
  if (p.platform) filters.push({ Name: 'platform', Values: [p.platform] });
  if (p.architecture) filters.push({ Name: 'architecture', Values: [p.architecture] });
  return filters;
}

/** Keys go from general to specific, so a change in a region invalidates all of its lists at once. */
export const imageKeys = {
  all: (account: string) => ['images', account] as const,
  region: (account: string, region: string) => ['images', account, region] as const,
  list: (p: ImageListParams) => ['images', p.account, p.region, 'list', p] as const,
  detail: (account: string, region: string, imageId: string) => ['images', account, region, 'detail', imageId] as const,
  quota: (account: string, region: string) => ['images', account, region, 'quota'] as const,
  shares: (account: string, region: string, imageId: string) => ['images', account, region, 'shares', imageId] as const,
};

export function isBusy(image: Pick<Image, 'ImageState'>): boolean {
  return BUSY_STATES.includes(image.ImageState);
}

/** While an image is being created, imported or copied (or copied from), look again every second; otherwise not at all. */
const POLL_MS = 1000;

export const imageQueries = {
  list: (p: ImageListParams) =>
    queryOptions({
      queryKey: imageKeys.list(p),
      queryFn: ({ signal }) =>
        callCvm(
          'DescribeImages',
          p.region,
          {
            Filters: imageFilters(p),
            Offset: p.offset,
            Limit: p.limit,
            ...(p.orderField ? { OrderField: p.orderField, Order: p.order ?? 'ASC' } : {}),
            ...(p.instanceType ? { InstanceType: p.instanceType } : {}),
          },
          { signal, account: p.account },
        ),
      // While the next page or search loads, the rows on screen stay; but never rows of another
      // account, region or source, which would be wrong under the new heading.
      placeholderData: (previous, previousQuery) => {
        const before = previousQuery?.queryKey[4];
        return before && before.account === p.account && before.region === p.region && before.type === p.type
          ? previous
          : undefined;
      },
      refetchInterval: (query) => (query.state.data?.ImageSet.some(isBusyImage) ? POLL_MS : false),
    }),
  detail: (account: string, region: string, imageId: string) =>
    queryOptions({
      queryKey: imageKeys.detail(account, region, imageId),
      queryFn: async ({ signal }) => {
        const res = await callCvm('DescribeImages', region, { ImageIds: [imageId] }, { signal, account });
        return res.ImageSet[0] ?? null;
      },
      refetchInterval: (query) => (query.state.data && isBusyImage(query.state.data) ? POLL_MS : false),
    }),
  /** Custom images used and allowed in a region (copies and imports in flight count). */
  quota: (account: string, region: string) =>
    queryOptions({
      queryKey: imageKeys.quota(account, region),
      queryFn: async ({ signal }) => {
        const [quota, used] = await Promise.all([
          callCvm('DescribeImageQuota', region, {}, { signal, account }),
          callCvm(
            'DescribeImages',
            region,
            { Filters: [{ Name: 'image-type', Values: ['PRIVATE_IMAGE'] }], Limit: 1 },
            { signal, account },
          ),
        ]);
        return { used: used.TotalCount, max: quota.ImageNumQuota };
      },
    }),
  shares: (account: string, region: string, imageId: string) =>
    queryOptions({
      queryKey: imageKeys.shares(account, region, imageId),
      queryFn: ({ signal }) =>
        callCvm('DescribeImageSharePermission', region, { ImageId: imageId }, { signal, account }),
    }),
  importOs: () =>
    queryOptions({
      queryKey: ['import-os'] as const,
      queryFn: ({ signal }) => callCvm('DescribeImportImageOs', 'ap-guangzhou', {}, { signal }),
      staleTime: Infinity,
    }),
};

/** Copies of an image in the regions it can be copied to (its lineage across regions). */
export function copiesQuery(account: string, region: string, imageId: string) {
  return queryOptions({
    queryKey: ['images', account, region, 'copies', imageId] as const,
    queryFn: async ({ signal }) => {
      const targets = regions.filter((r) => !destinationViolation(region, r.id));
      const results = await Promise.all(
        targets.map((r) =>
          callCvm(
            'DescribeImages',
            r.id,
            { Filters: [{ Name: 'copied-from', Values: [imageId] }], Limit: 100 },
            { signal, account },
          ).then((res) => res.ImageSet.map((image) => ({ region: r.id, image }))),
        ),
      );
      return results.flat();
    },
    refetchInterval: (query) => (query.state.data?.some((c) => isBusy(c.image)) ? POLL_MS : false),
  });
}
