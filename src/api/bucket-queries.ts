// What the export dialog asks besides the image (loaded with it, never on the first page): the
// caller's object-storage buckets, and its export tasks running in the region.
import { queryOptions } from '@tanstack/react-query';
import { exportTasksRunning } from '../rules/export.ts';
import { ApiError, callCvm } from './client.ts';
import { readEveryPage } from './image-list.ts';
import { imageKeys, POLL_MS } from './image-queries.ts';

/**
 * The names of the caller's buckets in a region, or null when the API cannot list them: the
 * mock's DescribeBuckets is an extension, which the real CVM (and the strict mock) answer with
 * `InvalidAction`; the dialog then takes a typed bucket name.
 */
export function bucketsQuery(account: string, region: string) {
  return queryOptions({
    queryKey: ['buckets', account, region] as const,
    queryFn: async ({ signal }): Promise<string[] | null> => {
      try {
        const res = await callCvm('DescribeBuckets', region, {}, { signal, account });
        return res.BucketSet.map((b) => b.BucketName);
      } catch (e) {
        if (e instanceof ApiError && e.code === 'InvalidAction') return null;
        throw e;
      }
    },
  });
}

/**
 * How many export tasks the caller has running in a region, counted over its custom images'
 * `ExportingTo` (an extension); null where the API does not say (the real contract, whose
 * ExportImages alone tells of the limit, when refusing). Looked at again while any runs.
 */
export function exportTasksQuery(account: string, region: string) {
  return queryOptions({
    queryKey: [...imageKeys.region(account, region), 'export-tasks'] as const,
    queryFn: async ({ signal }): Promise<number | null> => {
      const { images } = await readEveryPage((offset, limit) =>
        callCvm(
          'DescribeImages',
          region,
          { Filters: [{ Name: 'image-type', Values: ['PRIVATE_IMAGE'] }], Offset: offset, Limit: limit },
          { signal, account },
        ),
      );
      return images.some((image) => image.ExportingTo !== undefined) ? exportTasksRunning(images) : null;
    },
    refetchInterval: (query) => (query.state.data ? POLL_MS : false),
  });
}
