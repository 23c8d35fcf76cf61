import { queryOptions, type QueryClient } from '@tanstack/react-query';
import type { RequestOf } from '../rules/actions.ts';
import type { Filter } from '../rules/describe.ts';
import { documentedImageTypes } from '../rules/extensions.ts';
import { BUSY_STATES, isBusyImage, type Image, type ImageOrderField, type ImageType } from '../rules/images.ts';
import { ApiError, callCvm } from './client.ts';
import { learnAccount } from './session.ts';
import { noteRefusal, refusedExtensions } from './extensions.ts';
import {
  completeImage,
  pageFilters,
  pageParameters,
  readEveryPage,
  viewInPage,
  type EveryPage,
  type ImageList,
} from './image-list.ts';

export interface ImageListParams {
  account: string;
  region: string;
  type: ImageType;
  keyword?: string;
  platform?: string;
  /** Images with this tag key (`env`), or this key with this value (`env:prod`). */
  tag?: string;
  architecture?: string;
  hideDeprecated?: boolean;
  orderField?: ImageOrderField;
  order?: 'ASC' | 'DESC';
  /** Only images that run on this instance type (the API's own compatibility filter). */
  instanceType?: string;
  offset: number;
  limit: number;
}

/**
 * A tag as the list's filter holds it: `env` is DescribeImages' `tag-key`, `env:prod` its
 * `tag:env` with the value `prod` (split at the first colon; a key that holds a colon is found by
 * key and value).
 */
export function tagFilter(tag: string): Filter {
  const at = tag.indexOf(':');
  return at <= 0 || at === tag.length - 1
    ? { Name: 'tag-key', Values: [at === tag.length - 1 ? tag.slice(0, at) : tag] }
    : { Name: `tag:${tag.slice(0, at)}`, Values: [tag.slice(at + 1)] };
}

/** The documented filters of a list (its source, its operating system, a tag); the others are pageFilters. */
function documentedFilters(p: Pick<ImageListParams, 'type' | 'platform' | 'tag'>): Filter[] {
  const filters: Filter[] = [{ Name: 'image-type', Values: [p.type] }];
  if (p.platform) filters.push({ Name: 'platform', Values: [p.platform] });
  if (p.tag) filters.push(tagFilter(p.tag));
  return filters;
}

/** Keys go from general to specific, so a change in a region invalidates all of its lists at once. */
export const imageKeys = {
  all: (account: string) => ['images', account] as const,
  region: (account: string, region: string) => ['images', account, region] as const,
  list: (p: ImageListParams) => ['images', p.account, p.region, 'list', p] as const,
  /** Every page of a list's documented part, for filters and sort done in the page. */
  everyPage: (p: Pick<ImageListParams, 'account' | 'region' | 'type' | 'platform' | 'tag' | 'instanceType'>) =>
    ['images', p.account, p.region, 'every-page', p.type, p.platform ?? '', p.tag ?? '', p.instanceType ?? ''] as const,
  detail: (account: string, region: string, imageId: string) => ['images', account, region, 'detail', imageId] as const,
  quota: (account: string, region: string) => ['images', account, region, 'quota'] as const,
  count: (account: string, region: string, type: ImageType) => ['images', account, region, 'count', type] as const,
  shares: (account: string, region: string, imageId: string) => ['images', account, region, 'shares', imageId] as const,
};

export function isBusy(image: Pick<Image, 'ImageState'>): boolean {
  return BUSY_STATES.includes(image.ImageState);
}

/** The share count of one of the caller's images, for completeImage (asked only when the API leaves it out). */
function shareCount(client: QueryClient, account: string, region: string, imageId: string) {
  return async () => (await client.fetchQuery(imageQueries.shares(account, region, imageId))).SharePermissionSet.length;
}

/** While an image is being created, imported or copied (or copied from), look again every second; otherwise not at all. */
export const POLL_MS = 1000;
/** Pages read for a search in the page serve the keystrokes that follow for this long. */
const EVERY_PAGE_FRESH_MS = 5000;

