import { keepPreviousData, queryOptions } from '@tanstack/react-query';
import type { Filter, ImageOrderField, ImageType } from '../rules/images.ts';
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
  offset: number;
  limit: number;
}

export function imageFilters(p: Omit<ImageListParams, 'account' | 'region' | 'offset' | 'limit'>): Filter[] {
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
};

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
          },
          { signal, account: p.account },
        ),
      placeholderData: keepPreviousData,
    }),
};
