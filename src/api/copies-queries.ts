import { queryOptions, type QueryClient } from '@tanstack/react-query';
import type { Filter } from '../rules/describe.ts';
import type { Image } from '../rules/images.ts';
import { destinationViolation } from '../rules/copy.ts';
import { lineageRegions, lineageRoot, type ImageAt } from '../rules/lineage.ts';
import { regions } from '../rules/regions.ts';
import { DESCRIBE_LIMIT_MAX } from '../rules/limits.ts';
import { callCvm } from './client.ts';
import { noteRefusal, refusedExtensions } from './extensions.ts';
import { isBusy, POLL_MS } from './image-queries.ts';

// An image's copies and its lineage across regions: read by an image's page and its dialogs (loaded
// lazily), not by the list, so they stay out of the first page.

export interface Copies {
  copies: { region: string; image: Image }[];
  /**
   * Whether the API records which image a copy came from (the mock's `copied-from` filter). The
   * real API does not: the copies are then the caller's images of the same name in those regions,
   * which a copy keeps, but which an image made otherwise can have too.
   */
  recorded: boolean;
}

/** The caller's images in each of `inRegions` that pass `filters` (and `keep`), with their region. */
async function lookIn(
  account: string,
  inRegions: readonly string[],
  filters: Filter[],
  signal: AbortSignal,
  keep: (image: Image) => boolean = () => true,
): Promise<{ region: string; image: Image }[]> {
  const found = await Promise.all(
    inRegions.map((region) =>
      callCvm('DescribeImages', region, { Filters: filters, Limit: DESCRIBE_LIMIT_MAX }, { signal, account }).then(
        (res) => res.ImageSet.filter(keep).map((image) => ({ region, image })),
      ),
    ),
  );
  return found.flat();
}

/** The caller's custom images named exactly `name` in those regions: what a copy keeps when nothing records it. */
function sameName(account: string, inRegions: readonly string[], name: string, signal: AbortSignal) {
  const filters: Filter[] = [
    { Name: 'image-type', Values: ['PRIVATE_IMAGE'] },
    { Name: 'image-name', Values: [name] },
  ];
  return lookIn(account, inRegions, filters, signal, (image) => image.ImageName === name);
}

/**
 * Ask with one extension filter; when the API refuses it (or refused it before), undefined, for the
 * caller to fall back to what the documented contract offers.
 */
async function withExtensionFilter<T>(
  client: QueryClient,
  name: string,
  ask: () => Promise<T>,
): Promise<T | undefined> {
  if (refusedExtensions(client).has(name)) return undefined;
  try {
    return await ask();
  } catch (e) {
    if (!noteRefusal(client, e, { filters: [name], parameters: [] })) throw e;
    return undefined;
  }
}

/** Copies of an image in the regions it can be copied to. */
export function copiesQuery(account: string, region: string, source: Pick<Image, 'ImageId' | 'ImageName'>) {
  return queryOptions({
    queryKey: ['images', account, region, 'copies', source.ImageId, source.ImageName] as const,
    queryFn: async ({ signal, client }): Promise<Copies> => {
      const targets = regions.filter((r) => !destinationViolation(region, r.id)).map((r) => r.id);
      const copies = await withExtensionFilter(client, 'copied-from', () =>
        lookIn(account, targets, [{ Name: 'copied-from', Values: [source.ImageId] }], signal),
      );
      if (copies) return { copies, recorded: true };
      return { copies: await sameName(account, targets, source.ImageName, signal), recorded: false };
    },
    refetchInterval: (query) => (query.state.data?.copies.some((c) => isBusy(c.image)) ? POLL_MS : false),
  });
}

export interface Lineage {
  /** The original the family started from (it may no longer exist). */
  root: ImageAt;
  members: { region: string; image: Image }[];
  /** As in Copies: false when the family is the caller's images of the same name in every region. */
  recorded: boolean;
}

/** An image's whole family across regions: its original, the copies, the copies of copies (src/rules/lineage.ts). */
export function lineageQuery(
  account: string,
  region: string,
  image: Parameters<typeof lineageRoot>[0] & Pick<Image, 'ImageName'>,
) {
  const root = lineageRoot(image, region);
  return queryOptions({
    queryKey: ['images', account, region, 'lineage', image.ImageId, root.ImageId, image.ImageName] as const,
    queryFn: async ({ signal, client }): Promise<Lineage> => {
      const everywhere = lineageRegions(region);
      const members = await withExtensionFilter(client, 'lineage', () =>
        lookIn(account, everywhere, [{ Name: 'lineage', Values: [root.ImageId] }], signal),
      );
      if (members) return { root, members, recorded: true };
      const byName = await sameName(account, everywhere, image.ImageName, signal);
      return { root: { ImageId: image.ImageId, Region: region }, members: byName, recorded: false };
    },
    refetchInterval: (query) => (query.state.data?.members.some((m) => isBusy(m.image)) ? POLL_MS : false),
  });
}