function listRequest(p: ImageListParams): RequestOf<'DescribeImages'> {
  return { Filters: documentedFilters(p), ...(p.instanceType ? { InstanceType: p.instanceType } : {}) };
}

/**
 * How many images of a type the API lists in a region (one call, one image long); null when it
 * refuses the type (the real contract does not document marketplace images).
 */
async function countImages(
  p: Pick<ImageListParams, 'account' | 'region' | 'type'>,
  signal: AbortSignal,
): Promise<number | null> {
  try {
    const any = await callCvm(
      'DescribeImages',
      p.region,
      { Filters: [{ Name: 'image-type', Values: [p.type] }], Limit: 1 },
      { signal, account: p.account },
    );
    return any.TotalCount;
  } catch (e) {
    if (e instanceof ApiError && /^Invalid(Filter|Parameter)Value/.test(e.code)) return null;
    throw e;
  }
}

/** Whether the API lists no image of this type at all (asked of a type the real contract does not document). */
async function typeUnlisted(p: ImageListParams, signal: AbortSignal): Promise<boolean> {
  return !(await countImages(p, signal));
}

/**
 * One page of a list, its search, architecture filter and sort asked of the API (the mock's
 * extensions); once the API refused one, they are done in the page over every page read.
 */
async function pageOfList(client: QueryClient, p: ImageListParams, signal: AbortSignal): Promise<ImageList> {
  const filters = pageFilters(p);
  const order = pageParameters(p);
  const used = { filters: filters.map((f) => f.Name), parameters: order ? Object.keys(order) : [] };
  const refused = refusedExtensions(client);
  if (![...used.filters, ...used.parameters].some((name) => refused.has(name)))
    try {
      const request = listRequest(p);
      return await callCvm(
        'DescribeImages',
        p.region,
        { ...request, Filters: [...request.Filters!, ...filters], Offset: p.offset, Limit: p.limit, ...order },
        { signal, account: p.account },
      );
    } catch (e) {
      if (!noteRefusal(client, e, used)) throw e;
    }
  return viewInPage(await client.fetchQuery(everyPageQuery(p)), p);
}

/** A list as the console shows it: a source the API does not list is said so, images are completed. */
async function listImages(client: QueryClient, p: ImageListParams, signal: AbortSignal): Promise<ImageList> {
  const undocumented = !documentedImageTypes.includes(p.type);
  let list: ImageList;
  try {
    list = await pageOfList(client, p, signal);
  } catch (e) {
    if (undocumented && (await typeUnlisted(p, signal)))
      return { TotalCount: 0, ImageSet: [], RequestId: '', unlisted: true };
    throw e;
  }
  if (undocumented && list.TotalCount === 0 && (await typeUnlisted(p, signal))) return { ...list, unlisted: true };
  if (list.ImageSet[0]) learnAccount(list.ImageSet[0]);
  return {
    ...list,
    ImageSet: await Promise.all(
      list.ImageSet.map((i) => completeImage(i, shareCount(client, p.account, p.region, i.ImageId))),
    ),
  };
}

function everyPageQuery(p: ImageListParams) {
  return queryOptions({
    queryKey: imageKeys.everyPage(p),
    queryFn: ({ signal }): Promise<EveryPage> =>
      readEveryPage((offset, limit) =>
        callCvm(
          'DescribeImages',
          p.region,
          { ...listRequest(p), Offset: offset, Limit: limit },
          { signal, account: p.account },
        ),
      ),
    // While an image is busy, the list looks again every second: then so do the pages under it.
    staleTime: (query) => (query.state.data?.images.some(isBusy) ? 0 : EVERY_PAGE_FRESH_MS),
  });
}

