// A list of images on the real contract: where the API refuses the console's search, architecture
// filter or sort (README, "Extensions to the contract"), the console reads every page of the
// documented list and filters, sorts and pages it itself, with the rules the mock applies on its
// side (src/rules/extensions.ts), so the rows are the same. And the fields an image lacks on the
// real contract, filled from what it does say.
import type { ResponseOf } from '../rules/actions.ts';
import { DESCRIBE_LIMIT_MAX } from '../rules/limits.ts';
import type { Filter } from '../rules/describe.ts';
import { matchesPageFilter, sortImages, type PageFilterName } from '../rules/extensions.ts';
import type { Image, ImageOrderField } from '../rules/images.ts';

/** The real API's largest page: the console reads pages of this many images. */
export const PAGE_SIDE_PAGE_SIZE = DESCRIBE_LIMIT_MAX;
/** At most this many pages (1,000 images) are read for one list filtered or sorted in the page. */
export const PAGE_SIDE_MAX_PAGES = 10;

/** The part of a list's view that the page applies when the API cannot. */
export interface PageView {
  keyword?: string;
  architecture?: string;
  /** Leave deprecated images out (the picker, unless asked to show them). */
  hideDeprecated?: boolean;
  orderField?: ImageOrderField;
  order?: 'ASC' | 'DESC';
  offset: number;
  limit: number;
}

export type ImageList = ResponseOf<'DescribeImages'> & {
  /**
   * Set when the console filtered and sorted in the page: it read `read` of the `of` images the
   * API lists (all of them, so the result is exact, unless there were more than it reads).
   */
  inPage?: { read: number; of: number };
  /** Set when the API lists no images of this type at all (CVM lists no marketplace images). */
  unlisted?: true;
};

/** The view's extension filters, as the mock's DescribeImages takes them. */
export function pageFilters(view: PageView): (Filter & { Name: PageFilterName })[] {
  const filters: (Filter & { Name: PageFilterName })[] = [];
  if (view.keyword) filters.push({ Name: 'keyword', Values: [view.keyword] });
  if (view.architecture) filters.push({ Name: 'architecture', Values: [view.architecture] });
  if (view.hideDeprecated) filters.push({ Name: 'image-deprecated', Values: ['false'] });
  return filters;
}

/** The view's extension parameters (server-side sort). */
export function pageParameters(view: PageView): { OrderField: ImageOrderField; Order: 'ASC' | 'DESC' } | undefined {
  return view.orderField ? { OrderField: view.orderField, Order: view.order ?? 'ASC' } : undefined;
}

export interface EveryPage {
  images: Image[];
  /** What the API says it lists. */
  total: number;
  requestId: string;
}

/** The first PAGE_SIDE_MAX_PAGES pages of a list: the first, then the others at once. */
export async function readEveryPage(
  read: (offset: number, limit: number) => Promise<ResponseOf<'DescribeImages'>>,
): Promise<EveryPage> {
  const first = await read(0, PAGE_SIDE_PAGE_SIZE);
  const pages = Math.min(Math.ceil(first.TotalCount / PAGE_SIDE_PAGE_SIZE), PAGE_SIDE_MAX_PAGES);
  const rest = await Promise.all(
    Array.from({ length: Math.max(0, pages - 1) }, (_, i) => read((i + 1) * PAGE_SIDE_PAGE_SIZE, PAGE_SIDE_PAGE_SIZE)),
  );
  return {
    images: [first, ...rest].flatMap((page) => page.ImageSet),
    total: first.TotalCount,
    requestId: first.RequestId,
  };
}

/** The view over every page read: filtered, sorted and paged as the mock does it on its side. */
export function viewInPage(every: EveryPage, view: PageView): ImageList {
  const filters = pageFilters(view);
  let rows = every.images.filter((image) => filters.every((f) => matchesPageFilter(image, f)));
  if (view.orderField) rows = sortImages(rows, view.orderField, view.order);
  return {
    TotalCount: rows.length,
    ImageSet: rows.slice(view.offset, view.offset + view.limit),
    RequestId: every.requestId,
    inPage: { read: every.images.length, of: every.total },
  };
}

/** The extension fields an image of the real contract lacks (see README). */
type Extended = Pick<Image, 'MarketInfo' | 'CopiedFrom' | 'SharedAccountCount' | 'FailureReason'>;

/**
 * An image as the console reads it. Where the API leaves out an extension field: no listing
 * details (MarketInfo), no known source image (CopiedFrom: the real API does not record one), no
 * failure reason beyond the state, and the share count from DescribeImageSharePermission (asked
 * only for the caller's own images: `countShares`).
 */
export async function completeImage(
  image: Omit<Image, keyof Extended> & Partial<Extended>,
  countShares: () => Promise<number>,
): Promise<Image> {
  if (image.SharedAccountCount !== undefined && image.MarketInfo !== undefined) return image as Image;
  return {
    ...image,
    MarketInfo: image.MarketInfo ?? null,
    CopiedFrom: image.CopiedFrom ?? null,
    FailureReason: image.FailureReason ?? null,
    SharedAccountCount: image.SharedAccountCount ?? (image.ImageType === 'PRIVATE_IMAGE' ? await countShares() : 0),
  };
}
