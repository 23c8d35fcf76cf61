import type { Action } from './actions.ts';
import type { Filter } from './describe.ts';
import { imageFilterNames, type Image, type ImageFilterName, type ImageOrderField, type ImageType } from './images.ts';
import { searchKeys, searchMatcher, type SearchKeys, type SearchMatcher } from './search.ts';

// The mock's extensions to the CVM contract (README, "Extensions to the contract"), named once:
// the standalone mock's strict mode refuses and drops exactly these, the console falls back where
// an API refuses or lacks them, and the tests hold strict answers to the official SDK's models.
// What an extension filter or sort means is here too, so the mock (on the server) and the console
// (in the page, over the pages it fetched) give the same rows.

/** DescribeImages filters the real API does not document: it answers `InvalidFilter` to them. */
export const imageFilterExtensions = [
  'keyword',
  'architecture',
  'image-state',
  'copied-from',
  'lineage',
  'image-deprecated',
] as const satisfies readonly ImageFilterName[];

/** The filters the real DescribeImages documents. */
export const documentedImageFilters: readonly ImageFilterName[] = imageFilterNames.filter(
  (name) => !(imageFilterExtensions as readonly string[]).includes(name),
);

/** Actions the real API does not have (it answers `InvalidAction`): the export dialog's bucket list. */
export const actionExtensions: readonly Action[] = ['DescribeBuckets'];

/** Request parameters the real API does not have (it answers `UnknownParameter`), by action. */
export const parameterExtensions: { readonly [A in Action]?: readonly string[] } = {
  DescribeImages: ['OrderField', 'Order'],
};

/** Fields of answers that the real API's models do not have, by the name of the SDK's model. */
export const fieldExtensions = {
  Image: [
    'MarketInfo',
    'CopiedFrom',
    'LineageRoot',
    'SharedAccountCount',
    'FailureReason',
    'BootMode',
    'CopyingTo',
    'ExportingTo',
    'LatestExport',
    'Encrypted',
    'MarketDerived',
  ],
  Instance: ['Architecture'],
  InstanceTypeConfig: ['Architecture', 'FamilyName', 'HourlyPrice'],
  Price: ['Breakdown'],
  Error: ['Field', 'Refused'],
} as const;

/** The image types CVM lists; `MARKET_IMAGE` listings are the mock's. */
export const documentedImageTypes: readonly ImageType[] = ['PUBLIC_IMAGE', 'PRIVATE_IMAGE', 'SHARED_IMAGE'];

/** The keyword filter's matchers, made once per filter (a request's, a page's view) rather than once per image. */
const keywordMatchers = new WeakMap<Filter, SearchMatcher[]>();
/**
 * An image's search keys, folded once per image object: a search at 5,000 images, keystroke after
 * keystroke, folded its 15,000 fields each time (matching took 5.0 ms in Node, 1.9 ms with the keys
 * kept). The store's images are replaced, never changed in place (mocks/draft.ts), and the API's
 * answers are not changed either; a key is kept only while its image is.
 */
const imageKeys = new WeakMap<object, SearchKeys>();

/** The `keyword` filter: any of its values in the image's name, ID or OS name, in either language (search.ts). */
export function matchesKeyword(image: Pick<Image, 'ImageId' | 'ImageName' | 'OsName'>, filter: Filter): boolean {
  let matchers = keywordMatchers.get(filter);
  if (!matchers) keywordMatchers.set(filter, (matchers = filter.Values.map(searchMatcher)));
  let keys = imageKeys.get(image);
  if (!keys) imageKeys.set(image, (keys = searchKeys([image.ImageName, image.ImageId, image.OsName])));
  return matchers.some((matcher) => matcher(keys));
}

/** The extension filters the console can apply in the page: they read only documented fields. */
export const pageFilterNames = ['keyword', 'architecture', 'image-state', 'image-deprecated'] as const;
export type PageFilterName = (typeof pageFilterNames)[number];

export function isPageFilter(filter: Filter): filter is Filter & { Name: PageFilterName } {
  return (pageFilterNames as readonly string[]).includes(filter.Name);
}

/** Whether an image passes one of those filters. */
export function matchesPageFilter(
  image: Pick<Image, 'ImageId' | 'ImageName' | 'OsName' | 'Architecture' | 'ImageDeprecated'> &
    Partial<Pick<Image, 'ImageState'>>,
  filter: Filter & { Name: PageFilterName },
): boolean {
  switch (filter.Name) {
    case 'keyword':
      return matchesKeyword(image, filter);
    case 'architecture':
      return filter.Values.includes(image.Architecture);
    case 'image-state':
      return image.ImageState !== undefined && filter.Values.includes(image.ImageState);
    case 'image-deprecated':
      return filter.Values.includes(String(image.ImageDeprecated));
  }
}

function compare(field: ImageOrderField): (a: Pick<Image, ImageOrderField>, b: Pick<Image, ImageOrderField>) => number {
  switch (field) {
    case 'ImageSize':
      return (a, b) => a.ImageSize - b.ImageSize;
    default:
      return (a, b) => a[field].localeCompare(b[field]);
  }
}

/** `OrderField`/`Order`: sorted by the field, ties kept in the order the images came in (either way). */
export function sortImages<T extends Pick<Image, ImageOrderField>>(
  images: readonly T[],
  field: ImageOrderField,
  order: 'ASC' | 'DESC' = 'ASC',
): T[] {
  const cmp = compare(field);
  const sign = order === 'DESC' ? -1 : 1;
  return images
    .map((image, index) => ({ image, index }))
    .sort((a, b) => sign * cmp(a.image, b.image) || a.index - b.index)
    .map((x) => x.image);
}