export const imageQueries = {
  list: (p: ImageListParams) =>
    queryOptions({
      queryKey: imageKeys.list(p),
      queryFn: ({ signal, client }) => listImages(client, p, signal),
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
      queryFn: async ({ signal, client }) => {
        const res = await callCvm('DescribeImages', region, { ImageIds: [imageId] }, { signal, account });
        const image = res.ImageSet[0] ?? null;
        if (image) learnAccount(image);
        return image && completeImage(image, shareCount(client, account, region, imageId));
      },
      refetchInterval: (query) => (query.state.data && isBusyImage(query.state.data) ? POLL_MS : false),
    }),
  /**
   * How many images of a source a region lists (a tab's count); null when the API lists none of it.
   * `before`: what the call waits for first (the images page: the paint of its rows).
   */
  count: (account: string, region: string, type: ImageType, before?: () => Promise<void>) =>
    queryOptions({
      queryKey: imageKeys.count(account, region, type),
      queryFn: async ({ signal }) => {
        await before?.();
        return countImages({ account, region, type }, signal);
      },
    }),
  /** Custom images used and allowed in a region (copies and imports in flight count). */
  quota: (account: string, region: string) =>
    queryOptions({
      queryKey: imageKeys.quota(account, region),
      queryFn: async ({ signal }) => {
        const [quota, used] = await Promise.all([
          callCvm('DescribeImageQuota', region, {}, { signal, account }),
          countImages({ account, region, type: 'PRIVATE_IMAGE' }, signal),
        ]);
        return { used: used ?? 0, max: quota.ImageNumQuota };
      },
    }),
  shares: (account: string, region: string, imageId: string) =>
    queryOptions({
      queryKey: imageKeys.shares(account, region, imageId),
      queryFn: ({ signal }) =>
        callCvm('DescribeImageSharePermission', region, { ImageId: imageId }, { signal, account }),
    }),
  /** Images by ID as the account sees them in a region, in the order asked; those it no longer sees left out. */
  byIds: (account: string, region: string, imageIds: readonly string[]) =>
    queryOptions({
      queryKey: [...imageKeys.region(account, region), 'by-ids', imageIds] as const,
      queryFn: async ({ signal, client }) => {
        if (imageIds.length === 0) return [];
        const res = await callCvm('DescribeImages', region, { ImageIds: [...imageIds] }, { signal, account });
        const byId = new Map(res.ImageSet.map((image) => [image.ImageId, image]));
        const found = imageIds.flatMap((id) => byId.get(id) ?? []);
        return Promise.all(
          found.map((image) => completeImage(image, shareCount(client, account, region, image.ImageId))),
        );
      },
    }),
  /**
   * The families of the account's own and shared images in a region (every page of them, as far as
   * a list read in the page goes), each with the image it stands for now (DescribeImageFromFamily;
   * null when it has none).
   */
  families: (account: string, region: string) =>
    queryOptions({
      queryKey: [...imageKeys.region(account, region), 'families'] as const,
      queryFn: async ({ signal, client }) => {
        const custom = await readEveryPage((offset, limit) =>
          callCvm(
            'DescribeImages',
            region,
            {
              Filters: [{ Name: 'image-type', Values: ['PRIVATE_IMAGE', 'SHARED_IMAGE'] }],
              Offset: offset,
              Limit: limit,
            },
            { signal, account },
          ),
        );
        const families = [...new Set(custom.images.map((i) => i.ImageFamily).filter(Boolean))].sort();
        return Promise.all(
          families.map(async (family) => {
            const { Image: image } = await callCvm(
              'DescribeImageFromFamily',
              region,
              { ImageFamily: family },
              { signal, account },
            );
            const complete = image && (await completeImage(image, shareCount(client, account, region, image.ImageId)));
            return { family, image: complete };
          }),
        );
      },
    }),
  importOs: () =>
    queryOptions({
      queryKey: ['import-os'] as const,
      queryFn: ({ signal }) => callCvm('DescribeImportImageOs', 'ap-guangzhou', {}, { signal }),
      staleTime: Infinity,
    }),
};
